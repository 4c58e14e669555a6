package id.praja.command.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
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
 * Field reports and TPS states in PostgreSQL, with plain prepared statements. Ingest
 * works on batches of reports (see {@code CommandManagement}): a handful of round trips
 * and one commit for the whole batch, all in the caller's transaction.
 */
@Repository
public class FieldReportStore {

	/** The channel on which committed reports are announced to every node. */
	public static final String CHANNEL = "praja_live";

	/** The first key of the advisory locks that serialise batches on the same TPS. */
	private static final int TPS_LOCK_CLASS = 7071;

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

	/**
	 * What is known of a TPS before a batch: its stage and the times that order updates.
	 */
	public record TpsNow(TpsStatus status, Instant statusSince, Instant checkedInAt, Instant logisticsAt) {
	}

	/** One report to insert, with what the server adds to it. */
	public record NewReport(FieldReportRequest request, String kecamatan, String reporter, byte[] hash,
			Instant receivedAt) {
	}

	/**
	 * Makes the transaction's commit wait until it is on disk, whatever the server's
	 * default, and locks the TPS for it, so that a batch on another node or writer that
	 * touches the same TPS waits (locks taken in one order: no deadlock between batches).
	 * Both in one round trip.
	 */
	public void durableAndLocked(Collection<String> tpsCodes) {
		this.jdbc.query(
				"SELECT set_config('synchronous_commit', 'on', true), (SELECT count(pg_advisory_xact_lock("
						+ TPS_LOCK_CLASS
						+ ", k)) FROM (SELECT DISTINCT hashtext(t) AS k FROM unnest(?::text[]) t ORDER BY k) x)",
				rs -> null, (Object) tpsCodes.toArray(String[]::new));
	}

	/**
	 * @return the current state of those TPS that have one
	 */
	public Map<String, TpsNow> now(Collection<String> tpsCodes) {
		Map<String, TpsNow> now = new HashMap<>();
		this.jdbc.query("SELECT tps_code, status, status_since, checked_in_at, logistics_at FROM command_tps_status"
				+ " WHERE tps_code = ANY(?::text[])", rs -> {
					String status = rs.getString(2);
					now.put(rs.getString(1), new TpsNow((status != null) ? TpsStatus.valueOf(status) : null,
							instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))));
				}, (Object) tpsCodes.toArray(String[]::new));
		return now;
	}

	/**
	 * Inserts reports unless their id is already stored, in one round trip.
	 * @return for each report, whether it was inserted (false: the id exists, a replay or
	 * a conflict)
	 */
	public boolean[] insert(List<NewReport> reports) {
		int[] rows = this.jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				NewReport n = reports.get(i);
				FieldReportRequest r = n.request();
				// typed nulls: no round trip to ask the server for parameter types
				ps.setObject(1, r.id());
				ps.setString(2, r.tps());
				ps.setString(3, n.kecamatan());
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
				ps.setTimestamp(14, Timestamp.from(n.receivedAt()));
				ps.setString(15, n.reporter());
				ps.setBytes(16, n.hash());
			}

			@Override
			public int getBatchSize() {
				return reports.size();
			}

		});
		boolean[] inserted = new boolean[rows.length];
		for (int i = 0; i < rows.length; i++) {
			inserted[i] = rows[i] == 1;
		}
		return inserted;
	}

	/** Stores the photo of a just-inserted report. */
	public void storePhoto(UUID id, byte[] photo) {
		this.jdbc.update("INSERT INTO command_report_photo (report_id, content) VALUES (?, ?)", id, photo);
	}

	/** Takes back just-inserted reports that turned out to be rejected. */
	public void delete(Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.update("DELETE FROM command_field_report WHERE id = ANY(?::uuid[])",
					(Object) ids.toArray(UUID[]::new));
		}
	}

	/** Marks just-inserted reports as not having changed their TPS's state. */
	public void notApplied(Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.update("UPDATE command_field_report SET applied = false WHERE id = ANY(?::uuid[])",
					(Object) ids.toArray(UUID[]::new));
		}
	}

	/**
	 * Moves TPS to later stages, records first check-ins and latest logistics movements,
	 * one round trip per kind. Each statement only ever moves a TPS forward, whatever
	 * order they come in.
	 */
	public void apply(List<NewReport> reports) {
		List<Object[]> status = new ArrayList<>();
		List<Object[]> checkIn = new ArrayList<>();
		List<Object[]> logistics = new ArrayList<>();
		for (NewReport n : reports) {
			FieldReportRequest r = n.request();
			Timestamp at = Timestamp.from(r.occurredAt());
			switch (r.type()) {
				case STATUS ->
					status.add(new Object[] { r.tps(), n.kecamatan(), r.status().name(), r.status().rank(), at });
				case CHECK_IN -> checkIn.add(new Object[] { r.tps(), n.kecamatan(), at });
				case LOGISTICS -> logistics.add(new Object[] { r.tps(), n.kecamatan(), r.logistics().name(), at });
				case INCIDENT -> {
				}
			}
		}
		// no nulls among the values: no round trip to ask the server for parameter types
		for (Map.Entry<String, List<Object[]>> kind : Map
			.of(ADVANCE_STATUS, status, CHECK_IN, checkIn, LOGISTICS, logistics)
			.entrySet()) {
			if (!kind.getValue().isEmpty()) {
				this.jdbc.batchUpdate(kind.getKey(), kind.getValue());
			}
		}
	}

	/**
	 * Announces reports to every node (delivered only if the transaction commits), in one
	 * round trip.
	 */
	public void announce(List<String> json) {
		if (!json.isEmpty()) {
			this.jdbc.query("SELECT count(pg_notify(?, j)) FROM unnest(?::text[]) j", rs -> null, CHANNEL,
					json.toArray(String[]::new));
		}
	}

	/**
	 * Announces one change to every node (delivered only if the transaction commits) and
	 * makes the commit wait until it is on disk, whatever the server's default (an
	 * external server may run with {@code synchronous_commit=off}): one statement, no
	 * extra round trip.
	 */
	public void announce(String json) {
		this.jdbc.query("SELECT set_config('synchronous_commit', 'on', true), pg_notify(?, ?)", rs -> null, CHANNEL,
				json);
	}

	private static Instant instant(Timestamp t) {
		return (t != null) ? t.toInstant() : null;
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
	 * @param from the first instant counted
	 * @return TPS code to the latest time any report of it happened since then
	 */
	public Map<String, Instant> lastHeard(Instant from) {
		Map<String, Instant> last = new java.util.HashMap<>();
		this.jdbc.query("SELECT tps_code, max(occurred_at) FROM command_field_report WHERE occurred_at >= ?"
				+ " GROUP BY tps_code", rs -> {
					last.put(rs.getString(1), rs.getTimestamp(2).toInstant());
				}, java.sql.Timestamp.from(from));
		return last;
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
