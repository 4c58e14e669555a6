package id.praja.bko.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CP-SAT allocation against an exhaustive search of every allocation, on small random
 * cases and on the edges.
 */
class BkoSolverTests {

	@Test
	void matchesExhaustiveSearchOnRandomSmallCases() {
		Random random = new Random(15);
		int cases = 300;
		int withShortfallLeft = 0;
		int withPlatoonsKeptHome = 0;
		for (int c = 0; c < cases; c++) {
			BkoProblem problem = randomProblem(random);
			BkoSolver.Allocation exact = BkoSolver.exhaustive(problem);
			BkoSolver.Allocation solved = BkoSolver.solve(problem, 10);
			assertThat(solved.optimal()).as("case %d proven optimal", c).isTrue();
			assertThat(solved.tpsBelow()).as("case %d: TPS below the pattern", c).isEqualTo(exact.tpsBelow());
			assertThat(solved.travelMinutes()).as("case %d: travel", c).isEqualTo(exact.travelMinutes());
			assertPinsKept(problem, solved);
			withShortfallLeft += (exact.tpsBelow() > 0) ? 1 : 0;
			withPlatoonsKeptHome += Arrays.stream(exact.polresOf()).anyMatch(r -> r < 0) ? 1 : 0;
		}
		// the cases exercise both scarcity and surplus
		assertThat(withShortfallLeft).isBetween(cases / 10, cases - cases / 10);
		assertThat(withPlatoonsKeptHome).isGreaterThan(cases / 10);
	}

	/**
	 * A case of Polda Jatim's size: 39 Polres, 20 reserve units of 3 platoons. Prints the
	 * figures (timing decides nothing); the allocation must leave no more TPS below the
	 * pattern than sending nearest-first would.
	 */
	@Test
	void solvesAPoldaSizedCase() {
		Random random = new Random(39);
		List<BkoProblem.Need> needs = new ArrayList<>();
		for (int r = 0; r < 39; r++) {
			List<BkoProblem.Gap> gaps = new ArrayList<>();
			for (int g = 0; g < 6; g++) {
				gaps.add(new BkoProblem.Gap(1 + random.nextInt(2), 1 + random.nextInt(10), 1 + random.nextInt(40)));
			}
			needs.add(new BkoProblem.Need("P" + r, gaps));
		}
		List<BkoProblem.Platoon> platoons = new ArrayList<>();
		int n = 60;
		int[][] minutes = new int[n][39];
		int[] pins = new int[n];
		for (int i = 0; i < n; i++) {
			platoons.add(new BkoProblem.Platoon("K" + (i / 3), 1 + i % 3, 30 + random.nextInt(11)));
			for (int r = 0; r < 39; r++) {
				minutes[i][r] = 30 + random.nextInt(480);
			}
			pins[i] = BkoProblem.FREE;
		}
		BkoProblem problem = new BkoProblem(needs, platoons, minutes, pins);
		long start = System.nanoTime();
		BkoSolver.Allocation a = BkoSolver.solve(problem, 10);
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(
				"BKO Polda-sized case: 39 Polres, %d platoons, %d TPS below before, %d after, travel %d min,"
						+ " optimal %s, %.2f s%n",
				n, problem.tpsBelow(), a.tpsBelow(), a.travelMinutes(), a.optimal(), seconds);
		assertThat(a.tpsBelow()).isLessThan(problem.tpsBelow());
		assertPinsKept(problem, a);
	}

	@Test
	void sendsNothingWithoutShortfall() {
		BkoProblem problem = new BkoProblem(List.of(new BkoProblem.Need("A", List.of())),
				List.of(new BkoProblem.Platoon("K1", 1, 30), new BkoProblem.Platoon("K1", 2, 30)),
				new int[][] { { 60 }, { 60 } }, new int[] { BkoProblem.FREE, BkoProblem.FREE });
		BkoSolver.Allocation a = BkoSolver.solve(problem, 5);
		assertThat(a.polresOf()).containsExactly(-1, -1);
		assertThat(a.tpsBelow()).isZero();
		assertThat(a.travelMinutes()).isZero();
	}

	@Test
	void leavesEveryShortfallWithoutReserve() {
		BkoProblem problem = new BkoProblem(
				List.of(new BkoProblem.Need("A", List.of(new BkoProblem.Gap(2, 10, 3), new BkoProblem.Gap(1, 1, 4)))),
				List.of(), new int[0][], new int[0]);
		BkoSolver.Allocation a = BkoSolver.solve(problem, 5);
		assertThat(a.tpsBelow()).isEqualTo(34);
		assertThat(a.covered()).containsExactly(0);
		assertThat(a.travelMinutes()).isZero();
	}

	@Test
	void coversEveryShortfallWithTheNearestPlatoonsWhenTheReserveIsLarger() {
		// A lacks 20 officers, B 10; four platoons of 30: one for each, the nearest
		BkoProblem problem = new BkoProblem(
				List.of(new BkoProblem.Need("A", List.of(new BkoProblem.Gap(2, 2, 10))),
						new BkoProblem.Need("B", List.of(new BkoProblem.Gap(1, 1, 10)))),
				List.of(new BkoProblem.Platoon("K1", 1, 30), new BkoProblem.Platoon("K1", 2, 30),
						new BkoProblem.Platoon("K2", 1, 30), new BkoProblem.Platoon("K2", 2, 30)),
				new int[][] { { 100, 300 }, { 100, 300 }, { 400, 90 }, { 400, 90 } },
				new int[] { BkoProblem.FREE, BkoProblem.FREE, BkoProblem.FREE, BkoProblem.FREE });
		BkoSolver.Allocation a = BkoSolver.solve(problem, 5);
		assertThat(a.tpsBelow()).isZero();
		assertThat(a.travelMinutes()).isEqualTo(190);
		assertThat(Arrays.stream(a.polresOf()).filter(r -> r >= 0).count()).isEqualTo(2);
		assertThat(a).usingRecursiveComparison()
			.comparingOnlyFields("tpsBelow", "travelMinutes")
			.isEqualTo(BkoSolver.exhaustive(problem));
	}

