package id.praja.shell.internal;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Decides the database mode before anything starts: without {@code spring.datasource.url}
 * Praja runs its own embedded PostgreSQL and, unless told otherwise, loads the Jember
 * demo data; with an external server it starts empty (no demo accounts, no demo TPS). On
 * the embedded database Flyway migrates as the owner role ({@value EmbeddedRoles#OWNER})
 * while the application connects as {@value EmbeddedRoles#APPLICATION} (see
 * {@link DatabaseRoles}).
 */
public class PrajaEnvironment implements EnvironmentPostProcessor {

	static final String EMBEDDED = "praja.database.embedded";

	static final String DEMO = "praja.demo.enabled";

	static final String FLYWAY_USER = "spring.flyway.user";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new DatabaseMode(environment));
	}

	/**
	 * Answers at the time of asking, so that property sources added later (tests add
	 * theirs after the post-processors ran) still decide the mode. Lowest precedence: an
	 * explicit {@code praja.demo.enabled} (or {@code spring.flyway.user}) wins.
	 */
	static final class DatabaseMode extends PropertySource<Object> {

		private final ConfigurableEnvironment environment;

		DatabaseMode(ConfigurableEnvironment environment) {
			super("prajaDatabaseMode", new Object());
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			if (!name.equals(EMBEDDED) && !name.equals(DEMO) && !name.equals(FLYWAY_USER)) {
				return null;
			}
			String url = this.environment.getProperty("spring.datasource.url");
			boolean embedded = url == null || url.isBlank();
			if (name.equals(FLYWAY_USER)) {
				// Flyway derives its connection from the application's data source, as
				// the owner; on an external server the operator names the owner
				return embedded ? EmbeddedRoles.OWNER : null;
			}
			return String.valueOf(embedded);
		}

	}

}
