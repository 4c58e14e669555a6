package id.praja.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that start Praja's Spring context: a fresh PostgreSQL database with the
 * migrations and the Jember demo data (see {@link TestDatabase}). Test classes extending
 * this share one context, and so one database.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class DatabaseTests {

	private static java.util.Map<String, String> properties;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		synchronized (DatabaseTests.class) {
			if (properties == null) {
				properties = TestDatabase.freshProperties(false);
			}
		}
		properties.forEach((key, value) -> registry.add(key, () -> value));
	}

}
