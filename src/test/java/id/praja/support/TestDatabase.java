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
 * {@code .ci/run} sets) every call creates a fresh database on that server, owned by an
 * owner role, with the application connecting as a role of its own (as on a production
 * server); without it, Praja's embedded PostgreSQL runs in a fresh temporary folder.
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
			properties.putAll(externalProperties(System.getenv("PRAJA_TEST_DB_URL"), user(), password()));
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

	/** The role that runs the migrations and owns the tables of every test database. */
	public static final String OWNER_ROLE = "praja_test_owner";

	/** The role the application connects as in every test database. */
	public static final String APPLICATION_ROLE = "praja_test_app";

	/**
	 * Makes a fresh database on a server, owned by {@link #OWNER_ROLE}, and returns the
	 * properties of the two-role set-up a production server has: Flyway as the owner, the
	 * application as {@link #APPLICATION_ROLE}. Roles are cluster-wide: both are shared
	 * by every test database of the server, made once (under an advisory lock, as test
	 * JVMs may run side by side); the rights are per database (granted by Praja on
	 * start).
	 * @param serverUrl JDBC URL of a database of the server (e.g. {@code postgres})
	 * @param adminUser a superuser (or a role that may create roles and databases)
	 * @param adminPassword its password (also given to the two roles), or empty
	 * @return property name to value
	 */
	public static Map<String, String> externalProperties(String serverUrl, String adminUser, String adminPassword) {
		String name = "praja_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection c = DriverManager.getConnection(serverUrl, adminUser, adminPassword);
				Statement s = c.createStatement()) {
			s.execute("SELECT pg_advisory_lock(7072, 2)");
			try {
				for (String role : new String[] { OWNER_ROLE, APPLICATION_ROLE }) {
					s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN"
							+ " CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
					if (!adminPassword.isEmpty()) {
						s.execute("ALTER ROLE " + role + " PASSWORD '" + adminPassword.replace("'", "''") + "'");
					}
				}
			}
			finally {
				s.execute("SELECT pg_advisory_unlock(7072, 2)");
			}
			s.execute("CREATE DATABASE " + name + " OWNER " + OWNER_ROLE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create test database on " + serverUrl, ex);
		}
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.datasource.url", serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
		properties.put("spring.datasource.username", APPLICATION_ROLE);
		properties.put("spring.datasource.password", adminPassword);
		properties.put("spring.flyway.user", OWNER_ROLE);
		properties.put("spring.flyway.password", adminPassword);
		return properties;
	}

	/**
	 * @return the administrator of the external test server ({@code PRAJA_TEST_DB_USER},
	 * default {@code postgres})
	 */
	public static String user() {
		String user = System.getenv("PRAJA_TEST_DB_USER");
		return (user != null) ? user : "postgres";
	}

	/**
	 * @return its password ({@code PRAJA_TEST_DB_PASSWORD}, default empty)
	 */
	public static String password() {
		String password = System.getenv("PRAJA_TEST_DB_PASSWORD");
		return (password != null) ? password : "";
	}

}
