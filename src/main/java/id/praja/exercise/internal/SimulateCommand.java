package id.praja.exercise.internal;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import id.praja.deployment.DeploymentPlan;
import id.praja.exercise.ExerciseManagement;
import id.praja.exercise.simulation.Scenario;
import id.praja.exercise.SimulationConfig;
import id.praja.exercise.SimulationSummary;
import id.praja.exercise.simulation.Simulator;
import id.praja.shared.PrajaCommand;
import id.praja.vulnerability.PoliceClass;

/**
 * {@code ./praja simulate [--plan demo|ID|FILE] --replications N --seed S [--day voting]
 * [--threads T] [--write-plan FILE]}: voting day simulated N times against a plan; a
 * summary table, then one line of figures.
 */
@Component
class SimulateCommand implements PrajaCommand {

	private final ExerciseManagement exercise;

	private final Scenarios scenarios;

	SimulateCommand(ExerciseManagement exercise, Scenarios scenarios) {
		this.exercise = exercise;
		this.scenarios = scenarios;
	}

	@Override
	public String name() {
		return "simulate";
	}

	@Override
	public String usage() {
		return "simulate [--plan demo|ID|FILE] [--replications N] [--seed S] [--day voting] [--threads T] [--write-plan FILE]"
				+ " (voting day simulated against a plan)";
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		String plan = "demo";
		int replications = 1000;
		long seed = 2024;
		int threads = Runtime.getRuntime().availableProcessors();
		Path writePlan = null;
		for (int i = 0; i < args.size(); i++) {
			String option = args.get(i);
			if (i + 1 >= args.size()) {
				throw new IllegalArgumentException("option " + option + " needs a value");
			}
			String value = args.get(++i);
			switch (option) {
				case "--plan" -> plan = value;
				case "--replications" -> replications = positive(option, value);
				case "--seed" -> seed = Long.parseLong(value);
				case "--threads" -> threads = positive(option, value);
				case "--write-plan" -> writePlan = Path.of(value);
				case "--day" -> {
					if (!value.equals("voting")) {
						throw new IllegalArgumentException("only --day voting can be simulated so far");
					}
				}
				default -> throw new IllegalArgumentException("unknown option " + option);
			}
		}
		SimulationConfig config = SimulationConfig.defaults();
		long start = System.nanoTime();
		Scenario scenario;
		String planName;
		if (plan.equals("demo")) {
			DeploymentPlan demo = this.exercise.currentPlan(threads);
			if (writePlan != null) {
				try (Writer w = Files.newBufferedWriter(writePlan, StandardCharsets.UTF_8)) {
					this.scenarios.writePlan(demo, w);
				}
				out.println("plan written to " + writePlan);
			}
			scenario = this.scenarios.scenario(demo, config);
			planName = this.exercise.currentPlanName();
		}
		else if (plan.matches("[0-9]+")) {
			scenario = this.scenarios.scenario(this.exercise.planVersion(Long.parseLong(plan)), config);
			planName = "plan version id " + plan;
		}
		else {
			Path file = Path.of(plan);
			if (!Files.isRegularFile(file)) {
				throw new IllegalArgumentException(
						"no plan file " + plan + " (give a plan version id, a file, or demo)");
			}
			scenario = this.scenarios.scenario(file, config);
			planName = file.getFileName().toString();
		}
		double setup = (System.nanoTime() - start) / 1e9;
		Simulator simulator = new Simulator(scenario, config);
		int officers = scenario.posts().stream().mapToInt(Scenario.PostUnit::officers).sum();
		out.printf(Locale.ROOT,
				"Simulation of voting day (%s), %s: %d TPS, %d posts with %d officers, %d reserve teams at"
						+ " %d bases; %.1f expected incidents per day; seed %d, %d replications, %d threads (%d cores);"
						+ " plan and travel times %.1f s%n",
				this.exercise.votingDay(), planName, scenario.sites().size(), scenario.posts().size(), officers,
				scenario.teams(), scenario.bases().size(), simulator.expectedIncidents(), seed, replications, threads,
				Runtime.getRuntime().availableProcessors(), setup);
		SimulationSummary summary = simulator.summary(seed, replications, threads);
		print(summary, out);
		out.println(summary.line());
		return 0;
	}

	static void print(SimulationSummary s, PrintStream out) {
		out.println("| class | target (min) | responses | p50 | p90 | p99 | within target |");
		out.println("|---|---|---|---|---|---|---|");
		for (PoliceClass c : PoliceClass.values()) {
			row(out, c.name(), s.byClass().get(c));
		}
		row(out, "ALL", s.overall());
		out.printf(Locale.ROOT,
				"per day: %.2f incidents, %.2f escalated to red, %.2f unattended; reserve utilisation %.3f;"
						+ " %.0f TPS-minutes below pattern%n",
				s.meanIncidents(), s.meanEscalatedToRed(), s.meanUnattended(), s.reserveUtilisation(),
				s.meanBelowPatternTpsMinutes());
		List<String> late = new ArrayList<>();
		s.late()
			.stream()
			.limit(5)
			.forEach(k -> late.add(String.format(Locale.ROOT, "%s %.2f", k.kecamatan(), k.latePerDay())));
		out.println("late responses per day, worst kecamatan: " + String.join(", ", late));
		out.printf(Locale.ROOT, "events %d in %.2f s: %.0f events per second%n", s.events(), s.seconds(),
				s.events() / Math.max(s.seconds(), 1e-9));
	}

	private static void row(PrintStream out, String name, SimulationSummary.Response r) {
		out.printf(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %.3f |%n", name,
				(r.targetMinutes() > 0) ? Integer.toString(r.targetMinutes()) : "-", r.responses(), r.p50(), r.p90(),
				r.p99(), r.withinTarget());
	}

	private static int positive(String option, String value) {
		int n = Integer.parseInt(value);
		if (n < 1) {
			throw new IllegalArgumentException(option + " must be at least 1");
		}
		return n;
	}

}
