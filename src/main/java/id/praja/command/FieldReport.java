package id.praja.command;

import java.time.Instant;
import java.util.UUID;

/**
 * A field report as stored: what an officer at a TPS reported, when it happened (the
 * phone's time) and when the command center committed it.
 *
 * @param id the id the client generated (a replay with the same id returns this report)
 * @param tps the TPS code
 * @param kecamatan the kecamatan of the TPS
 * @param type what the report tells
 * @param status the new stage, for {@link ReportType#STATUS}
 * @param logistics the movement, for {@link ReportType#LOGISTICS}
 * @param incidentType the kind of incident, for {@link ReportType#INCIDENT}
 * @param severity how bad, for {@link ReportType#INCIDENT}
 * @param note free text (at most 1,000 characters), or null
 * @param lat latitude of the phone (WGS84), or null
 * @param lon longitude of the phone (WGS84), or null
 * @param hasPhoto true when a photo came with the report
 * @param occurredAt when it happened, as the phone recorded it
 * @param receivedAt when the command center committed it
 * @param reportedBy the account that sent it
 * @param applied true when the report changed the TPS's current state; false for a status
 * that arrived late, after a later stage was already reported (kept as history)
 */
public record FieldReport(UUID id, String tps, String kecamatan, ReportType type, TpsStatus status, Logistics logistics,
		IncidentType incidentType, Severity severity, String note, Double lat, Double lon, boolean hasPhoto,
		Instant occurredAt, Instant receivedAt, String reportedBy, boolean applied) {

}