	@Test
	void prefersTpsBroughtToThePatternOverTravel() {
		// one platoon: the far Polres has more TPS to bring to the pattern
		BkoProblem problem = new BkoProblem(
				List.of(new BkoProblem.Need("NEAR", List.of(new BkoProblem.Gap(2, 1, 10))),
						new BkoProblem.Need("FAR", List.of(new BkoProblem.Gap(2, 10, 10)))),
				List.of(new BkoProblem.Platoon("K1", 1, 20)), new int[][] { { 10, 600 } },
				new int[] { BkoProblem.FREE });
		BkoSolver.Allocation a = BkoSolver.solve(problem, 5);
		assertThat(a.polresOf()).containsExactly(1);
		assertThat(a.tpsBelow()).isEqualTo(10);
	}

	@Test
	void keepsPinsEvenWhenWorse() {
		BkoProblem problem = new BkoProblem(
				List.of(new BkoProblem.Need("NEAR", List.of(new BkoProblem.Gap(2, 1, 10))),
						new BkoProblem.Need("FAR", List.of(new BkoProblem.Gap(2, 10, 10)))),
				List.of(new BkoProblem.Platoon("K1", 1, 20), new BkoProblem.Platoon("K1", 2, 20)),
				new int[][] { { 10, 600 }, { 10, 600 } }, new int[] { 0, BkoProblem.HOME });
		BkoSolver.Allocation a = BkoSolver.solve(problem, 5);
		assertThat(a.polresOf()).containsExactly(0, -1);
		assertThat(a.tpsBelow()).isEqualTo(100);
		assertThat(a.tpsBelow()).isEqualTo(BkoSolver.exhaustive(problem).tpsBelow());
	}

	@Test
	void neverSendsAPlatoonWhereItCannotGo() {
		BkoProblem problem = new BkoProblem(List.of(new BkoProblem.Need("A", List.of(new BkoProblem.Gap(2, 5, 5)))),
				List.of(new BkoProblem.Platoon("K1", 1, 30)), new int[][] { { -1 } }, new int[] { BkoProblem.FREE });
		BkoSolver.Allocation a = BkoSolver.solve(problem, 5);
		assertThat(a.polresOf()).containsExactly(-1);
		assertThat(a.tpsBelow()).isEqualTo(25);
	}

	@Test
	void bringsWholePostsToThePatternBestFirst() {
		BkoProblem.Need need = new BkoProblem.Need("A",
				List.of(new BkoProblem.Gap(2, 10, 1), new BkoProblem.Gap(1, 6, 1), new BkoProblem.Gap(1, 5, 1)));
		assertThat(BkoSolver.bestCover(need, 0)).isZero();
		assertThat(BkoSolver.bestCover(need, 1)).isEqualTo(6);
		assertThat(BkoSolver.bestCover(need, 2)).isEqualTo(11);
		assertThat(BkoSolver.bestCover(need, 3)).isEqualTo(16);
		assertThat(BkoSolver.bestCover(need, 99)).isEqualTo(21);
	}

	private static void assertPinsKept(BkoProblem problem, BkoSolver.Allocation a) {
		for (int i = 0; i < problem.pins().length; i++) {
			int pin = problem.pins()[i];
			if (pin != BkoProblem.FREE) {
				assertThat(a.polresOf()[i]).isEqualTo(Math.max(-1, pin));
			}
			if (a.polresOf()[i] >= 0) {
				assertThat(problem.minutes()[i][a.polresOf()[i]]).isNotNegative();
			}
		}
	}

	/** 1–3 Polres, 1–6 platoons: at most 4^6 = 4,096 allocations to try. */
	private static BkoProblem randomProblem(Random random) {
		int polres = 1 + random.nextInt(3);
		int platoons = 1 + random.nextInt(polres == 3 ? 5 : 6);
		List<BkoProblem.Need> needs = new ArrayList<>();
		for (int r = 0; r < polres; r++) {
			List<BkoProblem.Gap> gaps = new ArrayList<>();
			int kinds = random.nextInt(4);
			for (int g = 0; g < kinds; g++) {
				gaps.add(new BkoProblem.Gap(1 + random.nextInt(3), 1 + random.nextInt(10), 1 + random.nextInt(12)));
			}
			needs.add(new BkoProblem.Need("P" + r, gaps));
		}
		List<BkoProblem.Platoon> list = new ArrayList<>();
		int[][] minutes = new int[platoons][polres];
		int[] pins = new int[platoons];
		for (int i = 0; i < platoons; i++) {
			list.add(new BkoProblem.Platoon("K" + (i / 3), 1 + i % 3, 5 + random.nextInt(30)));
			for (int r = 0; r < polres; r++) {
				minutes[i][r] = (random.nextInt(8) == 0) ? -1 : 20 + random.nextInt(400);
			}
			pins[i] = BkoProblem.FREE;
			if (random.nextInt(8) == 0) {
				int r = random.nextInt(polres);
				pins[i] = (minutes[i][r] >= 0) ? r : BkoProblem.HOME;
			}
		}
		return new BkoProblem(needs, list, minutes, pins);
	}

}
