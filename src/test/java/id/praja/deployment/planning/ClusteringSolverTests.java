package id.praja.deployment.planning;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clustering engine against optima: computed by exhaustive search on small instances,
 * and the proven optimum of a public instance.
 */
class ClusteringSolverTests {

	@Test
	void findsTheExactOptimumOfSmallInstances() {
		SplittableRandom random = new SplittableRandom(42);
		for (int round = 0; round < 5; round++) {
			int n = 9;
			double[] x = new double[n];
			double[] y = new double[n];
			double[] cap = new double[n];
			double[] q = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = random.nextInt(100);
				y[i] = random.nextInt(100);
				cap[i] = 4;
				q[i] = 1;
			}
			ClusteringInstance instance = new ClusteringInstance(x, y, cap, q, 3);
			double optimum = bruteForce(instance, Metric.EUCLID);
			ClusteringSolution solution = new ClusteringSolver(Metric.EUCLID, 2, 1).solve(instance, 5);
			assertThat(solution.feasible()).isTrue();
			assertThat(solution.objective()).as("round %d", round)
				.isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-6));
		}
	}

	@Test
	void pinnedCentresStayCentresAndTheRestIsOptimalAroundThem() {
		SplittableRandom random = new SplittableRandom(7);
		for (int round = 0; round < 4; round++) {
			int n = 9;
			double[] x = new double[n];
			double[] y = new double[n];
			double[] cap = new double[n];
			double[] q = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = random.nextInt(100);
				y[i] = random.nextInt(100);
				cap[i] = 4;
				q[i] = 1;
			}
			ClusteringInstance instance = new ClusteringInstance(x, y, cap, q, 3);
			ClusteringSolution free = new ClusteringSolver(Metric.EUCLID, 2, 1).solve(instance, 3);
			// pin a point that the free optimum does not use as a centre
			int pin = 0;
			while (free.centreOf()[pin] == pin) {
				pin++;
			}
			boolean[] pinned = new boolean[n];
			pinned[pin] = true;
			double optimum = bruteForce(instance, Metric.EUCLID, 1 << pin);
			ClusteringSolution solution = new ClusteringSolver(Metric.EUCLID, 2, 1).solve(instance, 3, free.centreOf(),
					pinned);
			assertThat(solution.centreOf()[pin]).as("round %d", round).isEqualTo(pin);
			assertThat(instance.feasible(solution.centreOf())).isTrue();
			assertThat(solution.objective()).as("round %d", round)
				.isCloseTo(optimum, org.assertj.core.data.Offset.offset(1e-6))
				.isGreaterThanOrEqualTo(free.objective() - 1e-6);
		}
	}

	@Test
	void whenTheMinimumNumberOfGroupsCannotPackThePointsOneMoreIsOpened() {
		// three points of weight 6 and capacity 10: total 18 suggests 2 groups, 3 are
		// needed
		ClusteringInstance instance = new ClusteringInstance(new double[] { 0, 1, 2 }, new double[] { 0, 0, 0 },
				new double[] { 10, 10, 10 }, new double[] { 6, 6, 6 }, 2);
		ClusteringSolver solver = new ClusteringSolver(Metric.EUCLID, 1, 1);
		assertThat(solver.solve(instance, 0.5).feasible()).isFalse();
		ClusteringSolution solution = solver.solveFeasible(instance, 0.5, null, null);
		assertThat(solution.feasible()).isTrue();
		assertThat(ClusteringSolver.centres(solution.centreOf())).isEqualTo(3);
		assertThat(solution.objective()).isZero();
	}

	@Test
	void startingFromASolutionNeverEndsWorse() throws Exception {
		ClusteringInstance instance = ClusteringInstance.readCpmp(Path.of("bench/cpmp/SJC2.dat"));
		ClusteringSolution first = new ClusteringSolver(Metric.EUCLID, 1, 3).solve(instance, 1);
		ClusteringSolution again = new ClusteringSolver(Metric.EUCLID, 1, 4).solve(instance, 0.5, first.centreOf(),
				null);
		assertThat(again.feasible()).isTrue();
		assertThat(again.objective()).isLessThanOrEqualTo(first.objective() + 1e-6);
	}

	@Test
	void reachesTheProvenOptimumOfCpmp01() throws Exception {
		ClusteringInstance instance = ClusteringInstance.readCpmp(Path.of("bench/cpmp/cpmp01.txt"));
		ClusteringSolution solution = new ClusteringSolver(Metric.EUCLID_FLOOR, 2, 1).solve(instance, 8);
		assertThat(solution.feasible()).isTrue();
		assertThat(instance.feasible(solution.centreOf())).isTrue();
		assertThat(solution.objective()).isEqualTo(713);
	}

	@Test
	void localSearchAloneGivesAFeasibleFirstSolutionFast() throws Exception {
		ClusteringInstance instance = ClusteringInstance.readCpmp(Path.of("bench/cpmp/SJC2.dat"));
		int n = instance.n();
		double[][] d = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				d[i][j] = Metric.EUCLID.distance(instance.x()[i], instance.y()[i], instance.x()[j], instance.y()[j]);
			}
		}
		int[] a = new ClusteringSolver.LocalSearch(instance, d, 7).run(0.5);
		assertThat(a).isNotNull();
		assertThat(instance.feasible(a)).isTrue();
		// within 15 % of the proven optimum 33,270.94 in half a second
		assertThat(instance.objective(a, Metric.EUCLID)).isLessThan(33_270.94 * 1.15);
	}

	@Test
	void manyCentresAreImprovedByNeighbourhoodSearchAndStayFeasible() throws Exception {
		ClusteringInstance instance = ClusteringInstance.readCpmp(Path.of("bench/cpmp/lin318_100.txt"));
		assertThat(instance.p()).isGreaterThanOrEqualTo(ClusteringSolver.LNS_FROM_CENTRES);
		int n = instance.n();
		double[][] d = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				d[i][j] = Metric.EUCLID.distance(instance.x()[i], instance.y()[i], instance.x()[j], instance.y()[j]);
			}
		}
		int[] local = new ClusteringSolver.LocalSearch(instance, d, 1).run(1.5);
		ClusteringSolution solution = new ClusteringSolver(Metric.EUCLID, 2, 1).solve(instance, 8);
		assertThat(solution.feasible()).isTrue();
		assertThat(instance.feasible(solution.centreOf())).isTrue();
		assertThat(solution.objective()).isLessThan(instance.objective(local, Metric.EUCLID));
		assertThat(solution.method()).startsWith("cp-sat");
	}

	/**
	 * Every choice of p centres, each with the best single-sourced assignment by search.
	 */
	static double bruteForce(ClusteringInstance instance, Metric metric) {
		return bruteForce(instance, metric, 0);
	}

	/** The optimum among solutions whose centres include every point of pinnedMask. */
	static double bruteForce(ClusteringInstance instance, Metric metric, int pinnedMask) {
		int n = instance.n();
		double best = Double.MAX_VALUE;
		for (int mask = 0; mask < (1 << n); mask++) {
			if (Integer.bitCount(mask) != instance.p() || (mask & pinnedMask) != pinnedMask) {
				continue;
			}
			int[] a = new int[n];
			double[] load = new double[n];
			for (int c = 0; c < n; c++) {
				if ((mask & (1 << c)) != 0) {
					a[c] = c;
					load[c] = instance.demand()[c];
				}
			}
			best = Math.min(best, assign(instance, metric, mask, a, load, 0, 0, best));
		}
		return best;
	}

	private static double assign(ClusteringInstance instance, Metric metric, int mask, int[] a, double[] load, int i,
			double cost, double bound) {
		int n = instance.n();
		if (cost >= bound) {
			return bound;
		}
		if (i == n) {
			return cost;
		}
		if ((mask & (1 << i)) != 0) {
			return assign(instance, metric, mask, a, load, i + 1, cost, bound);
		}
		double best = bound;
		for (int c = 0; c < n; c++) {
			if ((mask & (1 << c)) == 0 || load[c] + instance.demand()[i] > instance.capacity()[c]) {
				continue;
			}
			load[c] += instance.demand()[i];
			a[i] = c;
			double d = metric.distance(instance.x()[i], instance.y()[i], instance.x()[c], instance.y()[c]);
			best = Math.min(best, assign(instance, metric, mask, a, load, i + 1, cost + d, best));
			load[c] -= instance.demand()[i];
		}
		return best;
	}

}
