package id.praja.exercise.floorgame;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.vulnerability.PoliceClass;

/** SQL of the floor game tables (exercise data, prefix {@code floor_game_}). */
@Repository
class FloorGameRepository {

	private static final TypeReference<Map<String, Object>> PAYLOAD = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	FloorGameRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A session row without its injects, units and log. */
	record SessionRow(long id, String name, String facilitator, Instant createdAt, String planName, GameClock clock,
			String lessons) {
	}

	long insertSession(String name, String facilitator, String planName, Instant clockStart, Instant now) {
		return this.jdbc
			.sql("INSERT INTO floor_game_session (name, facilitator, plan_name, clock_start, changed_at)"
					+ " VALUES (?, ?, ?, ?, ?) RETURNING id")
			.params(name, facilitator, planName, odt(clockStart), odt(now))
			.query(Long.class)
			.single();
	}

	void insertUnits(long session, List<GameUnit> units) {
		for (GameUnit u : units) {
			this.jdbc.sql("INSERT INTO floor_game_unit (session_id, code, name, lon, lat) VALUES (?, ?, ?, ?, ?)")
				.params(session, u.code(), u.name(), u.lon(), u.lat())
				.update();
		}
	}

	/**
	 * @param id a session
	 * @param lock true to lock the row until the transaction ends (serialises commands)
	 * @return the row
	 */
	Optional<SessionRow> session(long id, boolean lock) {
		return this.jdbc.sql("SELECT * FROM floor_game_session WHERE id = ?" + (lock ? " FOR UPDATE" : ""))
			.param(id)
			.query(FloorGameRepository::session)
			.optional();
	}

	List<SessionRow> sessions() {
		return this.jdbc.sql("SELECT * FROM floor_game_session ORDER BY id DESC LIMIT 100")
			.query(FloorGameRepository::session)
			.list();
	}

	private static SessionRow session(ResultSet rs, int n) throws SQLException {
		GameClock clock = new GameClock(GameState.valueOf(rs.getString("state")), rs.getInt("speed"),
				instant(rs, "clock_start"), rs.getLong("elapsed_ms"), instant(rs, "changed_at"));
		return new SessionRow(rs.getLong("id"), rs.getString("name"), rs.getString("facilitator"),
				instant(rs, "created_at"), rs.getString("plan_name"), clock, rs.getString("lessons"));
	}

	void updateClock(long id, GameClock clock) {
		this.jdbc.sql("UPDATE floor_game_session SET state = ?, speed = ?, elapsed_ms = ?, changed_at = ? WHERE id = ?")
			.params(clock.state().name(), clock.speed(), clock.elapsedMs(), odt(clock.changedAt()), id)
			.update();
	}

	void updateLessons(long id, String lessons) {
		this.jdbc.sql("UPDATE floor_game_session SET lessons = ? WHERE id = ?").params(lessons, id).update();
	}

	List<GameUnit> units(long session) {
		return this.jdbc.sql("SELECT * FROM floor_game_unit WHERE session_id = ? ORDER BY code")
			.param(session)
			.query((rs, n) -> new GameUnit(rs.getString("code"), rs.getString("name"), rs.getDouble("lon"),
					rs.getDouble("lat")))
			.list();
	}

	long insertInject(long session, Inject i) {
		return this.jdbc
			.sql("INSERT INTO floor_game_inject (session_id, at_game_time, tps_code, kecamatan, lon, lat, police_class,"
					+ " target_minutes, type, severity, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
					+ " RETURNING id")
			.params(session, odt(i.at()), i.tps(), i.kecamatan(), i.lon(), i.lat(), i.policeClass().name(),
					i.targetMinutes(), i.type().name(), i.severity().name(), i.description())
			.query(Long.class)
			.single();
	}

	void deleteInject(long session, long inject) {
		this.jdbc.sql("DELETE FROM floor_game_inject WHERE session_id = ? AND id = ?").params(session, inject).update();
	}

	List<Inject> injects(long session) {
		return this.jdbc.sql("SELECT * FROM floor_game_inject WHERE session_id = ? ORDER BY at_game_time, id")
			.param(session)
			.query((rs, n) -> new Inject(rs.getLong("id"), instant(rs, "at_game_time"), rs.getString("tps_code"),
					rs.getString("kecamatan"), rs.getDouble("lon"), rs.getDouble("lat"),
					PoliceClass.valueOf(rs.getString("police_class")), rs.getInt("target_minutes"),
					IncidentType.valueOf(rs.getString("type")), Severity.valueOf(rs.getString("severity")),
					rs.getString("description")))
			.list();
	}

	void appendEvents(long session, List<GameEvent> events) {
		for (GameEvent e : events) {
			this.jdbc
				.sql("INSERT INTO floor_game_event (session_id, seq, wall_time, game_time, actor, kind, payload)"
						+ " VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))")
				.params(session, e.seq(), odt(e.wallTime()), odt(e.gameTime()), e.actor(), e.kind().name(),
						this.json.writeValueAsString(e.payload()))
				.update();
		}
	}

	List<GameEvent> events(long session) {
		return this.jdbc.sql("SELECT * FROM floor_game_event WHERE session_id = ? ORDER BY seq")
			.param(session)
			.query((rs, n) -> new GameEvent(rs.getInt("seq"), instant(rs, "wall_time"), instant(rs, "game_time"),
					rs.getString("actor"), EventKind.valueOf(rs.getString("kind")),
					this.json.readValue(rs.getString("payload"), PAYLOAD)))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime odt(Instant i) {
		return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
	}

}
