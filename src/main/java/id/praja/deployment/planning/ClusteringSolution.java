package id.praja.deployment.planning;

/**
 * A solution of a clustering instance.
 *
 * @param centreOf the centre (0-based point index) of every point
 * @param objective sum of distances from points to their centres
 * @param feasible true when exactly p centres are used and no capacity is exceeded
 * @param optimal true when the solver proved it optimal
 * @param seconds time spent
 * @param method how it was found: {@code cp-sat}, {@code local-search}
 */
public record ClusteringSolution(int[] centreOf, double objective, boolean feasible, boolean optimal, double seconds,
		String method) {
}
