package id.praja.deployment.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * The working state of one solve: the best plan so far, fast completion and improvement
 * of plans over nearest-neighbour lists, and the exact re-optimisation (CP-SAT) of the
 * points of a few neighbouring clusters at a time (large-neighbourhood search), choosing
 * neighbourhoods that have not improved recently. Never holds an n x n matrix.
 */
final class Matheuristic {

	private final ClusteringInstance instance;

	private final NeighbourLists lists;

	private final boolean[] must;

	private final Metric metric;

	private final int threads;

	private final SplittableRandom random;

	private final long start;

	/** objective coefficients: distance times scale, rounded. */
	private final double scale;

	private int[] best;

	private double bestObjective = Double.POSITIVE_INFINITY;

	private String method = "none";

	private double firstFeasible = Double.NaN;

	/** the bound CP-SAT proved on a complete model (valid for the whole problem). */
	private double exactBound = Double.NEGATIVE_INFINITY;

	private boolean provenOptimal;

	Matheuristic(ClusteringInstance instance, NeighbourLists lists, boolean[] must, Metric metric, int threads,
			long seed, long start) {
		this.instance = instance;
		this.lists = lists;
		this.must = must;
		this.metric = metric;
		this.threads = threads;
		this.random = new SplittableRandom(seed);
		this.start = start;
		double max = 0;
		for (double[] row : lists.dist) {
			max = Math.max(max, row[row.length - 1]);
		}
		this.scale = (metric == Metric.EUCLID_FLOOR) ? 1 : ((max > 0) ? 100_000 / max : 1);
	}

	int[] best() {
		return this.best;
	}

	double bestObjective() {
		return this.bestObjective;
	}

	String method() {
		return this.method;
	}

	double firstFeasible() {
		return this.firstFeasible;
	}

	double exactBound() {
		return this.exactBound;
	}

	boolean provenOptimal() {
		return this.provenOptimal;
	}

	/** Keeps a if it is a feasible plan that respects the pins and beats the best. */
	boolean offer(int[] a, String how) {
		if (a == null || !this.instance.feasible(a) || !respects(a)) {
			return false;
		}
		double objective = this.instance.objective(a, this.metric);
		if (Double.isNaN(this.firstFeasible)) {
			this.firstFeasible = (System.nanoTime() - this.start) / 1e9;
		}
		if (objective < this.bestObjective - 1e-9) {
			this.best = a.clone();
			this.bestObjective = objective;
			this.method = how;
			return true;
		}
		return false;
	}

