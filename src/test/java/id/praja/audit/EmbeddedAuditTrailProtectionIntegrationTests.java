package id.praja.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.praja.PrajaApplication;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit trail's protection on the embedded database: Praja connects as
 * {@code praja_app}, Flyway as {@code praja_owner}; a data folder from before the two
 * roles is handed over on start.
 */
class EmbeddedAuditTrailProtectionIntegrationTests extends AuditTrailProtectionTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(true).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Test
	void theApplicationConnectsAsPrajaAppAndTheOwnerRoleOwnsTheTables() {
		assertThat(this.jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("praja_app");
		assertThat(this.jdbc.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
			.query(String.class)
			.list()).containsExactly("praja_owner");
	}

	@Test
	void aDataFolderFromBeforeTheRolesKeepsWorkingAndIsHandedToTheOwnerRole() throws Exception {
		Path dataDir = Files.createTempDirectory("praja-old-folder").resolve("pg");
		Files.createDirectories(dataDir);
		// as Praja left it before the roles: migrated by the superuser, who owns it all
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir)
			.setCleanDataDirectory(false)
			.start()) {
			String url = "jdbc:postgresql://localhost:" + old.getPort() + "/postgres";
			Flyway.configure()
				.dataSource(url, "postgres", "")
				.locations("classpath:db/migration")
				.target("13")
				.load()
				.migrate();
			try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				s.execute("INSERT INTO audit_entry (actor, action, subject_type) VALUES ('lama', 'test.old', 'test')");
			}
		}
		try (ConfigurableApplicationContext praja = new SpringApplicationBuilder(PrajaApplication.class)
			.web(WebApplicationType.NONE)
			.run("--praja.database.data-dir=" + dataDir, "--praja.demo.enabled=false")) {
			JdbcClient jdbc = praja.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("praja_app");
			assertThat(jdbc.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'")
				.query(String.class)
				.list()).containsExactly("praja_owner");
			assertThat(jdbc
				.sql("SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace"
						+ " AND proowner <> 'praja_owner'::regrole")
				.query(Long.class)
				.single()).isZero();
			// the migrations after the hand-over ran as the owner
			assertThat(jdbc.sql("SELECT to_regclass('command_bench_raw') IS NOT NULL").query(Boolean.class).single())
				.isTrue();
			assertThat(
					jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'test.old'").query(Long.class).single())
				.isOne();
			assertThatExceptionOfType(Exception.class)
				.isThrownBy(() -> jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER ALL").update());
			jdbc.sql("INSERT INTO audit_entry (actor, action, subject_type) VALUES ('baru', 'test.new', 'test')")
				.update();
			assertThat(
					jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'test.%'").query(Long.class).single())
				.isEqualTo(2);
		}
	}

}
