package id.praja.deployment.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import com.google.ortools.Loader;

/**
 * Solves capacitated p-median clustering within a wall-time limit: each point keeps only
 * its nearest candidate centres ({@link NeighbourLists}, no n x n matrix at large n);
 * first plans come from a capacity-aware local search (small instances), the warm start
 * and the centres a Lagrangian relaxation chooses ({@link LagrangianBound}, which also
 * proves a lower bound); then OR-Tools CP-SAT re-clusters the points of a few
 * neighbouring clusters at a time, exactly, until the time is up ({@link Matheuristic}).
 * The best plan and the bound are returned.
 */
public final class ClusteringSolver {

	private static volatile boolean nativesLoaded;

	private final Metric metric;

	private final int threads;

	private final long seed;

	public ClusteringSolver(Metric metric, int threads, long seed) {
		this.metric = metric;
		this.threads = Math.max(1, threads);
		this.seed = seed;
	}

	/**
	 * @param instance the instance
	 * @param seconds the time limit
	 * @return the best solution found
	 */
	public ClusteringSolution solve(ClusteringInstance instance, double seconds) {
		return solve(instance, seconds, null, null);
	}

	/**
	 * @param instance the instance
	 * @param seconds the time limit
	 * @param initial a solution to start from and improve (centre of every point), or
	 * null
	 * @param pinned points that must be centres (pinned by the planner), or null
	 * @return the best solution found; never worse than a feasible {@code initial} that
	 * respects the pins
	 */
	public ClusteringSolution solve(ClusteringInstance instance, double seconds, int[] initial, boolean[] pinned) {
		long start = System.nanoTime();
		int n = instance.n();
		int p = instance.p();
		boolean[] must = (pinned != null) ? pinned : new boolean[n];
		// the solve ends a little before the limit, so that the caller can write the plan
		long end = start + (long) (Math.max(0.01, seconds - Math.min(0.6, 0.05 * seconds)) * 1e9);
		int k = Math.min(n, Math.min(MAX_NEIGHBOURS, Math.max(40, (int) Math.ceil(3.0 * n / p) + 10)));
		if (n <= EXACT_UP_TO_POINTS) {
			k = n;
		}
		NeighbourLists lists = NeighbourLists.of(instance, this.metric, k);
		Matheuristic search = new Matheuristic(instance, lists, must, this.metric, this.threads, this.seed, start);
		// 1. first plans: the local search of old (small instances), the warm start
		double[][] d = null;
		if (n <= LOCAL_SEARCH_UP_TO_POINTS) {
			d = new double[n][n];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					d[i][j] = lists.distance(i, j);
				}
			}
			search.offer(new LocalSearch(instance, d, this.seed, must).run(Math.min(2, seconds * 0.1)), "local-search");
		}
		if (initial != null && initial.length == n && instance.feasible(initial) && respects(initial, must)) {
			search.offer(initial, "warm-start");
			int[] improved = initial.clone();
			if (d != null) {
				new LocalSearch(instance, d, this.seed, must).improve(improved);
			}
			else {
				search.improve(improved);
			}
			search.offer(improved, "local-search");
		}
		d = null;
		// 2. the Lagrangian bound; the centres it chooses become plans too
		LagrangianBound lagrangian = new LagrangianBound(instance, lists, must);
		long lagrangianEnd = start + (long) (Math.max(0.02, seconds * 0.12) * 1e9);
		// a quick first plan (under a second of budget) gets a lighter bound
		int minIterations = (n > 1000) ? 1 : (seconds >= 1) ? 150 : 30;
		lagrangian.run(Math.min(end, lagrangianEnd), search.bestObjective(), minIterations, 5000,
				centres -> search.offer(search.complete(centres), "lagrangian"));
		if (search.best() == null) {
			for (int attempt = 0; attempt < 20 && search.best() == null && System.nanoTime() < end; attempt++) {
				search.offer(search.spread(), "local-search");
			}
		}
		// 3. few centres of a small instance: the whole exact model first
		if (search.best() != null && p <= 20 && n <= 600) {
			search.exact(System.nanoTime() + (long) ((end - System.nanoTime()) * 0.4));
		}
		// 4. neighbourhood search until the end
		if (!search.provenOptimal()) {
			search.neighbourhoods(end);
		}
		double bound = Math.max(lagrangian.bound(), search.exactBound());
		if (this.metric == Metric.EUCLID_FLOOR && Double.isFinite(bound)) {
			bound = Math.ceil(bound - 1e-6);
		}
		if (!Double.isFinite(bound)) {
			bound = Double.NaN;
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (search.best() == null) {
			// nothing fits: the local search's best infeasible attempt is of no use
			// either
			int[] none = new int[n];
			return new ClusteringSolution(none, Double.NaN, false, false, elapsed, "none", bound, Double.NaN);
		}
		double objective = search.bestObjective();
		boolean optimal = search.provenOptimal() || (!Double.isNaN(bound) && objective <= bound + 1e-6);
		if (optimal && !Double.isNaN(bound)) {
			bound = Math.min(bound, objective);
		}
		return new ClusteringSolution(search.best(), objective, true, optimal, elapsed, search.method(), bound,
				search.firstFeasible());
	}

	/** Every point keeps this many nearest candidates at most. */
	static final int MAX_NEIGHBOURS = 300;

	/** Up to this many points, every point keeps every candidate. */
	static final int EXACT_UP_TO_POINTS = 200;

	/**
	 * Up to this many points, the first plans come from the matrix-based local search.
	 */
	static final int LOCAL_SEARCH_UP_TO_POINTS = 800;

	/**
	 * Like {@link #solve(ClusteringInstance, double, int[], boolean[])}, but when no
	 * feasible grouping is found with p centres (the packing of heavy points can need
	 * more groups than total demand / capacity), tries again with more time and then with
	 * one more centre at a time: a plan with an extra group beats no plan.
	 * @return a feasible solution (its number of centres may exceed the instance's p), or
	 * the last infeasible attempt when even n centres fail
	 */
	public ClusteringSolution solveFeasible(ClusteringInstance instance, double seconds, int[] initial,
			boolean[] pinned) {
		ClusteringSolution solution = solve(instance, seconds, initial, pinned);
		if (solution.feasible()) {
			return solution;
		}
		double budget = Math.max(seconds, 0.5);
		solution = solve(instance, budget, null, pinned);
		ClusteringInstance current = instance;
		// first-fit decreasing packs the demands into this many groups: jump there
		int packed = Math.min(instance.n(), firstFitDecreasingBins(instance));
		while (!solution.feasible() && current.p() < current.n()) {
			int next = Math.max(current.p() + 1, packed);
			packed = 0;
			current = new ClusteringInstance(current.x(), current.y(), current.capacity(), current.demand(),
					Math.min(next, current.n()));
			solution = solve(current, budget, null, pinned);
		}
		return solution;
	}

	/**
	 * @return how many groups first-fit decreasing needs for the demands, with the
	 * smallest capacity as every group's capacity
	 */
	static int firstFitDecreasingBins(ClusteringInstance instance) {
		double capacity = Arrays.stream(instance.capacity()).min().orElse(0);
		double[] demands = instance.demand().clone();
		Arrays.sort(demands);
		List<Double> free = new ArrayList<>();
		for (int i = demands.length - 1; i >= 0; i--) {
			double q = demands[i];
			boolean placed = false;
			for (int b = 0; b < free.size(); b++) {
				if (free.get(b) + 1e-9 >= q) {
					free.set(b, free.get(b) - q);
					placed = true;
					break;
				}
			}
			if (!placed) {
				free.add(capacity - q);
			}
		}
		return free.size();
	}

	/**
	 * @param centreOf a solution
	 * @return how many centres it uses
	 */
	public static int centres(int[] centreOf) {
		int count = 0;
		for (int i = 0; i < centreOf.length; i++) {
			if (centreOf[i] == i) {
				count++;
			}
		}
		return count;
	}

	/**
	 * From this many centres on, neighbourhood search does the work (the exact model of
	 * the whole instance is only tried for few centres).
	 */
	static final int LNS_FROM_CENTRES = 21;

	/**
	 * @return true when every pinned point is a centre
	 */
	private static boolean respects(int[] centreOf, boolean[] must) {
		for (int i = 0; i < must.length; i++) {
			if (must[i] && centreOf[i] != i) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A naive baseline: centres spread far apart (farthest-first from point 0), each
	 * point in turn to the nearest centre that still has room (the least loaded when none
	 * has). No improvement.
	 * @param instance the instance
	 * @param metric the metric
	 * @return the centre of every point
	 */
	public static int[] greedy(ClusteringInstance instance, Metric metric) {
		int n = instance.n();
		int[] centres = new int[instance.p()];
		double[] nearest = new double[n];
		Arrays.fill(nearest, Double.MAX_VALUE);
		for (int c = 1; c < centres.length; c++) {
			int last = centres[c - 1];
			int pick = 0;
			for (int i = 0; i < n; i++) {
				nearest[i] = Math.min(nearest[i],
						metric.distance(instance.x()[i], instance.y()[i], instance.x()[last], instance.y()[last]));
				if (nearest[i] > nearest[pick]) {
					pick = i;
				}
			}
			centres[c] = pick;
		}
		int[] a = new int[n];
		Arrays.fill(a, -1);
		double[] load = new double[n];
		for (int c : centres) {
			a[c] = c;
			load[c] = instance.demand()[c];
		}
		for (int i = 0; i < n; i++) {
			if (a[i] >= 0) {
				continue;
			}
			int best = -1;
			int leastLoaded = centres[0];
			for (int c : centres) {
				double dist = metric.distance(instance.x()[i], instance.y()[i], instance.x()[c], instance.y()[c]);
				boolean fits = load[c] + instance.demand()[i] <= instance.capacity()[c] + 1e-9;
				if (fits && (best < 0 || dist < metric.distance(instance.x()[i], instance.y()[i], instance.x()[best],
						instance.y()[best]))) {
					best = c;
				}
				if (load[c] < load[leastLoaded]) {
					leastLoaded = c;
				}
			}
			a[i] = (best >= 0) ? best : leastLoaded;
			load[a[i]] += instance.demand()[i];
		}
		return a;
	}

	static void loadNatives() {
		if (!nativesLoaded) {
			synchronized (ClusteringSolver.class) {
				if (!nativesLoaded) {
					Loader.loadNativeLibraries();
					nativesLoaded = true;
				}
			}
		}
	}

	/**
	 * Capacity-aware local search: centres seeded far apart, points assigned by regret,
	 * then relocations, swaps and re-centring while anything improves; random restarts
	 * until the time is up.
	 */
	static final class LocalSearch {

		private final ClusteringInstance instance;

		private final double[][] d;

		private final SplittableRandom random;

		private final boolean[] must;

		LocalSearch(ClusteringInstance instance, double[][] d, long seed) {
			this(instance, d, seed, new boolean[instance.n()]);
		}

		LocalSearch(ClusteringInstance instance, double[][] d, long seed, boolean[] must) {
			this.instance = instance;
			this.d = d;
			this.random = new SplittableRandom(seed);
			this.must = must;
		}

		int[] run(double seconds) {
			long deadline = System.nanoTime() + (long) (seconds * 1e9);
			int[] best = null;
			double bestObjective = Double.MAX_VALUE;
			int attempt = 0;
			do {
				int[] centres = seed(attempt++ == 0);
				int[] assignment = assign(centres);
				if (assignment == null) {
					continue;
				}
				improve(assignment);
				double objective = objective(assignment);
				if (this.instance.feasible(assignment) && objective < bestObjective) {
					best = assignment;
					bestObjective = objective;
				}
			}
			while (System.nanoTime() < deadline && attempt < 10_000);
			return best;
		}

		private double objective(int[] a) {
			double s = 0;
			for (int i = 0; i < a.length; i++) {
				s += this.d[i][a[i]];
			}
			return s;
		}

		/** p centres far apart (the first deterministic, later ones randomised). */
		private int[] seed(boolean deterministic) {
			int n = this.instance.n();
			int p = this.instance.p();
			int[] centres = new int[p];
			int fixed = 0;
			for (int i = 0; i < n && fixed < p; i++) {
				if (this.must[i]) {
					centres[fixed++] = i;
				}
			}
			if (fixed == 0) {
				centres[fixed++] = deterministic ? 0 : this.random.nextInt(n);
			}
			double[] nearest = new double[n];
			Arrays.fill(nearest, Double.MAX_VALUE);
			for (int f = 0; f < fixed - 1; f++) {
				for (int i = 0; i < n; i++) {
					nearest[i] = Math.min(nearest[i], this.d[i][centres[f]]);
				}
			}
			for (int c = fixed; c < p; c++) {
				int last = centres[c - 1];
				double total = 0;
				for (int i = 0; i < n; i++) {
					nearest[i] = Math.min(nearest[i], this.d[i][last]);
					total += nearest[i] * nearest[i];
				}
				int pick = 0;
				if (deterministic || total == 0) {
					for (int i = 1; i < n; i++) {
						if (nearest[i] > nearest[pick]) {
							pick = i;
						}
					}
				}
				else {
					double r = this.random.nextDouble() * total;
					for (int i = 0; i < n; i++) {
						r -= nearest[i] * nearest[i];
						if (r <= 0) {
							pick = i;
							break;
						}
					}
				}
				centres[c] = pick;
			}
			return centres;
		}

		/**
		 * Assigns points to open centres by regret (the costliest second choice first).
		 */
		private int[] assign(int[] centres) {
			int n = this.instance.n();
			int[] a = new int[n];
			Arrays.fill(a, -1);
			double[] free = new double[n];
			boolean[] isCentre = new boolean[n];
			for (int c : centres) {
				if (isCentre[c]) {
					return null;
				}
				isCentre[c] = true;
				free[c] = this.instance.capacity()[c] - this.instance.demand()[c];
				a[c] = c;
				if (free[c] < 0) {
					return null;
				}
			}
			List<Integer> points = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				if (!isCentre[i]) {
					points.add(i);
				}
			}
			while (!points.isEmpty()) {
				int pick = -1;
				int pickCentre = -1;
				double pickRegret = -1;
				for (int i : points) {
					double first = Double.MAX_VALUE;
					double second = Double.MAX_VALUE;
					int firstCentre = -1;
					for (int c : centres) {
						if (free[c] + 1e-9 < this.instance.demand()[i]) {
							continue;
						}
						double dist = this.d[i][c];
						if (dist < first) {
							second = first;
							first = dist;
							firstCentre = c;
						}
						else if (dist < second) {
							second = dist;
						}
					}
					if (firstCentre < 0) {
						return null;
					}
					double regret = (second == Double.MAX_VALUE) ? Double.MAX_VALUE : second - first;
					if (regret > pickRegret) {
						pickRegret = regret;
						pick = i;
						pickCentre = firstCentre;
					}
				}
				a[pick] = pickCentre;
				free[pickCentre] -= this.instance.demand()[pick];
				points.remove(Integer.valueOf(pick));
			}
			return a;
		}

		/** Relocate, swap and re-centre while the objective improves. */
		void improve(int[] a) {
			int n = a.length;
			double[] load = new double[n];
			for (int i = 0; i < n; i++) {
				load[a[i]] += this.instance.demand()[i];
			}
			boolean improved = true;
			while (improved) {
				improved = false;
				for (int i = 0; i < n; i++) {
					if (a[i] == i) {
						continue;
					}
					double q = this.instance.demand()[i];
					for (int c = 0; c < n; c++) {
						if (a[c] != c || c == a[i] || this.d[i][c] >= this.d[i][a[i]]) {
							continue;
						}
						if (load[c] + q <= this.instance.capacity()[c] + 1e-9) {
							load[a[i]] -= q;
							load[c] += q;
							a[i] = c;
							improved = true;
						}
						else {
							// swap with a member of c that fits into i's centre
							for (int j = 0; j < n; j++) {
								if (a[j] != c || j == c) {
									continue;
								}
								int ci = a[i];
								double qj = this.instance.demand()[j];
								double gain = this.d[i][ci] + this.d[j][c] - this.d[i][c] - this.d[j][ci];
								if (gain > 1e-9 && load[c] - qj + q <= this.instance.capacity()[c] + 1e-9
										&& load[ci] - q + qj <= this.instance.capacity()[ci] + 1e-9) {
									a[i] = c;
									a[j] = ci;
									load[c] += q - qj;
									load[ci] += qj - q;
									improved = true;
									break;
								}
							}
						}
					}
				}
				improved |= recentre(a, load);
			}
		}

		private boolean recentre(int[] a, double[] load) {
			int n = a.length;
			boolean changed = false;
			for (int c = 0; c < n; c++) {
				if (a[c] != c || this.must[c]) {
					continue;
				}
				List<Integer> members = new ArrayList<>();
				double current = 0;
				for (int i = 0; i < n; i++) {
					if (a[i] == c) {
						members.add(i);
						current += this.d[i][c];
					}
				}
				int best = c;
				double bestCost = current;
				for (int m : members) {
					if (this.instance.capacity()[m] + 1e-9 < load[c]) {
						continue;
					}
					double cost = 0;
					for (int i : members) {
						cost += this.d[i][m];
					}
					if (cost < bestCost - 1e-9) {
						best = m;
						bestCost = cost;
					}
				}
				if (best != c) {
					for (int i : members) {
						a[i] = best;
					}
					load[best] = load[c];
					load[c] = 0;
					changed = true;
				}
			}
			return changed;
		}

	}

}
