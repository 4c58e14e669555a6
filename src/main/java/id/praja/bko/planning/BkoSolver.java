package id.praja.bko.planning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;

/**
 * Allocates the Polda's reserve platoons to the Polres short of their pattern: first as
 * few TPS as possible left below the pattern, then as little travel as possible (the sum
 * of the travel times of the platoons sent, in minutes). A CP-SAT model: one yes/no per
 * platoon and Polres, and per Polres how many posts of each kind of gap are brought to
 * the pattern with the officers it receives. {@link #exhaustive} tries every allocation
 * of a small case, so that tests can check the model against it.
 */
public final class BkoSolver {

	private static volatile boolean nativesLoaded;

	private BkoSolver() {
	}

	/**
	 * An allocation and what it achieves.
	 *
	 * @param polresOf per platoon, the index of the Polres it goes to, or -1 when it
	 * stays at its home base
	 * @param covered per Polres, the TPS brought to the pattern
	 * @param tpsBelow TPS left below the pattern in all
	 * @param travelMinutes the travel of the platoons sent, in minutes
	 * @param optimal true when proven optimal
	 */
	public record Allocation(int[] polresOf, int[] covered, int tpsBelow, long travelMinutes, boolean optimal) {
	}

	/**
	 * Solves with CP-SAT.
	 * @param problem the problem
	 * @param seconds time limit
	 * @return the best allocation found; proven optimal on the small cases the tests
	 * compare with exhaustive search and on the Jember demo, but a random case of Polda
	 * Jatim's size (39 Polres, 60 platoons, scarce reserve) was not proven optimal in 30
	 * s ({@code optimal} false: the best found is kept)
	 */
	public static Allocation solve(BkoProblem problem, double seconds) {
		loadNatives();
		int n = problem.platoons().size();
		int m = problem.needs().size();
		int[][] minutes = problem.minutes();
		long weight = 1;
		for (int[] row : minutes) {
			weight += Math.max(0, Arrays.stream(row).max().orElse(0));
		}
		CpModel model = new CpModel();
		BoolVar[][] x = new BoolVar[n][m];
		LinearExprBuilder objective = LinearExpr.newBuilder();
		List<List<BoolVar>> choicesOf = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			List<BoolVar> choices = new ArrayList<>();
			for (int r = 0; r < m; r++) {
				boolean allowed = minutes[i][r] >= 0
						&& (problem.pins()[i] == BkoProblem.FREE || problem.pins()[i] == r);
				if (!allowed) {
					continue;
				}
				x[i][r] = model.newBoolVar("x" + i + "_" + r);
				choices.add(x[i][r]);
				objective.addTerm(x[i][r], minutes[i][r]);
			}
			if (problem.pins()[i] >= 0) {
				model.addEquality(x[i][problem.pins()[i]], 1);
			}
			if (!choices.isEmpty()) {
				model.addAtMostOne(choices.toArray(new BoolVar[0]));
			}
			choicesOf.add(choices);
		}
		for (int r = 0; r < m; r++) {
			List<BkoProblem.Gap> gaps = problem.needs().get(r).gaps();
			LinearExprBuilder balance = LinearExpr.newBuilder();
			for (int g = 0; g < gaps.size(); g++) {
				BkoProblem.Gap gap = gaps.get(g);
				IntVar y = model.newIntVar(0, gap.posts(), "y" + r + "_" + g);
				balance.addTerm(y, gap.missing());
				// every TPS brought to the pattern saves more than all travel together
				objective.addTerm(y, -weight * gap.tps());
			}
			for (int i = 0; i < n; i++) {
				if (x[i][r] != null) {
					balance.addTerm(x[i][r], -problem.platoons().get(i).officers());
				}
			}
			model.addLessOrEqual(balance, 0);
		}
		model.minimize(objective);
		CpSolver solver = new CpSolver();
		solver.getParameters()
			.setMaxTimeInSeconds(seconds)
			.setNumWorkers(2)
			.setRandomSeed(1)
			.setLogSearchProgress(false);
		CpSolverStatus status = solver.solve(model);
		int[] polresOf = new int[n];
		Arrays.fill(polresOf, -1);
		if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
			for (int i = 0; i < n; i++) {
				for (int r = 0; r < m; r++) {
					if (x[i][r] != null && solver.booleanValue(x[i][r])) {
						polresOf[i] = r;
					}
				}
			}
		}
		else {
			// no answer in time (never seen): the pins alone
			for (int i = 0; i < n; i++) {
				polresOf[i] = Math.max(-1, problem.pins()[i]);
			}
		}
		return evaluate(problem, polresOf, status == CpSolverStatus.OPTIMAL);
	}

	/**
	 * What an allocation achieves: per Polres the most TPS its officers received can
	 * bring to the pattern (posts filled whole, best first), and the travel.
	 * @param problem the problem
	 * @param polresOf per platoon, its Polres index or -1
	 * @param optimal whether to mark it optimal
	 * @return the allocation with its figures
	 */
	public static Allocation evaluate(BkoProblem problem, int[] polresOf, boolean optimal) {
		int m = problem.needs().size();
		int[] officers = new int[m];
		long travel = 0;
		for (int i = 0; i < polresOf.length; i++) {
			if (polresOf[i] >= 0) {
				officers[polresOf[i]] += problem.platoons().get(i).officers();
				travel += problem.minutes()[i][polresOf[i]];
			}
		}
		int[] covered = new int[m];
		int below = 0;
		for (int r = 0; r < m; r++) {
			covered[r] = bestCover(problem.needs().get(r), officers[r]);
			below += problem.needs().get(r).tpsBelow() - covered[r];
		}
		return new Allocation(polresOf.clone(), covered, below, travel, optimal);
	}

	/**
	 * The most TPS a Polres brings to the pattern with some officers: a bounded knapsack
	 * over its posts below the pattern (each post filled whole or not at all).
	 * @param need the Polres' gaps
	 * @param officers officers received
	 * @return TPS brought to the pattern
	 */
	public static int bestCover(BkoProblem.Need need, int officers) {
		int capacity = Math.min(officers, need.officersMissing());
		int[] best = new int[capacity + 1];
		for (BkoProblem.Gap gap : need.gaps()) {
			for (int k = 0; k < gap.posts(); k++) {
				for (int c = capacity; c >= gap.missing(); c--) {
					best[c] = Math.max(best[c], best[c - gap.missing()] + gap.tps());
				}
			}
		}
		return best[capacity];
	}

	/**
	 * Tries every allocation (each platoon to each Polres it can reach, or home; pins
	 * kept): for small cases only, to check {@link #solve}.
	 * @param problem the problem
	 * @return an allocation with the least TPS below the pattern, then the least travel
	 */
	public static Allocation exhaustive(BkoProblem problem) {
		int n = problem.platoons().size();
		int[] current = new int[n];
		Allocation[] best = { null };
		search(problem, 0, current, best);
		return new Allocation(best[0].polresOf(), best[0].covered(), best[0].tpsBelow(), best[0].travelMinutes(), true);
	}

	private static void search(BkoProblem problem, int i, int[] current, Allocation[] best) {
		if (i == current.length) {
			Allocation a = evaluate(problem, current, true);
			if (best[0] == null || a.tpsBelow() < best[0].tpsBelow()
					|| (a.tpsBelow() == best[0].tpsBelow() && a.travelMinutes() < best[0].travelMinutes())) {
				best[0] = a;
			}
			return;
		}
		int pin = problem.pins()[i];
		for (int r = -1; r < problem.needs().size(); r++) {
			boolean allowed = (r == -1) ? (pin == BkoProblem.FREE || pin == BkoProblem.HOME)
					: (problem.minutes()[i][r] >= 0 && (pin == BkoProblem.FREE || pin == r));
			if (allowed) {
				current[i] = r;
				search(problem, i + 1, current, best);
			}
		}
	}

	private static void loadNatives() {
		if (!nativesLoaded) {
			synchronized (BkoSolver.class) {
				if (!nativesLoaded) {
					Loader.loadNativeLibraries();
					nativesLoaded = true;
				}
			}
		}
	}

}
