package id.praja.bko.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.praja.bko.PolresShortfall;
import id.praja.bko.ReserveUnit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reserve units and allocations in PostgreSQL (V49); the database refuses any change to a
 * published allocation.
 */
@Repository
public class BkoRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	BkoRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return every reserve unit, by code
	 */
	public List<ReserveUnit> units() {
		return this.jdbc.sql("""
				SELECT code, name, kind, home_name, home_lat, home_lon, officers, platoons, available_from,
				       available_to, demo
				FROM bko_reserve_unit ORDER BY kind, code""")
			.query((rs, i) -> new ReserveUnit(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
					rs.getString("home_name"), rs.getDouble("home_lat"), rs.getDouble("home_lon"),
					rs.getInt("officers"), rs.getInt("platoons"), rs.getObject("available_from", LocalDate.class),
					rs.getObject("available_to", LocalDate.class), rs.getBoolean("demo")))
			.list();
	}

	/**
	 * @param unit a unit to add
	 */
	public void insert(ReserveUnit unit) {
		this.jdbc.sql("""
				INSERT INTO bko_reserve_unit (code, name, kind, home_name, home_lat, home_lon, officers, platoons,
				                              available_from, available_to, demo)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(unit.code(), unit.name(), unit.kind(), unit.homeName(), unit.homeLat(), unit.homeLon(),
					unit.officers(), unit.platoons(), unit.availableFrom(), unit.availableTo(), unit.demo())
			.update();
	}

	/** An allocation's head row. */
	public record Head(long id, int version, LocalDate votingDay, List<PolresShortfall> needs, int tpsBelowBefore,
			int tpsBelow, long travelMinutes, boolean optimal, String createdBy, Instant createdAt, String publishedBy,
			Instant publishedAt) {
	}

	/** A platoon's row. */
	public record Row(String unitCode, int platoon, int officers, String polresCode, boolean pinned,
			Integer travelMinutes, Double distanceKm, LocalDate from, LocalDate to) {
	}

	/**
	 * @return every allocation, newest first
	 */
	public List<Head> heads() {
		return this.jdbc.sql("SELECT * FROM bko_allocation ORDER BY version DESC")
			.query((org.springframework.jdbc.core.RowMapper<Head>) this::head)
			.list();
	}

	/**
	 * @param id an allocation
	 * @return its head
	 */
	public Optional<Head> head(long id) {
		return this.jdbc.sql("SELECT * FROM bko_allocation WHERE id = ?")
			.param(id)
			.query((org.springframework.jdbc.core.RowMapper<Head>) this::head)
			.optional();
	}

	/**
	 * @return the newest published allocation
	 */
	public Optional<Head> latestPublished() {
		return this.jdbc
			.sql("SELECT * FROM bko_allocation WHERE published_at IS NOT NULL ORDER BY version DESC LIMIT 1")
			.query((org.springframework.jdbc.core.RowMapper<Head>) this::head)
			.optional();
	}

	/**
	 * @param id an allocation
	 * @return its platoons
	 */
	public List<Row> rows(long id) {
		return this.jdbc.sql("""
				SELECT unit_code, platoon, officers, polres_code, pinned, travel_minutes, distance_km, day_from, day_to
				FROM bko_assignment WHERE allocation_id = ? ORDER BY unit_code, platoon""")
			.param(id)
			.query((rs, i) -> new Row(rs.getString("unit_code"), rs.getInt("platoon"), rs.getInt("officers"),
					rs.getString("polres_code"), rs.getBoolean("pinned"), (Integer) rs.getObject("travel_minutes"),
					(Double) rs.getObject("distance_km"), rs.getObject("day_from", LocalDate.class),
					rs.getObject("day_to", LocalDate.class)))
			.list();
	}

	/**
	 * Stores a new draft.
	 * @return its id
	 */
	public long insert(LocalDate votingDay, List<PolresShortfall> needs, int tpsBelowBefore, int tpsBelow,
			long travelMinutes, boolean optimal, String user, List<Row> rows) {
		this.jdbc.sql("LOCK TABLE bko_allocation IN SHARE ROW EXCLUSIVE MODE").update();
		long id = this.jdbc.sql("""
				INSERT INTO bko_allocation (version, voting_day, needs, tps_below_before, tps_below, travel_minutes,
				                            optimal, created_by)
				VALUES ((SELECT COALESCE(MAX(version), 0) + 1 FROM bko_allocation), ?, CAST(? AS jsonb), ?, ?, ?, ?, ?)
				RETURNING id""")
			.params(votingDay, this.json.writeValueAsString(needs), tpsBelowBefore, tpsBelow, travelMinutes, optimal,
					user)
			.query(Long.class)
			.single();
		insertRows(id, rows);
		return id;
	}

	/**
	 * Replaces a draft's platoons and figures.
	 */
	public void update(long id, int tpsBelow, long travelMinutes, boolean optimal, List<Row> rows) {
		this.jdbc.sql("DELETE FROM bko_assignment WHERE allocation_id = ?").param(id).update();
		insertRows(id, rows);
		this.jdbc.sql("""
				UPDATE bko_allocation SET tps_below = ?, travel_minutes = ?, optimal = ?, updated_at = now()
				WHERE id = ?""").params(tpsBelow, travelMinutes, optimal, id).update();
	}

	/**
	 * Publishes a draft.
	 */
	public void publish(long id, String user) {
		this.jdbc.sql("UPDATE bko_allocation SET published_by = ?, published_at = now() WHERE id = ?")
			.params(user, id)
			.update();
	}

	private void insertRows(long id, List<Row> rows) {
		for (Row r : rows) {
			this.jdbc.sql("""
					INSERT INTO bko_assignment (allocation_id, unit_code, platoon, officers, polres_code, pinned,
					                            travel_minutes, distance_km, day_from, day_to)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, r.unitCode(), r.platoon(), r.officers(), r.polresCode(), r.pinned(), r.travelMinutes(),
						r.distanceKm(), r.from(), r.to())
				.update();
		}
	}

	private Head head(ResultSet rs, int i) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Head(rs.getLong("id"), rs.getInt("version"), rs.getObject("voting_day", LocalDate.class),
				this.json.readValue(rs.getString("needs"), new TypeReference<List<PolresShortfall>>() {
				}), rs.getInt("tps_below_before"), rs.getInt("tps_below"), rs.getLong("travel_minutes"),
				rs.getBoolean("optimal"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getString("published_by"), (published != null) ? published.toInstant() : null);
	}

}
