package id.praja.shell.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides the database mode before anything starts: without {@code spring.datasource.url}
 * Praja runs its own embedded PostgreSQL and, unless told otherwise, loads the Jember
 * demo data; with an external server it starts empty (no demo accounts, no demo TPS).
 */
public class PrajaEnvironment implements EnvironmentPostProcessor {

	static final String EMBEDDED = "praja.database.embedded";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url");
		boolean embedded = url == null || url.isBlank();
		Map<String, Object> defaults = new HashMap<>();
		defaults.put(EMBEDDED, embedded);
		if (environment.getProperty("praja.demo.enabled") == null) {
			defaults.put("praja.demo.enabled", embedded);
		}
		environment.getPropertySources().addLast(new MapPropertySource("prajaDatabaseMode", defaults));
	}

}
