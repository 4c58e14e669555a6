package id.praja.command.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import id.praja.command.FieldReport;
import id.praja.command.Incident;
import id.praja.command.IncidentAction;
import id.praja.command.IncidentStatus;
import id.praja.command.IncidentType;
import id.praja.command.ReferralTarget;
import id.praja.command.Severity;
import id.praja.command.UnitStatus;

/**
 * Incidents, their timeline, their field reports and the unit status board in PostgreSQL.
 * Every change runs in the caller's transaction; the caller locks the incident
 * ({@link #lock}) before checking its version.
 */
@Repository
public class IncidentStore {

	private static final String COLUMNS = "id, tps_code, kecamatan_code, incident_type, severity, status, referred_to,"
			+ " duplicate_of, title, owner, claimed_at, version, created_at, created_by, updated_at";

	private final JdbcTemplate jdbc;

	IncidentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A unit's row on the status board. */
	public record UnitRow(String unitId, UnitStatus status, Long incident, Instant updatedAt, String updatedBy) {
	}

	/**
	 * @return the new incident's id
	 */
	public long insert(String tps, String kecamatan, IncidentType type, Severity severity, String title, String by,
			Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update(con -> {
			var ps = con.prepareStatement("INSERT INTO command_incident (tps_code, kecamatan_code, incident_type,"
					+ " severity, status, title, created_at, created_by, updated_at)"
					+ " VALUES (?, ?, ?, ?, 'REPORTED', ?, ?, ?, ?)", new String[] { "id" });
			ps.setString(1, tps);
			ps.setString(2, kecamatan);
			ps.setString(3, type.name());
			ps.setString(4, severity.name());
			ps.setString(5, title);
			ps.setTimestamp(6, Timestamp.from(at));
			ps.setString(7, by);
			ps.setTimestamp(8, Timestamp.from(at));
			return ps;
		}, keys);
		return keys.getKey().longValue();
	}

