package id.praja.deployment.planning;

import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lower bound every plan reports must never exceed the optimum: checked against
 * optima found by exhaustive search on small random instances (also with short candidate
 * lists, pins and uneven demands), and against the published optima of public instances.
 */
class ClusteringBoundTests {

	private static final double EPS = 1e-6;

	@Test
	void theBoundNeverExceedsTheExhaustiveOptimum() {
		SplittableRandom random = new SplittableRandom(2026);
		int checked = 0;
		for (int round = 0; round < 40; round++) {
			int n = 6 + random.nextInt(5);
			int p = 2 + random.nextInt(3);
			double[] x = new double[n];
			double[] y = new double[n];
			double[] cap = new double[n];
			double[] q = new double[n];
			for (int i = 0; i < n; i++) {
				x[i] = random.nextInt(100);
				y[i] = random.nextInt(100);
				q[i] = 1 + random.nextInt(5);
				cap[i] = 6 + random.nextInt(10);
			}
			ClusteringInstance instance = new ClusteringInstance(x, y, cap, q, p);
			Metric metric = (round % 2 == 0) ? Metric.EUCLID : Metric.EUCLID_FLOOR;
			int pinnedMask = (round % 3 == 0) ? 1 : 0;
			double optimum = ClusteringSolverTests.bruteForce(instance, metric, pinnedMask);
			if (optimum == Double.MAX_VALUE) {
				continue;
			}
			boolean[] pinned = new boolean[n];
			pinned[0] = pinnedMask == 1;
			// the relaxation alone, with candidate lists much shorter than n
			for (int k : new int[] { 2, 3, n }) {
				LagrangianBound lagrangian = new LagrangianBound(instance, NeighbourLists.of(instance, metric, k),
						pinned);
				double bound = lagrangian.run(Long.MAX_VALUE, optimum, 300, 300, null);
				assertThat(bound).as("round %d, k %d", round, k).isLessThanOrEqualTo(optimum + EPS);
			}
			// and the solver's reported bound, which must also sit below its own plan
			ClusteringSolution solution = new ClusteringSolver(metric, 1, round).solve(instance, 0.5, null, pinned);
			assertThat(solution.feasible()).isTrue();
			assertThat(solution.bound()).as("round %d", round).isLessThanOrEqualTo(optimum + EPS);
			assertThat(solution.bound()).isLessThanOrEqualTo(solution.objective() + EPS);
			assertThat(solution.gapToBound()).isGreaterThanOrEqualTo(0);
			checked++;
		}
		assertThat(checked).isGreaterThan(20);
	}

	@Test
	void theBoundStaysBelowThePublishedOptima() throws Exception {
		record Known(String file, Metric metric, double optimum) {
		}
		for (Known known : new Known[] { new Known("cpmp01.txt", Metric.EUCLID_FLOOR, 713),
				new Known("cpmp15.txt", Metric.EUCLID_FLOOR, 1091), new Known("SJC1.dat", Metric.EUCLID, 17288.99),
				new Known("SJC2.dat", Metric.EUCLID, 33270.94), new Known("lin318_015.txt", Metric.EUCLID, 88901.56),
				new Known("lin318_100.txt", Metric.EUCLID, 22942.69) }) {
			ClusteringInstance instance = ClusteringInstance.readCpmp(Path.of("bench/cpmp", known.file()));
			ClusteringSolution solution = new ClusteringSolver(known.metric(), 2, 1).solve(instance, 1.5);
			assertThat(solution.feasible()).isTrue();
			assertThat(solution.bound()).as(known.file()).isLessThanOrEqualTo(known.optimum() + 0.01);
			// and it says something: within 10 % of the optimum
			assertThat(solution.bound()).as(known.file()).isGreaterThan(known.optimum() * 0.9);
		}
	}

}
