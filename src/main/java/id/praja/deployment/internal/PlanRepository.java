package id.praja.deployment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.PlanPins;
import id.praja.deployment.PlanStatus;
import id.praja.deployment.PlanVersion;
import id.praja.deployment.StaffingPattern;
import id.praja.deployment.StoredPlan;
import id.praja.shared.Conflict;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plan versions in PostgreSQL: the content as JSON, the figures a list needs as columns.
 * The database itself refuses any change to a published version (trigger in V6).
 */
@Repository
public class PlanRepository {

	private static final String COLUMNS = """
			p.id, p.version, p.status, b.version AS based_on_version, p.election_day, p.distance_m, p.missing,
			p.pins, p.created_by, p.created_at, p.updated_at, p.published_by, p.published_at, p.polres_code""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	PlanRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Versions of the Polres in scope ({@code AccessScope.polresFilter()}: null for all).
	 */
	private static final String IN_SCOPE = " (CAST(? AS VARCHAR) IS NULL OR p.polres_code = ANY(string_to_array(?, ',')))";

	/**
	 * @param polres the Polres in scope, joined by commas, or null for all
	 * @return every version of those Polres, newest first
	 */
	public List<PlanVersion> versions(String polres) {
		return this.jdbc.query(
				"SELECT " + COLUMNS + " FROM deployment_plan p LEFT JOIN deployment_plan b ON b.id = p.based_on WHERE"
						+ IN_SCOPE + " ORDER BY p.version DESC",
				(rs, i) -> version(rs), polres, polres);
	}

	/**
	 * @param id a version id
	 * @param polres the Polres in scope, joined by commas, or null for all
	 * @return that version with its content, when it belongs to a Polres in scope
	 */
	public Optional<StoredPlan> find(long id, String polres) {
		return this.jdbc
			.query("SELECT " + COLUMNS + ", p.pattern, p.plan"
					+ " FROM deployment_plan p LEFT JOIN deployment_plan b ON b.id = p.based_on WHERE p.id = ? AND"
					+ IN_SCOPE,
					(rs, i) -> new StoredPlan(version(rs),
							this.json.readValue(rs.getString("pattern"), StaffingPattern.class), pins(rs),
							this.json.readValue(rs.getString("plan"), DeploymentPlan.class)),
					id, polres, polres)
			.stream()
			.findFirst();
	}

	/**
	 * @param polres the Polres in scope, joined by commas, or null for all
	 * @return the id of the newest published version of those Polres
	 */
	public Optional<Long> latestPublished(String polres) {
		return this.jdbc
			.queryForList("SELECT p.id FROM deployment_plan p WHERE p.status = 'PUBLISHED' AND" + IN_SCOPE
					+ " ORDER BY p.version DESC LIMIT 1", Long.class, polres, polres)
			.stream()
			.findFirst();
	}

	/**
	 * Stores a new draft with the next version number.
	 * @param polres the Polres it belongs to, when it is based on no version (a revision
	 * belongs to its base's Polres); null for the Polda's own
	 * @return its id
	 */
	public long insert(Long basedOn, java.time.LocalDate day, StaffingPattern pattern, PlanPins pins,
			DeploymentPlan plan, String user, String polres) {
		return this.jdbc.queryForObject("""
				INSERT INTO deployment_plan (version, status, based_on, election_day, pattern, pins, plan, distance_m,
				    missing, created_by, polres_code)
				VALUES ((SELECT coalesce(max(version), 0) + 1 FROM deployment_plan), 'DRAFT', ?, ?, ?::jsonb, ?::jsonb,
				    ?::jsonb, ?, ?, ?, coalesce((SELECT polres_code FROM deployment_plan WHERE id = ?), ?))
				RETURNING id""", Long.class, basedOn, day, this.json.writeValueAsString(pattern),
				this.json.writeValueAsString(pins), this.json.writeValueAsString(plan),
				plan.posts().totalDistanceMetres(), plan.missing(), user, basedOn, polres);
	}

	/** Replaces a draft's content (after a solve). */
	public void updatePlan(long id, DeploymentPlan plan) {
		update("UPDATE deployment_plan SET plan = ?::jsonb, distance_m = ?, missing = ?, updated_at = now()"
				+ " WHERE id = ?", this.json.writeValueAsString(plan), plan.posts().totalDistanceMetres(),
				plan.missing(), id);
	}

	/** Replaces a draft's pins. */
	public void updatePins(long id, PlanPins pins) {
		update("UPDATE deployment_plan SET pins = ?::jsonb, updated_at = now() WHERE id = ?",
				this.json.writeValueAsString(pins), id);
	}

	/** Replaces a draft's pattern. */
	public void updatePattern(long id, StaffingPattern pattern) {
		update("UPDATE deployment_plan SET pattern = ?::jsonb, updated_at = now() WHERE id = ?",
				this.json.writeValueAsString(pattern), id);
	}

	/** Publishes a draft. */
	public void publish(long id, String user) {
		update("UPDATE deployment_plan SET status = 'PUBLISHED', published_by = ?, published_at = now(),"
				+ " updated_at = now() WHERE id = ?", user, id);
	}

	/**
	 * Deletes a version (only a draft: the database refuses published ones).
	 */
	public void delete(long id) {
		update("DELETE FROM deployment_plan WHERE id = ?", id);
	}

	private void update(String sql, Object... args) {
		try {
			this.jdbc.update(sql, args);
		}
		catch (DataAccessException ex) {
			if (String.valueOf(ex.getMostSpecificCause().getMessage()).contains("is published and cannot be changed")) {
				throw new Conflict("this plan version is published and cannot be changed; make a new version");
			}
			throw ex;
		}
	}

	private PlanPins pins(ResultSet rs) throws SQLException {
		return this.json.readValue(rs.getString("pins"), PlanPins.class);
	}

	private PlanVersion version(ResultSet rs) throws SQLException {
		PlanPins pins = pins(rs);
		Integer basedOn = rs.getObject("based_on_version", Integer.class);
		return new PlanVersion(rs.getLong("id"), rs.getInt("version"), PlanStatus.valueOf(rs.getString("status")),
				basedOn, rs.getObject("election_day", java.time.LocalDate.class), rs.getDouble("distance_m"),
				rs.getInt("missing"), pins.size(), rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("updated_at")), rs.getString("published_by"),
				instant(rs.getTimestamp("published_at")), rs.getString("polres_code"));
	}

	private static Instant instant(Timestamp t) {
		return (t != null) ? t.toInstant() : null;
	}

}
