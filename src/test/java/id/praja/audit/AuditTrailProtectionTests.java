package id.praja.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The audit trail is append-only for the role the application connects as, not only by
 * its trigger: that role may add to and read {@code audit_entry}, and nothing else there.
 * The subclasses run it on the embedded database and on an external server.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class AuditTrailProtectionTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theApplicationRoleIsNoSuperuserAndOwnsNoTable() {
		String role = this.jdbc.sql("SELECT current_user").query(String.class).single();
		assertThat(role).isNotEqualTo("postgres");
		assertThat(this.jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = ?")
			.param(role)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
					+ " WHERE n.nspname = current_schema() AND pg_has_role(current_user, c.relowner, 'MEMBER')")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM pg_tables WHERE tablename = 'audit_entry'"
				+ " AND has_table_privilege('audit_entry', 'SELECT') AND has_table_privilege('audit_entry', 'INSERT')")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void theApplicationRoleCannotRewriteTheAuditTrail() throws Exception {
		this.jdbc.sql("INSERT INTO audit_entry (actor, action, subject_type) VALUES ('test', 'test.kept', 'test')")
			.update();
		long before = this.jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
		for (String statement : new String[] { "ALTER TABLE audit_entry DISABLE TRIGGER ALL",
				"ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update", "DELETE FROM audit_entry",
				"UPDATE audit_entry SET actor = 'someone else'", "TRUNCATE audit_entry", "DROP TABLE audit_entry",
				"ALTER TABLE audit_entry RENAME TO audit_entry_old", "CREATE TRIGGER x BEFORE INSERT ON audit_entry"
						+ " FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()" }) {
			try (Connection c = this.dataSource.getConnection(); Statement s = c.createStatement()) {
				assertThatExceptionOfType(SQLException.class).as(statement)
					.isThrownBy(() -> s.execute(statement))
					.satisfies(ex -> {
						// refused by the role's privileges (not only by the trigger)
						assertThat(ex.getSQLState()).as(statement).isEqualTo("42501");
						assertThat(ex.getMessage()).as(statement).doesNotContain("append-only");
					});
			}
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single()).isEqualTo(before);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM pg_trigger WHERE tgrelid = 'audit_entry'::regclass"
					+ " AND NOT tgisinternal AND tgenabled = 'O'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theApplicationStillWritesTheAuditTrail() {
		String name = "tamu-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(this.mvc.get().uri("/api/v1/ranks").with(httpBasic(name, "salah"))).hasStatus(401);
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'login.failure' AND actor = ?")
			.param(name)
			.query(Long.class)
			.single()).isOne();
	}

}
