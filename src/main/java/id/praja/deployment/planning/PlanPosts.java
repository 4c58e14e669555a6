package id.praja.deployment.planning;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code plan-posts} tool: solves a capacitated p-median instance and writes the
 * assignment. It needs neither database nor Spring, so {@code ./praja plan-posts} runs it
 * directly ({@link #main}) and the benchmark measures the engine, not the start-up.
 */
public final class PlanPosts {

	private PlanPosts() {
	}

	public static void main(String[] args) {
		try {
			// the command's time counts from the start of the Java process
			System.exit(run(List.of(args), System.out, System.nanoTime() - (long) (processSeconds() * 1e9)));
		}
		catch (IllegalArgumentException ex) {
			System.err.println("praja plan-posts: " + ex.getMessage());
			System.exit(2);
		}
		catch (Exception ex) {
			System.err.println("praja plan-posts: " + ex);
			System.exit(1);
		}
	}

	/**
	 * @param args
	 * {@code --instance FILE --format cpmp --metric M --time-limit S [--threads N]
	 * [--seed S] --out FILE}
	 * @param out where the summary goes
	 * @return 0 for a feasible solution, 3 otherwise
	 * @throws Exception when a file cannot be read or written
	 */
	public static int run(List<String> args, PrintStream out) throws Exception {
		return run(args, out, System.nanoTime());
	}

	/**
	 * @param args as for {@link #run(List, PrintStream)}
	 * @param out where the summary goes
	 * @param started System.nanoTime() when the command started: the time limit counts
	 * from there
	 * @return 0 for a feasible solution, 3 otherwise
	 * @throws Exception when a file cannot be read or written
	 */
	static int run(List<String> args, PrintStream out, long started) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < args.size(); i += 2) {
			if (!args.get(i).startsWith("--") || i + 1 >= args.size()) {
				throw new IllegalArgumentException("expected --option value, got '" + args.get(i) + "'");
			}
			options.put(args.get(i), args.get(i + 1));
		}
		for (String required : List.of("--instance", "--metric", "--time-limit", "--out")) {
			if (!options.containsKey(required)) {
				throw new IllegalArgumentException(required + " is required");
			}
		}
		if (!options.getOrDefault("--format", "cpmp").equals("cpmp")) {
			throw new IllegalArgumentException("only --format cpmp is supported");
		}
		Metric metric = Metric.parse(options.get("--metric"));
		double seconds = Double.parseDouble(options.get("--time-limit"));
		int threads = Integer
			.parseInt(options.getOrDefault("--threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
		long seed = Long.parseLong(options.getOrDefault("--seed", "1"));
		ClusteringInstance instance = ClusteringInstance.readCpmp(Path.of(options.get("--instance")));
		// the limit is the command's: the start of the Java process and the reading count
		ClusteringSolution solution = new ClusteringSolver(metric, threads, seed).solve(instance,
				Math.max(0.05, seconds - (System.nanoTime() - started) / 1e9));
		try (Writer writer = Files.newBufferedWriter(Path.of(options.get("--out")), StandardCharsets.UTF_8)) {
			writer.write("point,centre\n");
			for (int i = 0; i < instance.n(); i++) {
				writer.write((i + 1) + "," + (solution.centreOf()[i] + 1) + "\n");
			}
		}
		String objective = (metric == Metric.EUCLID_FLOOR) ? String.valueOf(Math.round(solution.objective()))
				: String.format(Locale.ROOT, "%.2f", solution.objective());
		out.printf(Locale.ROOT, "method=%s optimal=%s%n", solution.method(), solution.optimal());
		out.printf(Locale.ROOT, "objective=%s feasible=%s seconds=%.2f first_feasible=%.2f%n", objective,
				solution.feasible(), solution.seconds(), solution.firstFeasibleSeconds());
		double gap = solution.gapToBound();
		String bound = Double.isNaN(solution.bound()) ? "none" : (metric == Metric.EUCLID_FLOOR)
				? String.valueOf(Math.round(solution.bound())) : String.format(Locale.ROOT, "%.2f", solution.bound());
		double wall = (System.nanoTime() - started) / 1e9;
		out.printf(Locale.ROOT, "bound=%s gap_to_bound=%s wall_seconds=%.2f%n", bound,
				Double.isNaN(gap) ? "none" : String.format(Locale.ROOT, "%.2f%%", gap * 100), wall);
		return solution.feasible() ? 0 : 3;
	}

	/**
	 * @return seconds since the start of this Java process (the command's own wall time)
	 */
	static double processSeconds() {
		long now = System.currentTimeMillis();
		long started = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(now);
		return (now - started) / 1000.0;
	}

}
