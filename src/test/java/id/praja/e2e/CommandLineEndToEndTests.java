package id.praja.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ./praja} script runs a command from the extracted jar with a
 * class-data-sharing archive that the first command after a build records, and still
 * runs, quietly, when the archive cannot be used (written by another JDK, damaged).
 */
class CommandLineEndToEndTests {

	private static final Path APP = Path.of("target", "praja-app");

	@Test
	void theFirstCommandRecordsAnArchiveThatLaterCommandsUseOrIgnoreQuietly() throws Exception {
		Map<String, String> properties = new LinkedHashMap<>(TestDatabase.freshProperties(false));
		properties.put("praja.demo.enabled", "false");
		// as after a new build: nothing extracted, no archive
		deleteTree(APP);

		Result first = praja(properties, "", "help");
		assertThat(first.exitCode()).as(first.output()).isZero();
		assertThat(first.output()).contains("./praja simulate").contains("./praja user");
		assertThat(APP.resolve("praja.jar")).exists();
		List<Path> archives = archives();
		assertThat(archives).as("the archive recorded by the first command").hasSize(1);

		// -Xshare:on: the JVM refuses to start unless it maps the archive
		Result second = praja(properties, "-Xshare:on", "help");
		assertThat(second.exitCode()).as(second.output()).isZero();
		assertThat(commands(second)).isEqualTo(commands(first));

		Files.writeString(archives.get(0), "not an archive of this JVM");
		Result third = praja(properties, "", "help");
		assertThat(third.exitCode()).as(third.output()).isZero();
		assertThat(commands(third)).isEqualTo(commands(first));
		for (Result result : List.of(first, second, third)) {
			assertThat(result.output().toLowerCase()).doesNotContain("warning")
				.doesNotContain("error")
				.doesNotContain("shared archive");
		}
	}

	private static List<String> commands(Result result) {
		return result.output().lines().filter(line -> line.startsWith("  ./praja ")).toList();
	}

	private static List<Path> archives() throws IOException {
		try (Stream<Path> files = Files.list(APP)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).collect(Collectors.toList());
		}
	}

	private static Result praja(Map<String, String> properties, String javaOptions, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of("./praja"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().remove("PRAJA_CDS");
		builder.environment()
			.put("PRAJA_JAVA_OPTS",
					javaOptions + " "
							+ properties.entrySet()
								.stream()
								.map(e -> "-D" + e.getKey() + "=" + e.getValue())
								.collect(Collectors.joining(" ")));
		Process process = builder.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(process.waitFor(), output);
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private record Result(int exitCode, String output) {
	}

}
