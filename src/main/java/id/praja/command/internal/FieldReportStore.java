package id.praja.command.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import id.praja.command.FieldReport;
import id.praja.command.HourCounts;
import id.praja.command.FieldReportRequest;
import id.praja.command.IncidentType;
import id.praja.command.Logistics;
import id.praja.command.ReportType;
import id.praja.command.Severity;
import id.praja.command.TpsState;
import id.praja.command.TpsStatus;

/**
 * Field reports and TPS states in PostgreSQL, with plain prepared statements: the ingest
 * path is one insert (ignored on a replay), one upsert of the TPS's state and one
 * notification, all in the caller's transaction.
 */
@Repository
public class FieldReportStore {

	/** The channel on which committed reports are announced to every node. */
	public static final String CHANNEL = "praja_live";

	private static final String COLUMNS = "id, tps_code, kecamatan_code, type, status, logistics, incident_type, severity, "
			+ "note, lat, lon, has_photo, occurred_at, received_at, reported_by, applied";

	private static final String INSERT = "INSERT INTO command_field_report (" + COLUMNS
			+ ", content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?) ON CONFLICT (id) DO NOTHING";

	private static final String ADVANCE_STATUS = """
			INSERT INTO command_tps_status AS s (tps_code, kecamatan_code, status, status_rank, status_since, updated_at)
			VALUES (?, ?, ?, ?, ?, now())
			ON CONFLICT (tps_code) DO UPDATE SET status = EXCLUDED.status, status_rank = EXCLUDED.status_rank,
			    status_since = EXCLUDED.status_since, updated_at = now()
			WHERE s.status_rank < EXCLUDED.status_rank""";

	private static final String CHECK_IN = """
			INSERT INTO command_tps_status AS s (tps_code, kecamatan_code, checked_in_at, updated_at)
			VALUES (?, ?, ?, now())
			ON CONFLICT (tps_code) DO UPDATE SET checked_in_at = EXCLUDED.checked_in_at, updated_at = now()
			WHERE s.checked_in_at IS NULL OR s.checked_in_at > EXCLUDED.checked_in_at""";

	private static final String LOGISTICS = """
			INSERT INTO command_tps_status AS s (tps_code, kecamatan_code, logistics, logistics_at, updated_at)
			VALUES (?, ?, ?, ?, now())
			ON CONFLICT (tps_code) DO UPDATE SET logistics = EXCLUDED.logistics, logistics_at = EXCLUDED.logistics_at,
			    updated_at = now()
			WHERE s.logistics_at IS NULL OR s.logistics_at <= EXCLUDED.logistics_at""";

	private final JdbcTemplate jdbc;

	FieldReportStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The TPS's current stage, when a status report did not advance it. */
	public record CurrentStatus(TpsStatus status, Instant since) {
	}

	/**
	 * Inserts a report unless its id is already stored.
	 * @return true when inserted, false when the id exists (a replay or a conflict)
	 */
	public boolean insert(FieldReportRequest r, String kecamatan, String reporter, byte[] hash, Instant receivedAt) {
		// typed nulls: no round trip to ask the server for parameter types
		int rows = this.jdbc.update(INSERT, ps -> {
			ps.setObject(1, r.id());
			ps.setString(2, r.tps());
			ps.setString(3, kecamatan);
			ps.setString(4, r.type().name());
			ps.setString(5, name(r.status()));
			ps.setString(6, name(r.logistics()));
			ps.setString(7, name(r.incidentType()));
			ps.setString(8, name(r.severity()));
			ps.setString(9, r.note());
			setDouble(ps, 10, r.lat());
			setDouble(ps, 11, r.lon());
			ps.setBoolean(12, r.photo() != null);
			ps.setTimestamp(13, Timestamp.from(r.occurredAt()));
			ps.setTimestamp(14, Timestamp.from(receivedAt));
			ps.setString(15, reporter);
			ps.setBytes(16, hash);
		});
		if (rows == 1 && r.photo() != null) {
			this.jdbc.update("INSERT INTO command_report_photo (report_id, content) VALUES (?, ?)", r.id(), r.photo());
		}
		return rows == 1;
	}

