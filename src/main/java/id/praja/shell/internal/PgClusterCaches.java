package id.praja.shell.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.praja.shared.ClusterCaches;

/**
 * {@link ClusterCaches} over PostgreSQL: a change is announced with
 * {@code pg_notify('praja_cache', name)} in the changing transaction (PostgreSQL delivers
 * it only if that commits) and forgotten on this node right after the commit; one thread
 * per node holds a connection of its own that LISTENs and forgets what other nodes
 * announce. When that connection is lost it reconnects (every second) and forgets every
 * cache, as announcements may have been missed; it does the same when it first connects,
 * for what was loaded before.
 */
@Component
class PgClusterCaches implements ClusterCaches, SmartLifecycle {

	static final String CHANNEL = "praja_cache";

	/** How the listening connection shows in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "praja-cache-listener";

	private static final Logger log = LoggerFactory.getLogger(PgClusterCaches.class);

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final Map<String, List<Runnable>> caches = new ConcurrentHashMap<>();

	private volatile boolean running;

	private volatile Thread thread;

	PgClusterCaches(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public void register(String cache, Runnable forget) {
		this.caches.computeIfAbsent(cache, key -> new CopyOnWriteArrayList<>()).add(forget);
	}

	@Override
	public void changed(String cache) {
		this.jdbc.query("SELECT pg_notify(?, ?)", rs -> {
		}, CHANNEL, cache);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget(cache);
				}
			});
		}
		else {
			forget(cache);
		}
	}

	private void forget(String cache) {
		List<Runnable> forgets = this.caches.get(cache);
		if (forgets != null) {
			forgets.forEach(Runnable::run);
		}
	}

	private void forgetAll() {
		this.caches.values().forEach(list -> list.forEach(Runnable::run));
	}

	@Override
	public void start() {
		this.running = true;
		Thread t = new Thread(this::run, "praja-cache-listener");
		t.setDaemon(true);
		this.thread = t;
		t.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread t = this.thread;
		if (t != null) {
			t.interrupt();
			try {
				t.join(2000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// before the web server takes requests, after the database is up
		return SmartLifecycle.DEFAULT_PHASE - 1000;
	}

	private void run() {
		while (this.running) {
			try (Connection c = open()) {
				try (Statement s = c.createStatement()) {
					s.execute("LISTEN " + CHANNEL);
				}
				forgetAll();
				PGConnection pg = c.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications != null) {
						for (PGNotification n : notifications) {
							forget(n.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("Cache listener lost its database connection ({}); reconnecting", ex.getMessage());
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ie) {
					return;
				}
			}
		}
	}

	/** A connection of its own, outside the pool: it is held for the node's lifetime. */
	private Connection open() throws SQLException {
		if (this.dataSource instanceof HikariDataSource hikari) {
			Properties properties = new Properties();
			if (hikari.getUsername() != null) {
				properties.setProperty("user", hikari.getUsername());
			}
			if (hikari.getPassword() != null) {
				properties.setProperty("password", hikari.getPassword());
			}
			properties.setProperty("ApplicationName", APPLICATION_NAME);
			Connection c = DriverManager.getConnection(hikari.getJdbcUrl(), properties);
			c.setAutoCommit(true);
			return c;
		}
		return this.dataSource.getConnection();
	}

}
