package id.praja.shell.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the audit trail append-only in fact: after every migration run (each start), the
 * owner role that ran Flyway grants the application's role the rights on the data it
 * needs and no more, then checks that the application's role cannot rewrite
 * {@code audit_entry}.
 * <p>
 * The application's role gets SELECT, INSERT, UPDATE, DELETE on every table and view of
 * the schema except Flyway's history, USAGE, SELECT, UPDATE on the sequences, EXECUTE on
 * the functions, and on {@code audit_entry} only SELECT and INSERT. It never gets
 * TRUNCATE, REFERENCES or TRIGGER. LISTEN/NOTIFY and advisory locks need no grant. The
 * grants are given again after every migration run, so tables of later migrations are
 * covered without default privileges (a table a person creates by hand is not granted to
 * the application).
 * <p>
 * Praja refuses to start when the application's role could still rewrite the trail (it is
 * the owner role, a member of it, a superuser, owns a table, or holds UPDATE, DELETE,
 * TRUNCATE, REFERENCES or TRIGGER on {@code audit_entry}): the trigger alone does not
 * protect the trail from the table's owner, who can disable it. Setting
 * {@code praja.database.allow-single-role=true} starts anyway, with a warning on every
 * start (docs/operations.md).
 */
@Component
class DatabaseRoles implements Callback {

	static final String ALLOW_SINGLE_ROLE = "praja.database.allow-single-role";

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

	private static final String AUDIT_TABLE = "audit_entry";

	private final DataSource application;

	private final boolean allowSingleRole;

	DatabaseRoles(DataSource application, @Value("${" + ALLOW_SINGLE_ROLE + ":false}") boolean allowSingleRole) {
		this.application = application;
		this.allowSingleRole = allowSingleRole;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return false;
	}

	@Override
	public String getCallbackName() {
		return "praja-database-roles";
	}

	@Override
	public void handle(Event event, Context context) {
		String history = context.getConfiguration().getTable();
		String applicationRole;
		try (Connection app = this.application.getConnection()) {
			applicationRole = single(app, "SELECT current_user");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot connect as the application's database role: " + ex.getMessage(),
					ex);
		}
		Connection owner = context.getConnection();
		try {
			boolean autoCommit = owner.getAutoCommit();
			owner.setAutoCommit(false);
			try {
				List<String> problems;
				try (Statement s = owner.createStatement()) {
					// two processes granting on one object at once fail ("tuple
					// concurrently updated")
					s.execute("SELECT pg_advisory_xact_lock(" + EmbeddedRoles.LOCK + ")");
				}
				String ownerRole = single(owner, "SELECT current_user");
				if (!ownerRole.equals(applicationRole)) {
					grant(owner, applicationRole, history);
				}
				problems = problems(owner, applicationRole, ownerRole);
				owner.commit();
				report(applicationRole, ownerRole, problems);
			}
			catch (SQLException | RuntimeException ex) {
				owner.rollback();
				throw ex;
			}
			finally {
				owner.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"cannot grant the application's database role its rights: " + ex.getMessage(), ex);
		}
	}

	private static void grant(Connection owner, String app, String history) throws SQLException {
		String role = quote(owner, app);
		String schema = single(owner, "SELECT quote_ident(current_schema())");
		String historyTable = schema + "." + quote(owner, history);
		try (Statement s = owner.createStatement()) {
			s.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + role);
			s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
			s.execute("REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA " + schema + " FROM " + role);
			s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + role);
			s.execute("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA " + schema + " TO " + role);
			if (exists(owner, history)) {
				s.execute("REVOKE ALL ON " + historyTable + " FROM " + role);
			}
			if (exists(owner, AUDIT_TABLE)) {
				s.execute("REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON " + schema + "." + AUDIT_TABLE
						+ " FROM PUBLIC, " + role);
			}
		}
	}

	/**
	 * @return why the application's role could rewrite the audit trail (empty when it
	 * cannot)
	 */
	static List<String> problems(Connection c, String app, String owner) throws SQLException {
		List<String> problems = new ArrayList<>();
		if (app.equals(owner)) {
			problems.add("it is also the role that runs the migrations and owns the tables");
		}
		if (Boolean.TRUE.equals(bool(c, "SELECT rolsuper FROM pg_roles WHERE rolname = ?", app))) {
			problems.add("it is a superuser");
			return problems;
		}
		try (PreparedStatement ps = c.prepareStatement("SELECT string_agg(c.relname, ', ' ORDER BY c.relname)"
				+ " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
				+ " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"
				+ " AND pg_has_role(?, c.relowner, 'MEMBER')")) {
			ps.setString(1, app);
			try (ResultSet rs = ps.executeQuery()) {
				String owned = rs.next() ? rs.getString(1) : null;
				if (owned != null && !app.equals(owner)) {
					problems.add("it owns (or is a member of the owner of) " + abbreviate(owned));
				}
			}
		}
		if (exists(c, AUDIT_TABLE)) {
			for (String privilege : List.of("UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER")) {
				if (Boolean.TRUE.equals(bool(c, "SELECT has_table_privilege(?, current_schema() || '." + AUDIT_TABLE
						+ "', '" + privilege + "')", app))) {
					problems.add("it holds " + privilege + " on " + AUDIT_TABLE);
				}
			}
		}
		return problems;
	}

	private void report(String app, String owner, List<String> problems) {
		if (problems.isEmpty()) {
			log.info("Audit trail protected: the application connects as '{}', which may only add to and read {};"
					+ " '{}' owns the tables", app, AUDIT_TABLE, owner);
			return;
		}
		String message = "The application's database role '" + app + "' can rewrite the audit trail ("
				+ String.join("; ", problems) + "): " + AUDIT_TABLE
				+ " is then only protected by its trigger, which that role can disable. Run the migrations as an"
				+ " owner role (spring.flyway.user, spring.flyway.password) and connect the application as a role of"
				+ " its own (spring.datasource.username) that owns nothing and is no superuser; see"
				+ " docs/operations.md, 'Database roles'.";
		if (this.allowSingleRole) {
			log.warn("{} Starting anyway because {}=true.", message, ALLOW_SINGLE_ROLE);
			return;
		}
		throw new IllegalStateException(
				message + " To start anyway (not for real data), set " + ALLOW_SINGLE_ROLE + "=true.");
	}

	private static String abbreviate(String names) {
		return (names.length() > 200) ? names.substring(0, 200) + "…" : names;
	}

	private static boolean exists(Connection c, String table) throws SQLException {
		return Boolean.TRUE.equals(bool(c,
				"SELECT to_regclass(quote_ident(current_schema()) || '.' || quote_ident(?))" + " IS NOT NULL", table));
	}

	private static String quote(Connection c, String identifier) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement("SELECT quote_ident(?)")) {
			ps.setString(1, identifier);
			try (ResultSet rs = ps.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

	private static Boolean bool(Connection c, String sql, String parameter) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setString(1, parameter);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? (Boolean) rs.getObject(1) : null;
			}
		}
	}

	private static String single(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
