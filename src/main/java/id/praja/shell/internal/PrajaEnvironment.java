package id.praja.shell.internal;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Decides the database mode before anything starts: without {@code spring.datasource.url}
 * Praja runs its own embedded PostgreSQL and, unless told otherwise, loads the Jember
 * demo data; with an external server it starts empty (no demo accounts, no demo TPS).
 */
public class PrajaEnvironment implements EnvironmentPostProcessor {

	static final String EMBEDDED = "praja.database.embedded";

	static final String DEMO = "praja.demo.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addLast(new DatabaseMode(environment));
	}

	/**
	 * Answers at the time of asking, so that property sources added later (tests add
	 * theirs after the post-processors ran) still decide the mode. Lowest precedence: an
	 * explicit {@code praja.demo.enabled} wins.
	 */
	static final class DatabaseMode extends PropertySource<Object> {

		private final ConfigurableEnvironment environment;

		DatabaseMode(ConfigurableEnvironment environment) {
			super("prajaDatabaseMode", new Object());
			this.environment = environment;
		}

		@Override
		public Object getProperty(String name) {
			if (!name.equals(EMBEDDED) && !name.equals(DEMO)) {
				return null;
			}
			String url = this.environment.getProperty("spring.datasource.url");
			return String.valueOf(url == null || url.isBlank());
		}

	}

}