	/**
	 * Moves the TPS to the reported stage when it is later than its current one.
	 * @return empty when the TPS moved; otherwise its current stage (the same or later)
	 */
	public Optional<CurrentStatus> advanceStatus(String tps, String kecamatan, TpsStatus status, Instant at) {
		int rows = this.jdbc.update(ADVANCE_STATUS, tps, kecamatan, status.name(), status.rank(), Timestamp.from(at));
		if (rows == 1) {
			return Optional.empty();
		}
		// the stage only grows, so what is read here is at least as late as what blocked
		return Optional.of(this.jdbc.queryForObject(
				"SELECT status, status_since FROM command_tps_status WHERE tps_code = ?",
				(rs, n) -> new CurrentStatus(TpsStatus.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()), tps));
	}

	/**
	 * Records the first check-in at the TPS.
	 * @return true when it is the earliest so far
	 */
	public boolean checkIn(String tps, String kecamatan, Instant at) {
		return this.jdbc.update(CHECK_IN, tps, kecamatan, Timestamp.from(at)) == 1;
	}

	/**
	 * Records a logistics movement.
	 * @return true when it is the latest so far
	 */
	public boolean logistics(String tps, String kecamatan, Logistics logistics, Instant at) {
		return this.jdbc.update(LOGISTICS, tps, kecamatan, logistics.name(), Timestamp.from(at)) == 1;
	}

	/** Marks a just-inserted report as not having changed the TPS's state. */
	public void notApplied(UUID id) {
		this.jdbc.update("UPDATE command_field_report SET applied = false WHERE id = ?", id);
	}

	/**
	 * Announces a report to every node (delivered only if the transaction commits) and
	 * makes the commit wait until the report is on disk, whatever the server's default
	 * (the embedded PostgreSQL runs with {@code synchronous_commit=off}): one statement,
	 * no extra round trip.
	 */
	public void announce(String json) {
		this.jdbc.query("SELECT set_config('synchronous_commit', 'on', true), pg_notify(?, ?)", rs -> null, CHANNEL,
				json);
	}

	/** A stored report with the hash of its content. */
	public record Stored(FieldReport report, byte[] hash) {

		public boolean sameContent(byte[] other) {
			return Arrays.equals(this.hash, other);
		}

	}

