package id.praja.deployment.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rule which units may be posted to TPS (table {@code deployment_tps_duty}): a unit
 * without a row may.
 */
@Repository
public class TpsDutyRepository {

	private final JdbcClient jdbc;

	TpsDutyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return allowed or not, per unit code with a row
	 */
	public Map<String, Boolean> rule() {
		Map<String, Boolean> rule = new HashMap<>();
		this.jdbc.sql("SELECT unit_code, allowed FROM deployment_tps_duty").query(rs -> {
			rule.put(rs.getString("unit_code"), rs.getBoolean("allowed"));
		});
		return rule;
	}

	/**
	 * @param unitCode a unit
	 * @param allowed whether its officers may be posted to TPS
	 */
	public void set(String unitCode, boolean allowed) {
		this.jdbc
			.sql("INSERT INTO deployment_tps_duty (unit_code, allowed) VALUES (?, ?)"
					+ " ON CONFLICT (unit_code) DO UPDATE SET allowed = EXCLUDED.allowed")
			.params(unitCode, allowed)
			.update();
	}

}
