package id.praja.command;

import java.time.Instant;
import java.util.UUID;

/**
 * A field report as a client sends it, already well-formed (the types are right) but not
 * yet checked against the territory and the TPS's history.
 *
 * @param id client-generated id that makes the report idempotent
 * @param tps the TPS code
 * @param type what the report tells
 * @param status for STATUS
 * @param logistics for LOGISTICS
 * @param incidentType for INCIDENT
 * @param severity for INCIDENT
 * @param note free text or null
 * @param photo the photo's bytes (JPEG, PNG or WebP) or null
 * @param lat latitude or null
 * @param lon longitude or null
 * @param occurredAt when it happened
 */
public record FieldReportRequest(UUID id, String tps, ReportType type, TpsStatus status, Logistics logistics,
		IncidentType incidentType, Severity severity, String note, byte[] photo, Double lat, Double lon,
		Instant occurredAt) {

}
