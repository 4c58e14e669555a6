package id.praja.command;

import java.time.Instant;

/**
 * One entry of an incident's timeline (append-only).
 *
 * @param id its number (timeline order)
 * @param incident the incident
 * @param at when
 * @param actor who
 * @param action what: CREATED, CLAIMED, RELEASED, TAKEN_OVER, STATUS, SEVERITY,
 * DISPATCHED, UNIT_STATUS, DUPLICATE_OF, MERGED, REPORT_LINKED, NOTE
 * @param from the value before, or null
 * @param to the value after, or null
 * @param note free text, or null
 */
public record IncidentAction(long id, long incident, Instant at, String actor, String action, String from, String to,
		String note) {

}
