package id.praja.command.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import id.praja.command.FieldReportRequest;
import id.praja.command.ReportConflict;
import id.praja.command.TpsStatus;

/**
 * Conflicting reports of one TPS, kept for the desk (see {@link ReportConflict}).
 */
@Repository
public class ConflictStore {

	private static final String COLUMNS = "id, tps_code, kecamatan_code, current_status, current_since, current_by,"
			+ " report_id, status, occurred_at, received_at, reported_by, note, decision, decided_by, decided_at";

	private final JdbcTemplate jdbc;

	ConflictStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A refused report and the state of its TPS when it was judged. */
	public record Refused(FieldReportStore.NewReport report, FieldReportStore.TpsNow now) {
	}

	/**
	 * Keeps refused reports beside the report in force (the first applied report of the
	 * TPS's current status), in the caller's transaction; a report refused again (the
	 * phone sending it once more) is kept once.
	 */
	public void record(List<Refused> refused) {
		for (Refused r : refused) {
			FieldReportRequest q = r.report().request();
			this.jdbc.update("""
					INSERT INTO command_report_conflict (tps_code, kecamatan_code, current_report, current_status,
					    current_since, current_by, report_id, status, occurred_at, received_at, reported_by, note)
					SELECT ?::varchar, ?::varchar, c.id, ?::varchar, ?::timestamptz, c.reported_by, ?::uuid, ?::varchar,
					    ?::timestamptz, ?::timestamptz, ?::varchar, ?::varchar
					FROM (SELECT 1) one LEFT JOIN LATERAL (
					    SELECT id, reported_by FROM command_field_report
					    WHERE tps_code = ?::varchar AND type = 'STATUS' AND status = ?::varchar AND applied
					    ORDER BY occurred_at, received_at LIMIT 1) c ON true
					ON CONFLICT (report_id) DO NOTHING""", q.tps(), r.report().kecamatan(), r.now().status().name(),
					Timestamp.from(r.now().statusSince()), q.id(), q.status().name(), Timestamp.from(q.occurredAt()),
					Timestamp.from(r.report().receivedAt()), r.report().reporter(), q.note(), q.tps(),
					r.now().status().name());
		}
	}

	/**
	 * @param kecamatanFilter kecamatan codes joined by commas, or null for all
	 * @param open true for the undecided only
	 * @param limit most conflicts, latest first
	 */
	public List<ReportConflict> conflicts(String kecamatanFilter, boolean open, int limit) {
		return this.jdbc.query(
				"SELECT " + COLUMNS + " FROM command_report_conflict"
						+ " WHERE (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ',')))"
						+ " AND (NOT ? OR decision IS NULL) ORDER BY received_at DESC, id DESC LIMIT ?",
				CONFLICT, kecamatanFilter, kecamatanFilter, open, limit);
	}

	/**
	 * @return the conflict, locked for a decision
	 */
	public Optional<ReportConflict> lock(long id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM command_report_conflict WHERE id = ? FOR UPDATE", CONFLICT, id)
			.stream()
			.findFirst();
	}

	/** Records the operator's decision. */
	public void decide(long id, ReportConflict.Decision decision, String by, Instant at) {
		this.jdbc.update("UPDATE command_report_conflict SET decision = ?, decided_by = ?, decided_at = ? WHERE id = ?"
				+ " AND decision IS NULL", decision.name(), by, Timestamp.from(at), id);
	}

	/**
	 * Sets a TPS's status by the operator's decision, also backwards (the only way a TPS
	 * goes back a stage).
	 */
	public void setStatus(String tps, String kecamatan, TpsStatus status, Instant since) {
		this.jdbc.update(
				"""
						INSERT INTO command_tps_status AS s (tps_code, kecamatan_code, status, status_rank, status_since, updated_at)
						VALUES (?, ?, ?, ?, ?, now())
						ON CONFLICT (tps_code) DO UPDATE SET status = EXCLUDED.status, status_rank = EXCLUDED.status_rank,
						    status_since = EXCLUDED.status_since, updated_at = now()""",
				tps, kecamatan, status.name(), status.rank(), Timestamp.from(since));
	}

	static final RowMapper<ReportConflict> CONFLICT = (rs, n) -> new ReportConflict(rs.getLong(1), rs.getString(2),
			rs.getString(3), TpsStatus.valueOf(rs.getString(4)), instant(rs, 5), rs.getString(6),
			rs.getObject(7, UUID.class), TpsStatus.valueOf(rs.getString(8)), instant(rs, 9), instant(rs, 10),
			rs.getString(11), rs.getString(12),
			(rs.getString(13) != null) ? ReportConflict.Decision.valueOf(rs.getString(13)) : null, rs.getString(14),
			instant(rs, 15));

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t != null) ? t.toInstant() : null;
	}

}