	private boolean respects(int[] a) {
		for (int i = 0; i < a.length; i++) {
			if (this.must[i] && a[i] != i) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Completes a set of centres into a plan: points by regret (largest difference
	 * between their two nearest open centres first) to the nearest open centre with room,
	 * then {@link #improve}.
	 * @return the plan, or null when the points do not fit
	 */
	int[] complete(int[] centres) {
		int n = this.instance.n();
		double[] q = this.instance.demand();
		int[] a = new int[n];
		Arrays.fill(a, -1);
		double[] free = new double[n];
		boolean[] open = new boolean[n];
		for (int c : centres) {
			if (open[c]) {
				return null;
			}
			open[c] = true;
			a[c] = c;
			free[c] = this.instance.capacity()[c] - q[c];
			if (free[c] < -1e-9) {
				return null;
			}
		}
		int m = 0;
		int[] order = new int[n];
		double[] key = new double[n];
		for (int i = 0; i < n; i++) {
			if (open[i]) {
				continue;
			}
			double first = -1;
			double second = -1;
			int[] near = this.lists.near[i];
			for (int r = 0; r < near.length && second < 0; r++) {
				if (open[near[r]]) {
					if (first < 0) {
						first = this.lists.dist[i][r];
					}
					else {
						second = this.lists.dist[i][r];
					}
				}
			}
			double regret = (first < 0) ? Double.MAX_VALUE
					: ((second < 0) ? this.lists.dist[i][near.length - 1] - first + 1e6 : second - first);
			order[m] = i;
			key[m++] = -regret;
		}
		int[] idx = Arrays.copyOf(order, m);
		NeighbourLists.sortBy(Arrays.copyOf(key, m), idx);
		for (int i : idx) {
			int[] near = this.lists.near[i];
			for (int r = 0; r < near.length; r++) {
				int c = near[r];
				if (open[c] && free[c] + 1e-9 >= q[i]) {
					a[i] = c;
					break;
				}
			}
			if (a[i] < 0) {
				double bestD = Double.MAX_VALUE;
				for (int c : centres) {
					double dist = this.lists.distance(i, c);
					if (free[c] + 1e-9 >= q[i] && dist < bestD) {
						bestD = dist;
						a[i] = c;
					}
				}
				if (a[i] < 0) {
					return null;
				}
			}
			free[a[i]] -= q[i];
		}
		improve(a);
		return a;
	}

	/**
	 * Moves points to nearer centres with room, swaps points between neighbouring
	 * clusters, and moves each centre to its cluster's best member, while anything
	 * improves.
	 */
	void improve(int[] a) {
		int n = a.length;
		double[] q = this.instance.demand();
		double[] capacity = this.instance.capacity();
		double[] load = new double[n];
		for (int i = 0; i < n; i++) {
			load[a[i]] += q[i];
		}
		boolean improved = true;
		for (int pass = 0; improved && pass < 50; pass++) {
			improved = false;
			for (int i = 0; i < n; i++) {
				if (a[i] == i) {
					continue;
				}
				int ci = a[i];
				double di = this.lists.distance(i, ci);
				int[] near = this.lists.near[i];
				for (int r = 1; r < near.length && this.lists.dist[i][r] < di - 1e-12; r++) {
					int c = near[r];
					if (a[c] != c || c == ci) {
						continue;
					}
					if (load[c] + q[i] <= capacity[c] + 1e-9) {
						load[ci] -= q[i];
						load[c] += q[i];
						a[i] = c;
						improved = true;
						break;
					}
					boolean swapped = false;
					for (int s = 1; s < near.length && s < 40; s++) {
						int j = near[s];
						if (a[j] != c || j == c) {
							continue;
						}
						double gain = di + this.lists.distance(j, c) - this.lists.dist[i][r]
								- this.lists.distance(j, ci);
						if (gain > 1e-9 && load[c] - q[j] + q[i] <= capacity[c] + 1e-9
								&& load[ci] - q[i] + q[j] <= capacity[ci] + 1e-9) {
							a[i] = c;
							a[j] = ci;
							load[c] += q[i] - q[j];
							load[ci] += q[j] - q[i];
							swapped = true;
							break;
						}
					}
					if (swapped) {
						improved = true;
						break;
					}
				}
			}
			improved |= recentre(a, load);
		}
	}

	private boolean recentre(int[] a, double[] load) {
		int n = a.length;
		List<List<Integer>> members = membersOf(a);
		boolean changed = false;
		for (int c = 0; c < n; c++) {
			if (a[c] != c || this.must[c]) {
				continue;
			}
			List<Integer> cluster = members.get(c);
			if (cluster == null) {
				continue;
			}
			double current = 0;
			for (int i : cluster) {
				current += this.lists.distance(i, c);
			}
			int bestCentre = c;
			double bestCost = current;
			for (int m : cluster) {
				if (this.instance.capacity()[m] + 1e-9 < load[c]) {
					continue;
				}
				double cost = 0;
				for (int i : cluster) {
					cost += this.lists.distance(i, m);
					if (cost >= bestCost) {
						break;
					}
				}
				if (cost < bestCost - 1e-9) {
					bestCentre = m;
					bestCost = cost;
				}
			}
			if (bestCentre != c) {
				for (int i : cluster) {
					a[i] = bestCentre;
				}
				members.set(bestCentre, cluster);
				members.set(c, null);
				load[bestCentre] = load[c];
				load[c] = 0;
				changed = true;
			}
		}
		return changed;
	}

	private List<List<Integer>> membersOf(int[] a) {
		int n = a.length;
		List<List<Integer>> members = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			members.add(null);
		}
		for (int i = 0; i < n; i++) {
			if (members.get(a[i]) == null) {
				members.set(a[i], new ArrayList<>());
			}
			members.get(a[i]).add(i);
		}
		return members;
	}

	/**
	 * Farthest-first centres (randomised, pins first), completed into a plan: the
	 * fallback when nothing else gave a plan.
	 */
	int[] spread() {
		int n = this.instance.n();
		int p = this.instance.p();
		int[] centres = new int[p];
		boolean[] isCentre = new boolean[n];
		int f = 0;
		for (int i = 0; i < n && f < p; i++) {
			if (this.must[i]) {
				centres[f++] = i;
				isCentre[i] = true;
			}
		}
		double[] nearest = new double[n];
		Arrays.fill(nearest, Double.MAX_VALUE);
		if (f == 0) {
			centres[f++] = this.random.nextInt(n);
			isCentre[centres[0]] = true;
		}
		for (int c = 0; c < f - 1; c++) {
			for (int i = 0; i < n; i++) {
				nearest[i] = Math.min(nearest[i], this.lists.distance(i, centres[c]));
			}
		}
		for (; f < p; f++) {
			int last = centres[f - 1];
			double total = 0;
			for (int i = 0; i < n; i++) {
				nearest[i] = Math.min(nearest[i], this.lists.distance(i, last));
				if (!isCentre[i] && this.instance.capacity()[i] >= this.instance.demand()[i]) {
					total += nearest[i] * nearest[i];
				}
			}
			int pick = -1;
			double r = this.random.nextDouble() * total;
			for (int i = 0; i < n; i++) {
				if (isCentre[i] || this.instance.capacity()[i] < this.instance.demand()[i]) {
					continue;
				}
				pick = i;
				r -= nearest[i] * nearest[i];
				if (r <= 0) {
					break;
				}
			}
			if (pick < 0) {
				return null;
			}
			centres[f] = pick;
			isCentre[pick] = true;
		}
		return complete(centres);
	}

	/**
	 * Solves the whole instance exactly on its nearest-candidate model (for few centres);
	 * when every point keeps every candidate, CP-SAT's bound is valid for the instance.
	 */
	void exact(long end) {
		int n = this.instance.n();
		int[] points = new int[n];
		for (int i = 0; i < n; i++) {
			points[i] = i;
		}
		double budget = (end - System.nanoTime()) / 1e9;
		if (budget < 0.05) {
			return;
		}
		Sub result = subSolve(points, this.instance.p(), this.best, Integer.MAX_VALUE, budget);
		if (result != null && result.assignment != null) {
			offer(result.assignment, "cp-sat");
		}
		boolean complete = this.lists.near[0].length >= n;
		for (double q : this.instance.demand()) {
			// the model rounds demands: its bound is the instance's only for whole
			// demands
			complete &= q == Math.rint(q);
		}
		if (result != null && complete) {
			// each coefficient was rounded by at most half a unit
			double slack = (this.metric == Metric.EUCLID_FLOOR) ? 0 : n * 0.5 / this.scale;
			this.exactBound = Math.max(this.exactBound, result.bound / this.scale - slack);
			if (result.optimal && this.metric == Metric.EUCLID_FLOOR) {
				this.provenOptimal = true;
			}
		}
	}

	/**
	 * Large-neighbourhood search until the end: frees the points of a few neighbouring
	 * clusters around a centre that has not improved recently and re-clusters them
	 * exactly.
	 */
	void neighbourhoods(long end) {
		if (this.best == null) {
			return;
		}
		int n = this.instance.n();
		int p = this.instance.p();
		if (p < 2) {
			return;
		}
		int[] a = this.best.clone();
		int[] fails = new int[n];
		double target = Math.min(n, Math.max(40, 3.0 * n / p));
		double maxTarget = Math.min(n, 400);
		int[] inCluster = new int[n];
		while (end - System.nanoTime() > 50_000_000L) {
			List<List<Integer>> members = membersOf(a);
			int[] centres = new int[p];
			int f = 0;
			for (int i = 0; i < n; i++) {
				if (a[i] == i) {
					centres[f++] = i;
				}
			}
			// the seed: of a few random centres, the one that failed least often
			int seed = centres[this.random.nextInt(f)];
			for (int t = 0; t < 2; t++) {
				int other = centres[this.random.nextInt(f)];
				if (fails[other] < fails[seed]) {
					seed = other;
				}
			}
			double[] key = new double[f];
			int[] idx = centres.clone();
			for (int c = 0; c < f; c++) {
				key[c] = this.lists.distance(seed, centres[c]);
			}
			NeighbourLists.sortBy(key, idx);
			List<Integer> chosen = new ArrayList<>();
			int count = 0;
			for (int c = 0; c < f && (chosen.size() < 2 || count < target); c++) {
				int size = members.get(idx[c]).size();
				if (chosen.size() >= 2 && count + size > maxTarget) {
					break;
				}
				chosen.add(idx[c]);
				count += size;
			}
			int[] points = new int[count];
			int m = 0;
			for (int c : chosen) {
				for (int i : members.get(c)) {
					points[m++] = i;
				}
			}
			double before = 0;
			for (int i : points) {
				before += this.lists.distance(i, a[i]);
			}
			double budget = Math.min(Math.max(1.0, 0.02 * ((end - this.start) / 1e9)),
					(end - System.nanoTime()) / 1e9 - 0.02);
			if (budget < 0.03) {
				break;
			}
			int candidates = (int) Math.ceil(2.0 * count / chosen.size()) + 8;
			long t0 = System.nanoTime();
			Sub result = subSolve(points, chosen.size(), a, candidates, budget);
			double used = (System.nanoTime() - t0) / 1e9;
			Arrays.fill(inCluster, 0);
			boolean better = false;
			if (result != null && result.assignment != null) {
				double after = 0;
				for (int i : points) {
					after += this.lists.distance(i, result.assignment[i]);
				}
				if (after < before - 1e-9) {
					int[] next = a.clone();
					for (int i : points) {
						next[i] = result.assignment[i];
					}
					if (this.instance.feasible(next)) {
						a = next;
						better = true;
						for (int i : points) {
							fails[a[i]] = 0;
						}
						offer(a, "cp-sat-lns");
					}
				}
			}
			if (!better) {
				for (int c : chosen) {
					fails[c]++;
				}
			}
			if (result != null && result.optimal && used < 0.3 * budget) {
				target = Math.min(maxTarget, target * 1.1);
			}
			else if (result == null || !result.optimal) {
				target = Math.max(20, target * 0.9);
			}
		}
	}

	/** A sub-solve's outcome. */
	private record Sub(int[] assignment, boolean optimal, double bound) {
	}

	/**
	 * Re-clusters the given points exactly into r clusters, each point keeping its
	 * nearest candidates among them (and its centre in the hint).
	 * @param points the points (all clusters they form are among them)
	 * @param r how many centres among them
	 * @param hint the current plan (centre of every point of the instance) or null
	 * @param candidates how many candidate centres each point keeps at most
	 * @param seconds the time limit
	 * @return the outcome, the assignment indexed like the instance (only the given
	 * points set), or null when CP-SAT found nothing
	 */
	private Sub subSolve(int[] points, int r, int[] hint, int candidates, double seconds) {
		ClusteringSolver.loadNatives();
		int n = this.instance.n();
		int m = points.length;
		int[] local = new int[n];
		Arrays.fill(local, -1);
		for (int l = 0; l < m; l++) {
			local[points[l]] = l;
		}
		double[] q = this.instance.demand();
		double[] capacity = this.instance.capacity();
		CpModel model = new CpModel();
		BoolVar[] open = new BoolVar[m];
		List<List<BoolVar>> byCentre = new ArrayList<>(m);
		List<List<Integer>> membersOf = new ArrayList<>(m);
		for (int l = 0; l < m; l++) {
			open[l] = model.newBoolVar("y" + l);
			byCentre.add(new ArrayList<>());
			membersOf.add(new ArrayList<>());
			int j = points[l];
			if (this.must[j]) {
				model.addEquality(open[l], 1);
			}
			if (capacity[j] + 1e-9 < q[j]) {
				model.addEquality(open[l], 0);
			}
		}
		LinearExprBuilder objective = LinearExpr.newBuilder();
		List<BoolVar> hintOn = new ArrayList<>();
		for (int l = 0; l < m; l++) {
			int i = points[l];
			int[] near = this.lists.near[i];
			List<BoolVar> choices = new ArrayList<>();
			boolean hinted = false;
			int kept = 0;
			for (int s = 0; s < near.length && kept < candidates; s++) {
				int j = near[s];
				int lj = local[j];
				if (lj < 0) {
					continue;
				}
				kept++;
				BoolVar x = addChoice(model, open, l, lj, this.lists.dist[i][s], objective);
				choices.add(x);
				byCentre.get(lj).add(x);
				membersOf.get(lj).add(l);
				if (hint != null && hint[i] == j) {
					hinted = true;
					hintOn.add(x);
				}
			}
			if (hint != null && !hinted && local[hint[i]] >= 0) {
				int lj = local[hint[i]];
				BoolVar x = addChoice(model, open, l, lj, this.lists.distance(i, hint[i]), objective);
				choices.add(x);
				byCentre.get(lj).add(x);
				membersOf.get(lj).add(l);
				hintOn.add(x);
			}
			model.addExactlyOne(choices.toArray(new BoolVar[0]));
		}
		model.addEquality(LinearExpr.sum(open), r);
		for (int l = 0; l < m; l++) {
			List<BoolVar> vars = byCentre.get(l);
			List<Integer> mem = membersOf.get(l);
			LinearExprBuilder load = LinearExpr.newBuilder();
			long total = 0;
			for (int v = 0; v < vars.size(); v++) {
				long demand = Math.round(q[points[mem.get(v)]]);
				load.addTerm(vars.get(v), demand);
				total += demand;
			}
			long cap = (long) Math.floor(capacity[points[l]] + 1e-9);
			if (total > cap) {
				load.addTerm(open[l], -cap);
				model.addLessOrEqual(load, 0);
			}
		}
		model.minimize(objective);
		if (hint != null) {
			java.util.Set<BoolVar> on = new java.util.HashSet<>(hintOn);
			for (int l = 0; l < m; l++) {
				for (BoolVar v : byCentre.get(l)) {
					model.addHint(v, on.contains(v) ? 1 : 0);
				}
			}
		}
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setMaxTimeInSeconds(seconds)
			.setNumWorkers(this.threads)
			.setRandomSeed(this.random.nextInt(1 << 20))
			.setLogSearchProgress(false);
		CpSolverStatus status = solver.solve(model);
		if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
			return null;
		}
		int[] assignment = new int[n];
		Arrays.fill(assignment, -1);
		for (int l = 0; l < m; l++) {
			List<BoolVar> vars = byCentre.get(l);
			List<Integer> mem = membersOf.get(l);
			for (int v = 0; v < vars.size(); v++) {
				if (solver.booleanValue(vars.get(v))) {
					assignment[points[mem.get(v)]] = points[l];
				}
			}
		}
		return new Sub(assignment, status == CpSolverStatus.OPTIMAL, solver.bestObjectiveBound());
	}

	private BoolVar addChoice(CpModel model, BoolVar[] open, int l, int lj, double distance,
			LinearExprBuilder objective) {
		if (l == lj) {
			return open[l];
		}
		BoolVar x = model.newBoolVar("x" + l + "_" + lj);
		model.addImplication(x, open[lj]);
		objective.addTerm(x, Math.round(distance * this.scale));
		return x;
	}

}
