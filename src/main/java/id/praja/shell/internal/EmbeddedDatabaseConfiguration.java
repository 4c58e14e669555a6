package id.praja.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL inside Praja when no external server is configured. The cluster lives
 * in {@code praja.database.data-dir} (default {@code ./data/pg}) and survives restarts,
 * with PostgreSQL's durable defaults ({@code fsync} and {@code synchronous_commit} on).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PrajaEnvironment.EMBEDDED, havingValue = "true")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${praja.database.data-dir:data/pg}") Path dataDir,
			@Value("${praja.database.port:0}") int port) throws IOException {
		Path absolute = dataDir.toAbsolutePath().normalize();
		Files.createDirectories(absolute);
		Path work = absolute.resolveSibling(absolute.getFileName() + "-runtime");
		Files.createDirectories(work);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(absolute)
			.setCleanDataDirectory(false)
			.setOverrideWorkingDirectory(work.toFile())
			// the library starts PostgreSQL for tests: without fsync (-F) and without
			// waiting for commits to reach the disk. Praja keeps real data here, so both
			// are turned back on (a later -c wins over -F): a power cut loses nothing
			// acknowledged and cannot corrupt the cluster.
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		catch (IllegalStateException ex) {
			if (String.valueOf(ex.getMessage()).contains("could not lock")) {
				throw new IllegalStateException("The embedded database in " + absolute
						+ " is in use by another Praja process: stop that one first (a running server"
						+ " and a ./praja command cannot share the embedded database)", ex);
			}
			throw ex;
		}
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), absolute);
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("praja-embedded");
		return dataSource;
	}

}
