package id.praja.exercise;

/**
 * Two plans simulated on the same incidents (common random numbers).
 *
 * @param id the stored exercise record
 * @param seed the seed
 * @param a the current plan
 * @param b the same plan with fewer reserve teams
 * @param teamsA reserve teams of a
 * @param teamsB reserve teams of b
 */
public record Comparison(long id, long seed, SimulationSummary a, SimulationSummary b, int teamsA, int teamsB) {
}
