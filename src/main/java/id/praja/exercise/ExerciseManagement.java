package id.praja.exercise;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.DeploymentPlan;
import id.praja.exercise.internal.Scenarios;
import id.praja.exercise.simulation.Scenario;
import id.praja.exercise.internal.ExerciseRepository;
import id.praja.exercise.simulation.Simulator;
import id.praja.shared.CurrentUser;
import id.praja.shared.HeavyWork;

/**
 * Rehearsal of voting day against a plan: the plan in force or a chosen version, played
 * by the simulation (see {@code simulation}) on the same incidents for two variants, the
 * key figures kept as exercise data.
 */
@Service
public class ExerciseManagement {

	private final Scenarios scenarios;

	private final ExerciseRepository repository;

	private final DeploymentPlans plans;

	private final id.praja.operation.OperationManagement operation;

	private final id.praja.personnel.PersonnelManagement personnel;

	private final HeavyWork heavy;

	ExerciseManagement(Scenarios scenarios, ExerciseRepository repository, DeploymentPlans plans,
			id.praja.operation.OperationManagement operation, id.praja.personnel.PersonnelManagement personnel,
			HeavyWork heavy) {
		this.scenarios = scenarios;
		this.operation = operation;
		this.personnel = personnel;
		this.heavy = heavy;
		this.plans = plans;
		this.repository = repository;
	}

	/**
	 * @return the letterhead of the Polres, for the exercise's documents
	 */
	public List<String> letterhead() {
		return this.personnel.letterhead().heading();
	}

	/**
	 * @return voting day, from the operation's agenda (the day the voting stage starts)
	 * @throws IllegalArgumentException when the agenda has no voting stage
	 */
	public LocalDate votingDay() {
		return this.operation.votingDay()
			.orElseThrow(() -> new IllegalArgumentException(
					"the operation's agenda has no voting stage (PEMUNGUTAN); add it on the operation page first"));
	}

	/**
	 * Simulates the current plan and the same plan with fewer reserve teams on the same
	 * incidents, and keeps the key figures as exercise data.
	 * @param replications days to simulate (1..5000)
	 * @param seed the seed
	 * @param fewerTeams reserve teams to remove for the variant (0..teams)
	 * @return both summaries
	 */
	public Comparison compare(int replications, long seed, int fewerTeams) {
		return compare(replications, seed, null, null, fewerTeams);
	}

	/**
	 * Simulates two plans on the same incidents (common random numbers) and keeps the key
	 * figures as exercise data: plan A and plan B are plan versions (null: the current
	 * plan), and B may lose some reserve teams.
	 * @param replications days to simulate (1..5000)
	 * @param seed the seed
	 * @param planA a plan version id, or null for the current plan
	 * @param planB a plan version id, or null for plan A
	 * @param fewerTeams reserve teams to remove from B (0..teams)
	 * @return both summaries
	 */
	public Comparison compare(int replications, long seed, Long planA, Long planB, int fewerTeams) {
		return compare(replications, seed, planA, planB, fewerTeams, SimulationConfig.defaults());
	}

	/**
	 * As {@link #compare(int, long, Long, Long, int)}, with the planner's own settings.
	 * @param replications days to simulate (1..5000)
	 * @param seed the seed
	 * @param planA a plan version id, or null for the current plan
	 * @param planB a plan version id, or null for plan A
	 * @param fewerTeams reserve teams to remove from B
	 * @param config the simulation settings (see {@link SimulationConfig#with})
	 * @return both summaries
	 */
	public Comparison compare(int replications, long seed, Long planA, Long planB, int fewerTeams,
			SimulationConfig config) {
		if (replications < 1 || replications > 5000) {
			throw new IllegalArgumentException("replications must be between 1 and 5000");
		}
		// on the node's heavy-work threads: 503 (Busy) rather than slowing the field
		// reports
		return this.heavy.call("simulation", () -> {
			int threads = this.heavy.threads();
			Scenario a = this.scenarios.scenario((planA != null) ? planVersion(planA) : currentPlan(threads), config);
			Scenario base = (planB != null) ? this.scenarios.scenario(planVersion(planB), config) : a;
			if (fewerTeams < 0 || fewerTeams > base.teams()) {
				throw new IllegalArgumentException("between 0 and " + base.teams() + " reserve teams can be removed");
			}
			Scenario b = base.withFewerTeams(fewerTeams);
			SimulationSummary sa = new Simulator(a, config).summary(seed, replications, threads, this.heavy::parallel);
			SimulationSummary sb = new Simulator(b, config).summary(seed, replications, threads, this.heavy::parallel);
			Comparison unsaved = new Comparison(0, seed, sa, sb, a.teams(), b.teams());
			long id = this.repository.insert(unsaved, CurrentUser.name());
			return new Comparison(id, seed, sa, sb, a.teams(), b.teams());
		});
	}

	/**
	 * @return the latest stored simulations
	 */
	public List<StoredSimulation> recentSimulations() {
		return this.repository.recent(20);
	}

	/**
	 * The plan rehearsed: the newest published plan version; without one, the demo plan
	 * computed by the planner (2020 national pattern, voting day, leaders at least
	 * Bripda).
	 * @param threads threads for the planner
	 * @return the plan
	 */
	public DeploymentPlan currentPlan(int threads) {
		return this.plans.planInForce();
	}

	/**
	 * @return what {@link #currentPlan} rehearses, for people: the published version or
	 * the demo plan
	 */
	public String currentPlanName() {
		return this.plans.published()
			.map(p -> "published plan v" + p.version().version())
			.orElse("demo plan (2020 national pattern, not published)");
	}

	/**
	 * @param id a plan version id
	 * @return that version's plan (draft or published)
	 */
	public DeploymentPlan planVersion(long id) {
		return this.plans.get(id).plan();
	}

}
