package id.praja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged application ({@code target/praja.jar}) running as its own process, as a
 * user starts it, for end-to-end tests and benchmarks.
 */
public final class PrajaServer implements AutoCloseable {

	private static final Path JAR = Path.of("target", "praja.jar");

	private final Process process;

	private final int port;

	private final Path log;

	private PrajaServer(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the jar with the given Spring properties and waits until it is healthy.
	 * @param name names the log file under {@code target/e2e-logs}
	 * @param properties Spring properties passed as {@code --key=value}
	 * @return the running server
	 */
	public static PrajaServer start(String name, Map<String, String> properties) {
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: run the tests with ./mvnw verify");
		}
		int port = freePort();
		List<String> command = new ArrayList<>(
				List.of(javaExecutable(), "-jar", JAR.toString(), "serve", "--server.port=" + port));
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Path logDir = Files.createDirectories(Path.of("target", "e2e-logs"));
			Path log = logDir.resolve(name + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().remove("SPRING_DATASOURCE_URL");
			PrajaServer server = new PrajaServer(builder.start(), port, log);
			server.awaitHealthy(Duration.ofMinutes(3));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs a command of the jar ({@code java -jar praja.jar <args>}) to its end.
	 * @param properties Spring properties, passed as system properties
	 * @param stdin what the command reads from standard input
	 * @param args the command's words
	 * @return exit code and output
	 */
	public static CommandResult command(Map<String, String> properties, String stdin, String... args) {
		List<String> command = new ArrayList<>(List.of(javaExecutable()));
		properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.addAll(List.of("-jar", JAR.toString()));
		command.addAll(List.of(args));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getOutputStream().write(stdin.getBytes());
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes());
			return new CommandResult(process.waitFor(), output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What a command printed and how it ended. */
	public record CommandResult(int exitCode, String output) {
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	public int port() {
		return this.port;
	}

	/**
	 * @return everything the server logged so far
	 */
	public String log() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private void awaitHealthy(Duration timeout) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Praja stopped while starting:\n" + log());
			}
			try {
				HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep(200);
		}
		close();
		throw new IllegalStateException("Praja was not healthy within " + timeout + ":\n" + log());
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
