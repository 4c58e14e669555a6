package id.praja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Where tests keep their data. With {@code PRAJA_TEST_DB_URL} (a JDBC URL of a PostgreSQL
 * server reachable with {@code PRAJA_TEST_DB_USER} / {@code PRAJA_TEST_DB_PASSWORD}, as
 * {@code .ci/run} sets) every call creates a fresh database on that server; without it,
 * Praja's embedded PostgreSQL runs in a fresh temporary folder.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	/**
	 * @return true when tests run against an external server
	 */
	public static boolean external() {
		String url = System.getenv("PRAJA_TEST_DB_URL");
		return url != null && !url.isBlank();
	}

	/**
	 * Makes a fresh, empty database and returns the Spring properties that select it.
	 * @param forceEmbedded use the embedded PostgreSQL even when an external server is
	 * configured
	 * @return property name to value
	 */
	public static Map<String, String> freshProperties(boolean forceEmbedded) {
		Map<String, String> properties = new LinkedHashMap<>();
		if (external() && !forceEmbedded) {
			String name = "praja_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String serverUrl = System.getenv("PRAJA_TEST_DB_URL");
			try (Connection c = DriverManager.getConnection(serverUrl, user(), password());
					Statement s = c.createStatement()) {
				s.execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("cannot create test database on " + serverUrl, ex);
			}
			properties.put("spring.datasource.url", serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
			properties.put("spring.datasource.username", user());
			properties.put("spring.datasource.password", password());
		}
		else {
			try {
				Path dir = Files.createTempDirectory("praja-test-db");
				properties.put("praja.database.data-dir", dir.resolve("pg").toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		properties.put("praja.demo.enabled", "true");
		return properties;
	}

	private static String user() {
		String user = System.getenv("PRAJA_TEST_DB_USER");
		return (user != null) ? user : "postgres";
	}

	private static String password() {
		String password = System.getenv("PRAJA_TEST_DB_PASSWORD");
		return (password != null) ? password : "";
	}

}
