package id.praja.exercise.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import id.praja.deployment.DeploymentPlan;
import id.praja.deployment.ReservePlan;
import id.praja.deployment.StaffedPost;
import id.praja.deployment.StaffingPattern;
import id.praja.exercise.simulation.Scenario;
import id.praja.exercise.SimulationConfig;
import id.praja.shared.TravelTimes;
import id.praja.territory.TerritoryManagement;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

/**
 * The ground a rehearsal is played on, built from the other modules' facades: the TPS of
 * the territory with their police class and Bawaslu indicators, a plan's posts and
 * reserve teams, and the one travel model ({@link TravelTimes}), turned into a
 * {@link Scenario} for the simulation and the floor game. Internal to the exercise: its
 * API speaks of plans and comparisons, not of the simulation's model.
 */
@Component
public class Scenarios {

	private final TerritoryManagement territory;

	private final VulnerabilityManagement vulnerability;

	private final TravelTimes travel;

	Scenarios(TerritoryManagement territory, VulnerabilityManagement vulnerability, TravelTimes travel) {
		this.territory = territory;
		this.vulnerability = vulnerability;
		this.travel = travel;
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
		return new Scenario(sites, posts, bases, targets, this.travel::minutes, config.nearestPosts());
	}

	private static Map<String, Integer> index(List<Scenario.Site> sites) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < sites.size(); i++) {
			index.put(sites.get(i).code(), i);
		}
		return index;
	}

}
