package id.praja.command.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Sentra Gakkumdu cases and the holiday table in PostgreSQL.
 */
@Repository
public class GakkumduStore {

	private static final String COLUMNS = "id, incident_id, kecamatan_code, title, offence, discovered_on, reported_on,"
			+ " to_prosecutor_on, to_court_on, decided_on, stopped_on, note, version, created_at, created_by";

	private final JdbcTemplate jdbc;

	GakkumduStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A case as stored. */
	public record Row(long id, Long incident, String kecamatan, String title, String offence, LocalDate discoveredOn,
			LocalDate reportedOn, LocalDate toProsecutorOn, LocalDate toCourtOn, LocalDate decidedOn,
			LocalDate stoppedOn, String note, int version, Instant createdAt, String createdBy) {
	}

	/** A change of one of a case's dates, as stored (append-only). */
	public record DateChange(long caseId, String field, LocalDate from, LocalDate to, Instant at, String actor,
			String note) {
	}

	/** A holiday. */
	public record Holiday(LocalDate day, String name, String source) {
	}

	public long insert(Long incident, String kecamatan, String title, String offence, LocalDate discoveredOn,
			LocalDate reportedOn, String note, String by, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(con -> {
			var ps = con.prepareStatement("INSERT INTO command_gakkumdu_case (incident_id, kecamatan_code, title,"
					+ " offence, discovered_on, reported_on, note, created_at, created_by)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			ps.setObject(1, incident);
			ps.setString(2, kecamatan);
			ps.setString(3, title);
			ps.setString(4, offence);
			ps.setDate(5, Date.valueOf(discoveredOn));
			ps.setDate(6, (reportedOn != null) ? Date.valueOf(reportedOn) : null);
			ps.setString(7, note);
			ps.setTimestamp(8, Timestamp.from(at));
			ps.setString(9, by);
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	/**
	 * @param kecamatanFilter kecamatan codes joined by commas, or null for all (a case
	 * without a kecamatan is seen by unrestricted users only)
	 */
	public List<Row> list(String kecamatanFilter) {
		return this.jdbc.query(
				"SELECT " + COLUMNS + " FROM command_gakkumdu_case"
						+ " WHERE (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ','))) ORDER BY id DESC",
				ROW, kecamatanFilter, kecamatanFilter);
	}

	public Optional<Row> find(long id, String kecamatanFilter, boolean lock) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM command_gakkumdu_case WHERE id = ?"
					+ " AND (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ',')))"
					+ (lock ? " FOR UPDATE" : ""), ROW, id, kecamatanFilter, kecamatanFilter)
			.stream()
			.findFirst();
	}

	/**
	 * Sets the date of one step ({@code reported_on}, {@code to_prosecutor_on},
	 * {@code to_court_on}, {@code decided_on} or {@code stopped_on}) and bumps the
	 * version.
	 */
	public void setDate(long id, String column, LocalDate day, String note) {
		if (!List.of("reported_on", "to_prosecutor_on", "to_court_on", "decided_on", "stopped_on").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		this.jdbc.update("UPDATE command_gakkumdu_case SET " + column + " = ?,"
				+ " note = COALESCE(?, note), version = version + 1 WHERE id = ?", Date.valueOf(day), note, id);
	}

	/**
	 * Appends a change of a case's date to its history.
	 * @param field DISCOVERED, REPORTED, TO_PROSECUTOR, TO_COURT, DECIDED or STOPPED
	 */
	public void recordDateChange(long caseId, String field, LocalDate from, LocalDate to, Instant at, String actor,
			String note) {
		this.jdbc.update(
				"INSERT INTO command_gakkumdu_date_change (case_id, date_field, from_day, to_day, at, actor,"
						+ " note) VALUES (?, ?, ?, ?, ?, ?, ?)",
				caseId, field, (from != null) ? Date.valueOf(from) : null, (to != null) ? Date.valueOf(to) : null,
				Timestamp.from(at), actor, note);
	}

	/**
	 * @param caseIds cases
	 * @return their date changes, oldest first
	 */
	public List<DateChange> dateChanges(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(
				"SELECT case_id, date_field, from_day, to_day, at, actor, note FROM command_gakkumdu_date_change"
						+ " WHERE case_id = ANY(?) ORDER BY case_id, id",
				(rs, n) -> new DateChange(rs.getLong(1), rs.getString(2), date(rs, 3), date(rs, 4),
						rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7)),
				(Object) caseIds.toArray(Long[]::new));
	}

	public List<Holiday> holidays() {
		return this.jdbc.query("SELECT day, name, source FROM command_holiday ORDER BY day",
				(rs, n) -> new Holiday(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3)));
	}

	static final RowMapper<Row> ROW = (rs, n) -> {
		long incident = rs.getLong(2);
		Long inc = rs.wasNull() ? null : incident;
		return new Row(rs.getLong(1), inc, rs.getString(3), rs.getString(4), rs.getString(5), date(rs, 6), date(rs, 7),
				date(rs, 8), date(rs, 9), date(rs, 10), date(rs, 11), rs.getString(12), rs.getInt(13),
				rs.getTimestamp(14).toInstant(), rs.getString(15));
	};

	private static LocalDate date(ResultSet rs, int column) throws SQLException {
		Date d = rs.getDate(column);
		return (d != null) ? d.toLocalDate() : null;
	}

}
