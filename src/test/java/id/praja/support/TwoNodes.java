package id.praja.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