	/**
	 * Locks the incident's row until the transaction ends: actions on one incident run
	 * one after the other, so the version check that follows is reliable.
	 */
	public Optional<Incident> lock(long id, String kecamatanFilter) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM command_incident WHERE id = ?"
					+ " AND (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ','))) FOR UPDATE", INCIDENT,
					id, kecamatanFilter, kecamatanFilter)
			.stream()
			.findFirst();
	}

	public Optional<Incident> find(long id, String kecamatanFilter) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM command_incident WHERE id = ?"
					+ " AND (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ',')))", INCIDENT, id,
					kecamatanFilter, kecamatanFilter)
			.stream()
			.findFirst();
	}

	/**
	 * @param kecamatanFilter kecamatan codes joined by commas, or null for all
	 * @param open true for open incidents only
	 * @param status one status, or null
	 * @param severity one severity, or null
	 * @param owner one owner, or null
	 * @param limit most incidents, most severe and latest first
	 */
	public List<Incident> list(String kecamatanFilter, boolean open, IncidentStatus status, Severity severity,
			String owner, int limit) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM command_incident"
				+ " WHERE (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ',')))"
				+ " AND (NOT ? OR status NOT IN ('RESOLVED', 'REFERRED', 'DUPLICATE'))"
				+ " AND (?::text IS NULL OR status = ?) AND (?::text IS NULL OR severity = ?)"
				+ " AND (?::text IS NULL OR owner = ?)"
				+ " ORDER BY CASE severity WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 ELSE 2 END, updated_at DESC, id DESC"
				+ " LIMIT ?", INCIDENT, kecamatanFilter, kecamatanFilter, open, name(status), name(status),
				name(severity), name(severity), owner, owner, limit);
	}

	/**
	 * Every incident in the area created in a time window, oldest first: all of them (a
	 * day's report must not lose any).
	 */
	public List<Incident> createdBetween(String kecamatanFilter, Instant from, Instant to) {
		return this.jdbc.query(
				"SELECT " + COLUMNS + " FROM command_incident"
						+ " WHERE (?::text IS NULL OR kecamatan_code = ANY(string_to_array(?, ',')))"
						+ " AND created_at >= ? AND created_at < ? ORDER BY created_at, id",
				INCIDENT, kecamatanFilter, kecamatanFilter, Timestamp.from(from), Timestamp.from(to));
	}

	/**
	 * Writes the incident's changeable fields and bumps its version.
	 */
	public Incident update(Incident i, Instant at) {
		this.jdbc.update(
				"UPDATE command_incident SET severity = ?, status = ?, referred_to = ?, duplicate_of = ?, owner = ?,"
						+ " claimed_at = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
				i.severity().name(), i.status().name(), name(i.referredTo()), i.duplicateOf(), i.owner(),
				(i.claimedAt() != null) ? Timestamp.from(i.claimedAt()) : null, Timestamp.from(at), i.id(),
				i.version());
		return find(i.id(), null).orElseThrow();
	}

	public void append(long incident, Instant at, String actor, String action, String from, String to, String note) {
		this.jdbc
			.update("INSERT INTO command_incident_action (incident_id, at, actor, action, from_value, to_value, note)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?)", incident, Timestamp.from(at), actor, action, from, to, note);
	}

	public List<IncidentAction> timeline(long incident) {
		return this.jdbc.query(
				"SELECT id, incident_id, at, actor, action, from_value, to_value, note FROM command_incident_action"
						+ " WHERE incident_id = ? ORDER BY id",
				(rs, n) -> new IncidentAction(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)),
				incident);
	}

	/**
	 * @return the incident the report belongs to, if any
	 */
	public Optional<Long> incidentOfReport(UUID report) {
		return this.jdbc
			.query("SELECT incident_id FROM command_incident_report WHERE report_id = ?", (rs, n) -> rs.getLong(1),
					report)
			.stream()
			.findFirst();
	}

	public void linkReport(UUID report, long incident, String by, Instant at) {
		this.jdbc.update(
				"INSERT INTO command_incident_report (report_id, incident_id, linked_at, linked_by) VALUES (?, ?, ?, ?)",
				report, incident, Timestamp.from(at), by);
	}

	/**
	 * Moves every report of one incident to another.
	 * @return how many moved
	 */
	public int moveReports(long from, long to) {
		return this.jdbc.update("UPDATE command_incident_report SET incident_id = ? WHERE incident_id = ?", to, from);
	}

	public List<FieldReport> reports(long incident) {
		return this.jdbc.query("SELECT r.id, r.tps_code, r.kecamatan_code, r.type, r.status, r.logistics,"
				+ " r.incident_type, r.severity, r.note, r.lat, r.lon, r.has_photo, r.occurred_at, r.received_at,"
				+ " r.reported_by, r.applied FROM command_field_report r"
				+ " JOIN command_incident_report l ON l.report_id = r.id WHERE l.incident_id = ?"
				+ " ORDER BY r.occurred_at, r.id", FieldReportStore.REPORT, incident);
	}

	public List<Long> duplicates(long incident) {
		return this.jdbc.queryForList("SELECT id FROM command_incident WHERE duplicate_of = ? ORDER BY id", Long.class,
				incident);
	}

	/**
	 * @return every unit that has a status row, by unit id
	 */
	public Map<String, UnitRow> units() {
		Map<String, UnitRow> rows = new java.util.HashMap<>();
		this.jdbc.query("SELECT unit_id, status, incident_id, updated_at, updated_by FROM command_unit_status", rs -> {
			UnitRow row = unit(rs);
			rows.put(row.unitId(), row);
		});
		return rows;
	}

	/**
	 * Locks a unit's row (creating it as AVAILABLE when missing) until the transaction
	 * ends: two dispatches of one unit run one after the other.
	 */
	public UnitRow lockUnit(String unitId, String by, Instant at) {
		this.jdbc.update(
				"INSERT INTO command_unit_status (unit_id, status, updated_at, updated_by)"
						+ " VALUES (?, 'AVAILABLE', ?, ?) ON CONFLICT (unit_id) DO NOTHING",
				unitId, Timestamp.from(at), by);
		return this.jdbc.query(
				"SELECT unit_id, status, incident_id, updated_at, updated_by FROM command_unit_status WHERE unit_id = ?"
						+ " FOR UPDATE",
				(rs, n) -> unit(rs), unitId)
			.get(0);
	}

	public void setUnit(String unitId, UnitStatus status, Long incident, String by, Instant at) {
		this.jdbc.update("UPDATE command_unit_status SET status = ?, incident_id = ?, updated_at = ?, updated_by = ?"
				+ " WHERE unit_id = ?", status.name(), incident, Timestamp.from(at), by, unitId);
	}

	/**
	 * @return the units serving an incident (EN_ROUTE or ON_SCENE)
	 */
	public List<UnitRow> unitsOf(long incident) {
		return this.jdbc.query(
				"SELECT unit_id, status, incident_id, updated_at, updated_by FROM command_unit_status"
						+ " WHERE incident_id = ? AND status IN ('EN_ROUTE', 'ON_SCENE') ORDER BY unit_id",
				(rs, n) -> unit(rs), incident);
	}

	private static UnitRow unit(ResultSet rs) throws SQLException {
		long incident = rs.getLong(3);
		Long served = rs.wasNull() ? null : incident;
		return new UnitRow(rs.getString(1), UnitStatus.valueOf(rs.getString(2)), served, rs.getTimestamp(4).toInstant(),
				rs.getString(5));
	}

	static final RowMapper<Incident> INCIDENT = (rs, n) -> {
		long duplicateOf = rs.getLong(8);
		Long duplicate = rs.wasNull() ? null : duplicateOf;
		Timestamp claimed = rs.getTimestamp(11);
		String referred = rs.getString(7);
		return new Incident(rs.getLong(1), rs.getString(2), rs.getString(3), IncidentType.valueOf(rs.getString(4)),
				Severity.valueOf(rs.getString(5)), IncidentStatus.valueOf(rs.getString(6)),
				(referred != null) ? ReferralTarget.valueOf(referred) : null, duplicate, rs.getString(9),
				rs.getString(10), (claimed != null) ? claimed.toInstant() : null, rs.getInt(12),
				rs.getTimestamp(13).toInstant(), rs.getString(14), rs.getTimestamp(15).toInstant());
	};

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
