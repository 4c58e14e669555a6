package id.praja.command;

import java.time.Instant;

/**
 * An incident the command post handles.
 *
 * @param id its number
 * @param tps the TPS where it happens
 * @param kecamatan the kecamatan of the TPS
 * @param type what kind of incident
 * @param severity how bad
 * @param status where it is in its lifecycle
 * @param referredTo where it was referred, for REFERRED
 * @param duplicateOf the incident it was merged into, for DUPLICATE
 * @param title a short description
 * @param owner the operator working on it ("dikerjakan oleh"), or null
 * @param claimedAt since when
 * @param version increases with every change; actions send the version they saw
 * @param createdAt when it was opened
 * @param createdBy who opened it (the reporter of the first field report)
 * @param updatedAt last change
 */
public record Incident(long id, String tps, String kecamatan, IncidentType type, Severity severity,
		IncidentStatus status, ReferralTarget referredTo, Long duplicateOf, String title, String owner,
		Instant claimedAt, int version, Instant createdAt, String createdBy, Instant updatedAt) {

}
