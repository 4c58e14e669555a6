package id.praja.exercise;

import java.time.OffsetDateTime;

/**
 * A simulation kept in the exercise tables (flagged as exercise data).
 *
 * @param id its id
 * @param runAt when
 * @param runBy who
 * @param seed seed
 * @param replications days simulated
 * @param teamsA reserve teams of the plan
 * @param teamsB reserve teams of the variant
 * @param incidents incidents per day
 * @param p90A p90 response minutes of the plan
 * @param p90B the same for the variant
 * @param withinTargetA share within target, plan
 * @param withinTargetB the same for the variant
 */
public record StoredSimulation(long id, OffsetDateTime runAt, String runBy, long seed, int replications, int teamsA,
		int teamsB, double incidents, Double p90A, Double p90B, double withinTargetA, double withinTargetB) {
}
