package id.praja.deployment.planning;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A lower bound on the capacitated p-median optimum by Lagrangian relaxation of the
 * assignment constraints (every point served exactly once), with multipliers found by
 * subgradient optimisation. The relaxation decomposes into one knapsack per candidate
 * centre (which points it would like to serve, at distance minus multiplier, within its
 * capacity; solved as a linear knapsack, which keeps the bound valid) and the choice of
 * the p best centres.
 * <p>
 * Only each point's nearest candidates are looked at: a point's multiplier is capped at
 * the distance to the farthest point of its list, so a centre outside the list can never
 * have a negative reduced cost and the bound stays valid for the full problem.
 * <p>
 * The centres chosen by the relaxation are also good starting points: every few
 * iterations they are handed to a callback that completes them into a plan.
 */
final class LagrangianBound {

	private final ClusteringInstance instance;

	private final NeighbourLists lists;

	private final boolean[] must;

	private final double[] lambda;

	private final double[] cap;

	private double best = Double.NEGATIVE_INFINITY;

	/** whole demands and capacities: the knapsacks can be solved exactly. */
	private final boolean integral;

	/** the exact knapsack is used up to this many items times capacity. */
	private static final long DP_CELLS = 400_000;

	private double[] dp = new double[0];

	private boolean[] keep = new boolean[0];

	private int iterations;

	LagrangianBound(ClusteringInstance instance, NeighbourLists lists, boolean[] must) {
		this.instance = instance;
		this.lists = lists;
		this.must = must;
		int n = instance.n();
		this.lambda = new double[n];
		this.cap = new double[n];
		boolean whole = true;
		for (int i = 0; i < n; i++) {
			whole &= instance.demand()[i] == Math.rint(instance.demand()[i]) && instance.demand()[i] >= 0
					&& instance.capacity()[i] == Math.rint(instance.capacity()[i]);
		}
		this.integral = whole;
		for (int i = 0; i < n; i++) {
			double[] d = lists.dist[i];
			this.cap[i] = d[d.length - 1];
			// a point's share: the distance to a neighbour about a cluster away
			int r = Math.min(d.length - 1, Math.max(1, n / instance.p() / 2));
			this.lambda[i] = Math.min(this.cap[i], d[r]);
		}
	}

	/**
	 * @return the best bound found so far (negative infinity before the first run)
	 */
	double bound() {
		return this.best;
	}

	int iterations() {
		return this.iterations;
	}

	/**
	 * Runs subgradient iterations until the deadline, convergence or the iteration cap.
	 * @param deadline System.nanoTime() to stop at
	 * @param upper the objective of a known feasible plan (or +infinity)
	 * @param minIterations at least this many iterations, whatever the deadline
	 * @param maxIterations at most this many iterations
	 * @param centres called now and then with the p centres the relaxation chose
	 * @return the best bound
	 */
	double run(long deadline, double upper, int minIterations, int maxIterations, Consumer<int[]> centres) {
		int n = this.instance.n();
		int p = this.instance.p();
		double[] value = new double[n];
		double[] g = new double[n];
		double[][] take = new double[n][];
		double mu = 2;
		int sinceBest = 0;
		double target = upper;
		int[] order = new int[n];
		double[] key = new double[n];
		for (int it = 0; it < maxIterations && (it < minIterations || System.nanoTime() < deadline); it++) {
			this.iterations++;
			for (int j = 0; j < n; j++) {
				value[j] = knapsack(j, take);
			}
			// the p centres of smallest value (pinned ones always)
			int forced = 0;
			double l = 0;
			for (int i = 0; i < n; i++) {
				l += this.lambda[i];
			}
			boolean[] chosen = new boolean[n];
			int m = 0;
			for (int j = 0; j < n; j++) {
				if (this.must[j]) {
					chosen[j] = true;
					forced++;
					l += value[j];
				}
				else {
					order[m] = j;
					key[m++] = value[j];
				}
			}
			int free = p - forced;
			if (free > 0) {
				int[] idx = Arrays.copyOf(order, m);
				double[] k = Arrays.copyOf(key, m);
				NeighbourLists.sortBy(k, idx);
				for (int r = 0; r < free && r < m; r++) {
					chosen[idx[r]] = true;
					l += k[r];
				}
			}
			if (Double.isNaN(l) || Double.isInfinite(l)) {
				return this.best;
			}
			if (l > this.best + 1e-9) {
				this.best = l;
				sinceBest = 0;
			}
			else if (++sinceBest >= 25) {
				mu /= 2;
				sinceBest = 0;
				if (mu < 1e-4) {
					break;
				}
			}
			if (centres != null && (it % 10 == 0)) {
				int[] c = new int[p];
				int f = 0;
				for (int j = 0; j < n && f < p; j++) {
					if (chosen[j]) {
						c[f++] = j;
					}
				}
				if (f == p) {
					centres.accept(c);
				}
			}
			// subgradient: 1 - how often each point is served
			Arrays.fill(g, 1);
			for (int j = 0; j < n; j++) {
				if (!chosen[j]) {
					continue;
				}
				int[] rev = this.lists.rev[j];
				double[] t = take[j];
				for (int r = 0; r < rev.length; r++) {
					g[rev[r]] -= t[r];
				}
			}
			double norm = 0;
			for (int i = 0; i < n; i++) {
				norm += g[i] * g[i];
			}
			if (norm < 1e-12) {
				break;
			}
			double gap = (Double.isFinite(target) ? target : Math.abs(l) * 1.05 + 1) - l;
			if (gap <= Math.abs(l) * 1e-7) {
				break;
			}
			double step = mu * gap / norm;
			for (int i = 0; i < n; i++) {
				this.lambda[i] = Math.min(this.cap[i], this.lambda[i] + step * g[i]);
			}
		}
		return this.best;
	}

