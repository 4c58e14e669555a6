package id.praja.exercise.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.praja.exercise.Comparison;
import id.praja.exercise.StoredSimulation;

/** SQL of the exercise tables. */
@Repository
public class ExerciseRepository {

	private final JdbcClient jdbc;

	ExerciseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(Comparison c, String by) {
		return this.jdbc
			.sql("INSERT INTO exercise_simulation (run_by, seed, replications, teams_a, teams_b, incidents, p90_a,"
					+ " p90_b, within_target_a, within_target_b, red_a, red_b, seconds)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(by, c.seed(), c.a().replications(), c.teamsA(), c.teamsB(), c.a().meanIncidents(),
					nan(c.a().overall().p90()), nan(c.b().overall().p90()), c.a().overall().withinTarget(),
					c.b().overall().withinTarget(), c.a().meanEscalatedToRed(), c.b().meanEscalatedToRed(),
					c.a().seconds() + c.b().seconds())
			.query(Long.class)
			.single();
	}

	private static Double nan(double v) {
		return Double.isNaN(v) ? null : v;
	}

	public List<StoredSimulation> recent(int limit) {
		return this.jdbc.sql("SELECT * FROM exercise_simulation ORDER BY id DESC LIMIT ?")
			.param(limit)
			.query((rs, n) -> new StoredSimulation(rs.getLong("id"), rs.getObject("run_at", OffsetDateTime.class),
					rs.getString("run_by"), rs.getLong("seed"), rs.getInt("replications"), rs.getInt("teams_a"),
					rs.getInt("teams_b"), rs.getDouble("incidents"), (Double) rs.getObject("p90_a"),
					(Double) rs.getObject("p90_b"), rs.getDouble("within_target_a"), rs.getDouble("within_target_b")))
			.list();
	}

}
