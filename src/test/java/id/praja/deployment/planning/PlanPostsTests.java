package id.praja.deployment.planning;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The plan-posts tool's output, checked independently: the CSV is read back, every point
 * must have a centre that serves itself, exactly p centres, no capacity exceeded, and the
 * printed objective must equal the sum recomputed here from the coordinates.
 */
class PlanPostsTests {

	@Test
	void theOutputIsFeasibleAndItsObjectiveIsTheRealOne() throws Exception {
		Path out = Files.createTempFile("plan-posts", ".csv");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		int exit = PlanPosts.run(
				List.of("--instance", "bench/cpmp/SJC1.dat", "--format", "cpmp", "--metric", "euclid", "--time-limit",
						"4", "--threads", "2", "--seed", "3", "--out", out.toString()),
				new PrintStream(printed, true, StandardCharsets.UTF_8));
		assertThat(exit).isZero();
		String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
		String last = lines[lines.length - 2];
		assertThat(last).matches("objective=[0-9.]+ feasible=true seconds=[0-9.]+ first_feasible=[0-9.]+");
		String boundLine = lines[lines.length - 1];
		assertThat(boundLine).matches("bound=[0-9.]+ gap_to_bound=[0-9.]+% wall_seconds=[0-9.]+");
		double bound = Double.parseDouble(boundLine.replaceFirst("bound=([0-9.]+).*", "$1"));
		// the bound is below the proven optimum
		assertThat(bound).isLessThanOrEqualTo(17_288.99);

		// independent check of the file, with nothing from the solver
		List<String> rows = Files.readAllLines(Path.of("bench/cpmp/SJC1.dat"))
			.stream()
			.filter(l -> !l.isBlank())
			.toList();
		String[] head = rows.get(0).trim().split("\\s+");
		int n = Integer.parseInt(head[0]);
		int p = Integer.parseInt(head[1]);
		double[][] points = new double[n][];
		for (int i = 0; i < n; i++) {
			String[] f = rows.get(i + 1).trim().split("\\s+");
			points[i] = new double[] { Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
					Double.parseDouble(f[3]) };
		}
		List<String> csv = Files.readAllLines(out);
		assertThat(csv.get(0)).isEqualTo("point,centre");
		assertThat(csv).hasSize(n + 1);
		int[] centre = new int[n + 1];
		double[] load = new double[n + 1];
		double objective = 0;
		for (String line : csv.subList(1, csv.size())) {
			String[] f = line.split(",");
			int point = Integer.parseInt(f[0]);
			int c = Integer.parseInt(f[1]);
			centre[point] = c;
			load[c] += points[point - 1][3];
			objective += Math.hypot(points[point - 1][0] - points[c - 1][0], points[point - 1][1] - points[c - 1][1]);
		}
		int centres = 0;
		for (int i = 1; i <= n; i++) {
			assertThat(centre[centre[i]]).as("centre of point %d serves itself", i).isEqualTo(centre[i]);
			if (centre[i] == i) {
				centres++;
				assertThat(load[i]).as("load of centre %d", i).isLessThanOrEqualTo(points[i - 1][2]);
			}
		}
		assertThat(centres).isEqualTo(p);
		double printedObjective = Double.parseDouble(last.replaceFirst("objective=([0-9.]+).*", "$1"));
		assertThat(printedObjective).isCloseTo(objective, org.assertj.core.data.Offset.offset(0.01));
		// and it is good: within 3 % of the proven optimum 17,288.99 in 4 seconds
		assertThat(objective).isLessThan(17_288.99 * 1.03);
	}

	/**
	 * The time limit is the command's promise at any size: with 5 s on the largest public
	 * instance (4,461 points, 100 centres) the command reports a feasible plan and its
	 * own elapsed time within the limit plus 2 s.
	 */
	@Test
	void theTimeLimitHoldsOnTheLargestInstance() throws Exception {
		Path out = Files.createTempFile("plan-posts", ".csv");
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		long started = System.nanoTime();
		int exit = PlanPosts.run(
				List.of("--instance", "bench/cpmp/fnl4461_0100.txt", "--format", "cpmp", "--metric", "euclid",
						"--time-limit", "5", "--threads", "2", "--out", out.toString()),
				new PrintStream(printed, true, StandardCharsets.UTF_8), started);
		assertThat(exit).isZero();
		String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
		String last = lines[lines.length - 1];
		assertThat(last).matches("bound=[0-9.]+ gap_to_bound=[0-9.]+% wall_seconds=[0-9.]+");
		double wall = Double.parseDouble(last.replaceFirst(".*wall_seconds=([0-9.]+)", "$1"));
		assertThat(wall).isLessThanOrEqualTo(5 + 2);
		assertThat(Files.readAllLines(out)).hasSize(4461 + 1);
	}

	@Test
	void badArgumentsAreExplained() {
		assertThatIllegalArgumentException().isThrownBy(() -> PlanPosts.run(List.of("--instance", "x.txt"), System.out))
			.withMessageContaining("--metric is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PlanPosts.run(List.of("--instance", "bench/cpmp/cpmp01.txt", "--metric", "manhattan",
					"--time-limit", "1", "--out", "/tmp/x.csv"), System.out))
			.withMessageContaining("metric must be");
	}

}
