package id.praja.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

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
 * The superuser only makes the roles ({@link EmbeddedRoles}); Praja connects as
 * {@value EmbeddedRoles#APPLICATION}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PrajaEnvironment.EMBEDDED, havingValue = "true")
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * The embedded cluster: started here, or, for a {@code ./praja} command while a
	 * server runs on the same data folder, the server's (found by the port in
	 * PostgreSQL's {@code postmaster.pid}), so that for example
	 * {@code ./praja bench ingest --url …} can play a voting day against a running Praja.
	 */
	record Cluster(EmbeddedPostgres owned, int port) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			if (this.owned != null) {
				this.owned.close();
			}
		}

	}

	@Bean(destroyMethod = "close")
	Cluster embeddedPostgres(@Value("${praja.database.data-dir:data/pg}") Path dataDir,
			@Value("${praja.database.port:0}") int port,
			@Value("${" + id.praja.shell.PrajaLauncher.COMMAND_LINE + ":false}") boolean commandLine)
			throws IOException {
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
				Integer running = commandLine ? runningPort(absolute) : null;
				if (running != null) {
					log.info("Using the running server's embedded PostgreSQL on port {} ({})", running, absolute);
					EmbeddedRoles.prepare(running);
					return new Cluster(null, running);
				}
				throw new IllegalStateException(
						"The embedded database in " + absolute
								+ " is in use by another Praja process: stop that one first (two servers cannot"
								+ " share one embedded database; point the second at it with SPRING_DATASOURCE_URL)",
						ex);
			}
			throw ex;
		}
		log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), absolute);
		try {
			EmbeddedRoles.prepare(postgres.getPort());
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		return new Cluster(postgres, postgres.getPort());
	}

	/**
	 * @return the port of the PostgreSQL running on this data folder (line 4 of
	 * {@code postmaster.pid}) if it answers, else null
	 */
	static Integer runningPort(Path dataDir) {
		try {
			List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
			int port = Integer.parseInt(pid.get(3).trim());
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
			}
			return port;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * The application's connections, as {@value EmbeddedRoles#APPLICATION}; Flyway
	 * derives its own from this one as {@value EmbeddedRoles#OWNER}
	 * ({@code spring.flyway.user}, set by {@link PrajaEnvironment}).
	 */
	@Bean
	DataSource dataSource(Cluster postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.port() + "/postgres");
		dataSource.setUsername(EmbeddedRoles.APPLICATION);
		dataSource.setMaximumPoolSize(10);
		dataSource.setPoolName("praja-embedded");
		return dataSource;
	}

}