	/**
	 * @return the stored report with that id
	 */
	public Optional<Stored> find(UUID id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + ", content_hash FROM command_field_report WHERE id = ?",
					(rs, n) -> new Stored(REPORT.mapRow(rs, n), rs.getBytes(17)), id)
			.stream()
			.findFirst();
	}

	/**
	 * @param kecamatanFilter kecamatan codes joined by commas, or null for all
	 * @param tps a TPS code, or null for all
	 * @param type a report type, or null for all
	 * @param limit most reports to return, latest received first
	 */
	public List<FieldReport> reports(String kecamatanFilter, String tps, ReportType type, int limit) {
		return this.jdbc.query(
				"SELECT " + COLUMNS + " FROM command_field_report"
						+ " WHERE (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ',')))"
						+ " AND (?::text IS NULL OR tps_code = ?) AND (?::text IS NULL OR type = ?)"
						+ " ORDER BY received_at DESC, id LIMIT ?",
				REPORT, kecamatanFilter, kecamatanFilter, tps, tps, name(type), name(type), limit);
	}

	/**
	 * @return the photo of a report, if it has one
	 */
	public Optional<byte[]> photo(UUID id) {
		return this.jdbc
			.query("SELECT content FROM command_report_photo WHERE report_id = ?", (rs, n) -> rs.getBytes(1), id)
			.stream()
			.findFirst();
	}

	/**
	 * @param kecamatanFilter kecamatan codes joined by commas, or null for all
	 * @return the state of every TPS that reported
	 */
	/**
	 * @param day a day (Asia/Jakarta)
	 * @param kecamatanFilter comma-separated kecamatan codes, or null for all
	 * @return the 24 hours of that day with their counts
	 */
	public List<HourCounts> hourly(java.time.LocalDate day, String kecamatanFilter) {
		int[][] counts = new int[24][3];
		this.jdbc.query(
				"""
						WITH r AS (
						    SELECT tps_code, type, status, occurred_at AT TIME ZONE 'Asia/Jakarta' AS at
						    FROM command_field_report
						    WHERE (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ',')))
						      AND (occurred_at AT TIME ZONE 'Asia/Jakarta')::date = ?),
						firsts AS (
						    SELECT status, min(at) AS at FROM r WHERE type = 'STATUS' AND status IN ('DIBUKA', 'SELESAI')
						    GROUP BY tps_code, status)
						SELECT 0 AS kind, extract(hour FROM at)::int AS h, count(*) FROM firsts WHERE status = 'DIBUKA' GROUP BY 2
						UNION ALL
						SELECT 1, extract(hour FROM at)::int, count(*) FROM firsts WHERE status = 'SELESAI' GROUP BY 2
						UNION ALL
						SELECT 2, extract(hour FROM at)::int, count(*) FROM r WHERE type = 'INCIDENT' GROUP BY 2
						""",
				rs -> {
					counts[rs.getInt(2)][rs.getInt(1)] = rs.getInt(3);
				}, kecamatanFilter, kecamatanFilter, day);
		List<HourCounts> hours = new java.util.ArrayList<>();
		for (int h = 0; h < 24; h++) {
			hours.add(new HourCounts(h, counts[h][0], counts[h][1], counts[h][2]));
		}
		return hours;
	}

	public List<TpsState> states(String kecamatanFilter) {
		return this.jdbc.query(
				"SELECT tps_code, kecamatan_code, status, status_since, checked_in_at, logistics, logistics_at"
						+ " FROM command_tps_status"
						+ " WHERE (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ','))) ORDER BY tps_code",
				(rs, n) -> new TpsState(rs.getString(1), rs.getString(2),
						(rs.getString(3) != null) ? TpsStatus.valueOf(rs.getString(3)) : null, instant(rs, 4),
						instant(rs, 5), (rs.getString(6) != null) ? Logistics.valueOf(rs.getString(6)) : null,
						instant(rs, 7)),
				kecamatanFilter, kecamatanFilter);
	}

	/**
	 * @param ids report ids
	 * @return how many of them are stored
	 */
	public int countStored(List<UUID> ids) {
		Integer n = this.jdbc.query(con -> {
			var statement = con.prepareStatement("SELECT count(*) FROM command_field_report WHERE id = ANY(?)");
			statement.setArray(1, con.createArrayOf("uuid", ids.toArray()));
			return statement;
		}, rs -> rs.next() ? rs.getInt(1) : 0);
		return (n != null) ? n : 0;
	}

	static final RowMapper<FieldReport> REPORT = (rs, n) -> new FieldReport(rs.getObject(1, UUID.class),
			rs.getString(2), rs.getString(3), ReportType.valueOf(rs.getString(4)), value(TpsStatus.class, rs, 5),
			value(Logistics.class, rs, 6), value(IncidentType.class, rs, 7), value(Severity.class, rs, 8),
			rs.getString(9), (Double) rs.getObject(10), (Double) rs.getObject(11), rs.getBoolean(12), instant(rs, 13),
			instant(rs, 14), rs.getString(15), rs.getBoolean(16));

	private static <E extends Enum<E>> E value(Class<E> type, ResultSet rs, int column) throws SQLException {
		String name = rs.getString(column);
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return (t != null) ? t.toInstant() : null;
	}

	private static void setDouble(java.sql.PreparedStatement ps, int index, Double value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.DOUBLE);
		}
		else {
			ps.setDouble(index, value);
		}
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