	/**
	 * Centre j's best fractional knapsack of points at reduced cost d - lambda; j itself
	 * is always in (a centre serves itself).
	 * @return the knapsack's value (+infinity when j cannot hold its own demand)
	 */
	private double knapsack(int j, double[][] take) {
		int[] rev = this.lists.rev[j];
		double[] rd = this.lists.revDist[j];
		double[] t = take[j];
		if (t == null) {
			t = new double[rev.length];
			take[j] = t;
		}
		Arrays.fill(t, 0);
		double[] q = this.instance.demand();
		double room = this.instance.capacity()[j] - q[j];
		if (room < -1e-9) {
			return Double.POSITIVE_INFINITY;
		}
		double v = -this.lambda[j];
		int m = 0;
		double weight = 0;
		int[] idx = new int[rev.length];
		double[] ratio = new double[rev.length];
		for (int r = 0; r < rev.length; r++) {
			int i = rev[r];
			if (i == j) {
				t[r] = 1;
				continue;
			}
			double c = rd[r] - this.lambda[i];
			if (c < 0) {
				if (q[i] <= 0) {
					v += c;
					t[r] = 1;
					continue;
				}
				idx[m] = r;
				ratio[m++] = c / q[i];
				weight += q[i];
			}
		}
		if (weight <= room + 1e-9) {
			for (int s = 0; s < m; s++) {
				int r = idx[s];
				v += rd[r] - this.lambda[rev[r]];
				t[r] = 1;
			}
			return v;
		}
		if (this.integral && (long) m * (long) room <= DP_CELLS) {
			return v + integerKnapsack(j, idx, m, (int) Math.floor(room + 1e-9), t);
		}
		int[] ii = Arrays.copyOf(idx, m);
		double[] kk = Arrays.copyOf(ratio, m);
		NeighbourLists.sortBy(kk, ii);
		for (int s = 0; s < m && room > 1e-12; s++) {
			int r = ii[s];
			int i = rev[r];
			double part = Math.min(1, room / q[i]);
			v += part * (rd[r] - this.lambda[i]);
			t[r] = part;
			room -= part * q[i];
		}
		return v;
	}

	/**
	 * The exact 0/1 knapsack over the m items of centre j with negative reduced cost
	 * (their positions in j's reverse list in idx), by dynamic programming over the
	 * capacity.
	 * @return its (negative) value; t marks the items taken
	 */
	private double integerKnapsack(int j, int[] idx, int m, int room, double[] t) {
		int[] rev = this.lists.rev[j];
		double[] rd = this.lists.revDist[j];
		double[] q = this.instance.demand();
		if (this.dp.length < room + 1) {
			this.dp = new double[room + 1];
		}
		if (this.keep.length < m * (room + 1)) {
			this.keep = new boolean[m * (room + 1)];
		}
		Arrays.fill(this.dp, 0, room + 1, 0);
		for (int s = 0; s < m; s++) {
			int r = idx[s];
			int w = (int) q[rev[r]];
			double c = rd[r] - this.lambda[rev[r]];
			int base = s * (room + 1);
			for (int cap = room; cap >= 0; cap--) {
				boolean take = cap >= w && this.dp[cap - w] + c < this.dp[cap];
				if (take) {
					this.dp[cap] = this.dp[cap - w] + c;
				}
				this.keep[base + cap] = take;
			}
		}
		double value = this.dp[room];
		int cap = room;
		for (int s = m - 1; s >= 0; s--) {
			if (this.keep[s * (room + 1) + cap]) {
				int r = idx[s];
				t[r] = 1;
				cap -= (int) q[rev[r]];
			}
		}
		return value;
	}

}
