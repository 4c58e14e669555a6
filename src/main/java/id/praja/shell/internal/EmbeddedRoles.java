package id.praja.shell.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The two roles of the embedded database, made by its superuser {@code postgres} on every
 * start (idempotently): {@value #OWNER} runs the migrations and owns every table,
 * {@value #APPLICATION} is the role Praja connects as and gets only the rights
 * {@link DatabaseRoles} grants (no superuser, owns nothing, may only add to and read the
 * audit trail).
 * <p>
 * A data folder from before the roles has its objects owned by {@code postgres}; they are
 * handed to {@value #OWNER} here, so an old folder keeps working.
 * <p>
 * The embedded cluster trusts local connections (as the library sets it up): these roles
 * keep the application's own connection from rewriting history (a bug, an injected
 * statement), not a person with a shell on the machine. Production data belongs on an
 * external server with password authentication (docs/operations.md).
 */
final class EmbeddedRoles {

	/** Runs the migrations and owns the schema's objects. */
	static final String OWNER = "praja_owner";

	/** The application's login: data rights only. */
	static final String APPLICATION = "praja_app";

	/** Advisory lock (two-key form) serialising role and grant changes. */
	static final String LOCK = "7072, 1";

	// Roles are cluster-wide; the ownership hand-over is for schema public of the
	// database postgres, where the embedded Praja keeps its data.
	private static final String PREPARE = """
			DO $$
			DECLARE
			    r record;
			BEGIN
			    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
			        CREATE ROLE %1$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
			    END IF;
			    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%2$s') THEN
			        CREATE ROLE %2$s LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
			    END IF;
			    GRANT USAGE, CREATE ON SCHEMA public TO %1$s;
			    -- tables, views (with their indexes and serial sequences) first ...
			    FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c
			            JOIN pg_namespace n ON n.oid = c.relnamespace
			            WHERE n.nspname = 'public' AND c.relowner = 'postgres'::regrole
			              AND c.relkind IN ('r', 'p', 'v', 'm', 'f') LOOP
			        EXECUTE format('ALTER %%s %%s OWNER TO %1$s', CASE r.relkind WHEN 'v' THEN 'VIEW'
			            WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, r.name);
			    END LOOP;
			    -- ... then the sequences no table owns
			    FOR r IN SELECT c.oid::regclass AS name FROM pg_class c
			            JOIN pg_namespace n ON n.oid = c.relnamespace
			            WHERE n.nspname = 'public' AND c.relowner = 'postgres'::regrole AND c.relkind = 'S' LOOP
			        EXECUTE format('ALTER SEQUENCE %%s OWNER TO %1$s', r.name);
			    END LOOP;
			    FOR r IN SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p
			            JOIN pg_namespace n ON n.oid = p.pronamespace
			            WHERE n.nspname = 'public' AND p.proowner = 'postgres'::regrole LOOP
			        EXECUTE format('ALTER %%s %%s OWNER TO %1$s', CASE r.prokind WHEN 'p' THEN 'PROCEDURE'
			            WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, r.name);
			    END LOOP;
			    FOR r IN SELECT t.oid::regtype AS name, t.typtype FROM pg_type t
			            JOIN pg_namespace n ON n.oid = t.typnamespace
			            WHERE n.nspname = 'public' AND t.typowner = 'postgres'::regrole AND t.typtype IN ('e', 'd') LOOP
			        EXECUTE format('ALTER %%s %%s OWNER TO %1$s', CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END,
			            r.name);
			    END LOOP;
			END $$""".formatted(OWNER, APPLICATION);

	private EmbeddedRoles() {
	}

	/**
	 * Makes the roles if missing and hands objects owned by {@code postgres} to the owner
	 * role. Safe to run while another Praja process uses the cluster.
	 * @param port the embedded cluster's port
	 */
	static void prepare(int port) {
		String url = "jdbc:postgresql://localhost:" + port + "/postgres";
		try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
			c.setAutoCommit(false);
			try (Statement s = c.createStatement()) {
				s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
				s.execute(PREPARE);
			}
			c.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare the roles of the embedded database: " + ex.getMessage(),
					ex);
		}
	}

}
