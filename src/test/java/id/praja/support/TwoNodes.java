package id.praja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.praja.PrajaApplication;

/**
 * Two Praja nodes, each a web server on a free port, over one fresh PostgreSQL: node A
 * creates the database (embedded, or the external one of CI), node B connects to it with
 * the same application and owner roles and the demo data switched on, like a second
 * server of one installation.
 *
 * @param a the node that created the database
 * @param b the second node
 */
public record TwoNodes(ConfigurableApplicationContext a, ConfigurableApplicationContext b) implements AutoCloseable {

	/**
	 * @param onlyB settings of node B alone (e.g. {@code praja.security.tls})
	 * @return both nodes, started
	 */
	public static TwoNodes start(Map<String, String> onlyB) {
		// as command-line arguments: they outrank the defaults Praja derives from the
		// database mode (an external database means no demo data otherwise)
		ConfigurableApplicationContext a = new SpringApplicationBuilder(PrajaApplication.class)
			.run(arguments(new HashMap<>(TestDatabase.freshProperties(false))));
		try {
			Map<String, Object> b = new HashMap<>();
			HikariDataSource database = (HikariDataSource) a.getBean(DataSource.class);
			b.put("spring.datasource.url", database.getJdbcUrl());
			b.put("spring.datasource.username", database.getUsername());
			if (database.getPassword() != null) {
				b.put("spring.datasource.password", database.getPassword());
			}
			// node B migrates (nothing left to do) as the owner role, like node A
			for (String flyway : new String[] { "spring.flyway.user", "spring.flyway.password" }) {
				String value = a.getEnvironment().getProperty(flyway);
				if (value != null) {
					b.put(flyway, value);
				}
			}
			b.put("praja.demo.enabled", "true");
			b.putAll(onlyB);
			return new TwoNodes(a, new SpringApplicationBuilder(PrajaApplication.class).run(arguments(b)));
		}
		catch (RuntimeException ex) {
			a.close();
			throw ex;
		}
	}

	private static String[] arguments(Map<String, Object> properties) {
		List<String> args = new ArrayList<>();
		args.add("--server.port=0");
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return args.toArray(new String[0]);
	}

	/** One HTTP client for tests that call the nodes (HTTP/1.1, 5 s to connect). */
	public static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * @param user an account name
	 * @param password its password
	 * @return the value of an {@code Authorization} header for Basic authentication
	 */
	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param node a node
	 * @param path a path, e.g. {@code /api/v1/field-reports}
	 * @param user a demo account (password {@code praja2024})
	 * @return a request to the node as that user
	 */
	public static HttpRequest.Builder request(ConfigurableApplicationContext node, String path, String user) {
		String port = node.getEnvironment().getProperty("local.server.port");
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", basic(user, "praja2024"));
	}

	/**
	 * Posts a field report that a TPS opened, as the desk operator.
	 * @param node a node
	 * @param id the report's id
	 * @param tps a TPS code
	 * @return the answer
	 */
	public static HttpResponse<String> postFieldReport(ConfigurableApplicationContext node, UUID id, String tps) {
		String body = "{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"STATUS\",\"status\":\"DIBUKA\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}"
			.formatted(id, tps);
		try {
			return HTTP
				.send(request(node, "/api/v1/field-reports", "operator").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.b.close();
		}
		finally {
			this.a.close();
		}
	}

}
