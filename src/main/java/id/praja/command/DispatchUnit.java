package id.praja.command;

import java.time.Instant;

/**
 * A unit on the status board.
 *
 * @param id its id: {@code RESERVE:<n>:<base unit>} for a reserve team,
 * {@code POST:<anchor TPS>} for a post of the plan
 * @param kind RESERVE or POST
 * @param label what people call it
 * @param lat where it waits
 * @param lon where it waits
 * @param status its status
 * @param incident the incident it serves, or null
 * @param updatedAt last status change, or null when never changed
 * @param updatedBy who changed it, or null
 */
public record DispatchUnit(String id, String kind, String label, double lat, double lon, UnitStatus status,
		Long incident, Instant updatedAt, String updatedBy) {

}
