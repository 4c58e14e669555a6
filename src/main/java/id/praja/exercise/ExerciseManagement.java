package id.praja.exercise;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import id.praja.deployment.DeploymentManagement;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.ReservePlan;
import id.praja.deployment.StaffedPost;
import id.praja.deployment.StaffingPattern;
import id.praja.exercise.simulation.Scenario;
import id.praja.exercise.internal.ExerciseRepository;
import id.praja.exercise.simulation.SimulationConfig;
import id.praja.exercise.simulation.SimulationSummary;
import id.praja.exercise.simulation.Simulator;
import id.praja.shared.CurrentUser;
import id.praja.shared.HeavyWork;
import id.praja.territory.TerritoryManagement;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

/**
 * Rehearsal of voting day against a plan: the TPS of the territory with their police
 * class and Bawaslu indicators, the plan's posts and reserve teams, and the planner's
 * travel model turned into a {@link Scenario} for the simulation.
 */
@Service
public class ExerciseManagement {

	private final DeploymentManagement deployment;

	private final TerritoryManagement territory;

	private final VulnerabilityManagement vulnerability;

	private final ExerciseRepository repository;

	private final DeploymentPlans plans;

	private final id.praja.operation.OperationManagement operation;

	private final id.praja.personnel.PersonnelManagement personnel;

	private final HeavyWork heavy;

	ExerciseManagement(DeploymentManagement deployment, TerritoryManagement territory,
			VulnerabilityManagement vulnerability, ExerciseRepository repository, DeploymentPlans plans,
			id.praja.operation.OperationManagement operation, id.praja.personnel.PersonnelManagement personnel,
			HeavyWork heavy) {
		this.operation = operation;
		this.personnel = personnel;
		this.heavy = heavy;
		this.deployment = deployment;
		this.plans = plans;
		this.territory = territory;
		this.vulnerability = vulnerability;
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
			Scenario a = scenario((planA != null) ? planVersion(planA) : currentPlan(threads), config);
			Scenario base = (planB != null) ? scenario(planVersion(planB), config) : a;
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

	/**
	 * @return the TPS in scope with their class and number of indicators, ordered by code
	 */
	public List<Scenario.Site> sites() {
		Map<String, PoliceClass> classes = this.vulnerability.classes();
		Map<String, List<String>> hits = this.vulnerability.hits();
		List<Scenario.Site> sites = new ArrayList<>();
		this.territory.forEachTps(null,
				t -> sites.add(new Scenario.Site(t.code(), t.kecamatanName(), t.lon(), t.lat(),
						classes.getOrDefault(t.code(), PoliceClass.KURANG_RAWAN),
						hits.getOrDefault(t.code(), List.of()).size())));
		sites.sort((a, b) -> a.code().compareTo(b.code()));
		return sites;
	}

	/**
	 * The ground of a plan.
	 * @param plan the plan
	 * @param config the settings (how many nearest posts to keep)
	 * @return the scenario
	 */
	public Scenario scenario(DeploymentPlan plan, SimulationConfig config) {
		List<Scenario.Site> sites = sites();
		Map<String, Integer> index = index(sites);
		List<Scenario.PostUnit> posts = new ArrayList<>();
		for (StaffedPost p : plan.staffed()) {
			Integer anchor = index.get(p.post().anchor());
			if (anchor == null) {
				continue;
			}
			int[] tps = p.post().tps().stream().filter(index::containsKey).mapToInt(index::get).toArray();
			posts.add(new Scenario.PostUnit(anchor, tps, p.officers().size(), p.post().police()));
		}
		List<Scenario.ReserveBase> bases = new ArrayList<>();
		for (ReservePlan.Base b : plan.reserves().bases()) {
			bases.add(new Scenario.ReserveBase(b.name(), b.lon(), b.lat(), 1));
		}
		return scenario(sites, posts, bases, config);
	}

	/**
	 * The ground of a plan read from a file (see {@link PlanFile}).
	 * @param file the plan file
	 * @param config the settings
	 * @return the scenario
	 * @throws IOException when the file cannot be read
	 */
	public Scenario scenario(Path file, SimulationConfig config) throws IOException {
		List<Scenario.Site> sites = sites();
		PlanFile.Plan plan = PlanFile.read(Files.readAllLines(file, StandardCharsets.UTF_8), index(sites));
		return scenario(sites, plan.posts(), plan.bases(), config);
	}

	/**
	 * Writes a plan in the plan-file format, to edit and simulate again.
	 * @param plan the plan
	 * @param out where it goes
	 * @throws IOException when writing fails
	 */
	public void writePlan(DeploymentPlan plan, Writer out) throws IOException {
		PlanFile.write(plan, out);
	}

	private Scenario scenario(List<Scenario.Site> sites, List<Scenario.PostUnit> posts,
			List<Scenario.ReserveBase> bases, SimulationConfig config) {
		Map<PoliceClass, Integer> targets = StaffingPattern.national2020().responseMinutes();
		return new Scenario(sites, posts, bases, targets, this.deployment::reserveTravelMinutes, config.nearestPosts());
	}

	private static Map<String, Integer> index(List<Scenario.Site> sites) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < sites.size(); i++) {
			index.put(sites.get(i).code(), i);
		}
		return index;
	}

}
