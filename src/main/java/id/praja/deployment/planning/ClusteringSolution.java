package id.praja.deployment.planning;

/**
 * A solution of a clustering instance.
 *
 * @param centreOf the centre (0-based point index) of every point
 * @param objective sum of distances from points to their centres
 * @param feasible true when exactly p centres are used and no capacity is exceeded
 * @param optimal true when the solver proved it optimal
 * @param seconds time spent
 * @param method how it was found: {@code cp-sat}, {@code local-search}, {@code lns}
 * @param bound a proven lower bound on the optimum of the instance (NaN when none was
 * computed)
 * @param firstFeasibleSeconds when the first complete feasible plan was at hand (seconds
 * from the start of the solve; NaN when none)
 */
public record ClusteringSolution(int[] centreOf, double objective, boolean feasible, boolean optimal, double seconds,
		String method, double bound, double firstFeasibleSeconds) {

	public ClusteringSolution(int[] centreOf, double objective, boolean feasible, boolean optimal, double seconds,
			String method) {
		this(centreOf, objective, feasible, optimal, seconds, method, Double.NaN, Double.NaN);
	}

	/**
	 * @return how far the objective is above the bound, relative to the bound (0.01 = 1
	 * %): the plan is at most this much worse than the best possible; NaN when either is
	 * unknown
	 */
	public double gapToBound() {
		if (!this.feasible || Double.isNaN(this.bound) || Double.isNaN(this.objective)) {
			return Double.NaN;
		}
		if (this.objective <= this.bound + 1e-9) {
			return 0;
		}
		if (this.bound <= 0) {
			return Double.NaN;
		}
		return (this.objective - this.bound) / this.bound;
	}

}
