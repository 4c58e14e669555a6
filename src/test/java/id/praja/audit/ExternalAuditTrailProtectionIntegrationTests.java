package id.praja.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.praja.PrajaApplication;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail's protection on an external server: Flyway as the owner role
 * ({@code spring.flyway.user}), the application as a role of its own
 * ({@code spring.datasource.username}). The server is {@code PRAJA_TEST_DB_URL} when set
 * (CI), else a second embedded PostgreSQL standing in for one, so the external set-up is
 * exercised everywhere.
 */
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ExternalAuditTrailProtectionIntegrationTests extends AuditTrailProtectionTests {

	private static String serverUrl;

	private static String adminUser;

	private static String adminPassword;

	private static Map<String, String> properties;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		synchronized (ExternalAuditTrailProtectionIntegrationTests.class) {
			if (properties == null) {
				server();
				properties = new LinkedHashMap<>(TestDatabase.externalProperties(serverUrl, adminUser, adminPassword));
				properties.put("praja.demo.enabled", "true");
			}
		}
		properties.forEach((key, value) -> registry.add(key, () -> value));
	}

	private static void server() {
		if (TestDatabase.external()) {
			serverUrl = System.getenv("PRAJA_TEST_DB_URL");
			adminUser = TestDatabase.user();
			adminPassword = TestDatabase.password();
			return;
		}
		try {
			EmbeddedPostgres standIn = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					standIn.close();
				}
				catch (IOException ex) {
					// the JVM ends anyway
				}
			}));
			serverUrl = "jdbc:postgresql://localhost:" + standIn.getPort() + "/postgres";
			adminUser = "postgres";
			adminPassword = "";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void theApplicationConnectsAsItsOwnRoleAndTheOwnerRoleOwnsTheTables() {
		assertThat(this.jdbc.sql("SELECT current_user").query(String.class).single())
			.isEqualTo(TestDatabase.APPLICATION_ROLE);
		assertThat(this.jdbc.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
			.query(String.class)
			.list()).containsExactly(TestDatabase.OWNER_ROLE);
	}

	@Test
	void theTriggerStillRefusesTheOwnerEvenAfterHeGrantsHimselfTheRight() throws SQLException {
		try (Connection owner = DriverManager.getConnection(properties.get("spring.datasource.url"),
				TestDatabase.OWNER_ROLE, adminPassword); Statement s = owner.createStatement()) {
			owner.setAutoCommit(false);
			// the V4 migration revoked UPDATE, DELETE, TRUNCATE from the owner as well
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> s.execute("UPDATE audit_entry SET actor = 'someone else'"))
				.withMessageContaining("permission denied");
			owner.rollback();
			s.execute("GRANT UPDATE ON audit_entry TO CURRENT_USER");
			s.execute("INSERT INTO audit_entry (actor, action, subject_type) VALUES ('test', 'test.owner', 'test')");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> s.execute("UPDATE audit_entry SET actor = 'someone else'"))
				.withMessageContaining("append-only");
			owner.rollback();
		}
	}

	@Test
	void refusesToStartWhenTheApplicationConnectsAsTheOwnerUnlessToldSo(CapturedOutput output) {
		Map<String, String> single = new LinkedHashMap<>(
				TestDatabase.externalProperties(serverUrl, adminUser, adminPassword));
		single.put("spring.datasource.username", single.remove("spring.flyway.user"));
		single.put("spring.datasource.password", single.remove("spring.flyway.password"));
		single.put("praja.demo.enabled", "false");
		assertThatThrownBy(() -> start(single).close()).hasStackTraceContaining("can rewrite the audit trail")
			.hasStackTraceContaining("it is also the role that runs the migrations")
			.hasStackTraceContaining("praja.database.allow-single-role=true");

		single.put("praja.database.allow-single-role", "true");
		try (ConfigurableApplicationContext praja = start(single)) {
			assertThat(praja.getBean(JdbcClient.class).sql("SELECT current_user").query(String.class).single())
				.isEqualTo(TestDatabase.OWNER_ROLE);
		}
		assertThat(output).contains("audit_entry is then only protected by its trigger")
			.contains("Starting anyway because praja.database.allow-single-role=true");
	}

	private static ConfigurableApplicationContext start(Map<String, String> properties) {
		List<String> args = new ArrayList<>();
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new SpringApplicationBuilder(PrajaApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(new String[0]));
	}

}
