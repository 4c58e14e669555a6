package id.praja.exercise.floorgame;

import java.time.Instant;

import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.vulnerability.PoliceClass;

/**
 * A scripted incident of a floor game: at a game time, at a TPS, of a type and severity.
 * The TPS's place, police class and response target are copied when it is written.
 *
 * @param id its id (also the id of the incident it becomes)
 * @param at game time it happens
 * @param tps TPS code
 * @param kecamatan the TPS's kecamatan
 * @param lon longitude of the TPS
 * @param lat latitude of the TPS
 * @param policeClass the TPS's police class
 * @param targetMinutes response target of that class, minutes
 * @param type kind of incident
 * @param severity severity when reported
 * @param description the facilitator's note for the players
 */
public record Inject(long id, Instant at, String tps, String kecamatan, double lon, double lat, PoliceClass policeClass,
		int targetMinutes, IncidentType type, Severity severity, String description) {
}
