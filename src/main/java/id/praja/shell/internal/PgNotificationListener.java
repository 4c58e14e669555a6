package id.praja.shell.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import id.praja.shared.DatabaseNotifications;

/**
 * {@link DatabaseNotifications} over one PostgreSQL connection per node, outside the pool
 * and held for the node's lifetime, on one thread. When the connection is lost it
 * reconnects every second, listens on every channel again and tells every listener (it
 * may have missed notifications); it does the same when it first connects, for what was
 * read before.
 */
@Component
class PgNotificationListener implements DatabaseNotifications, SmartLifecycle {

	/** How the listening connection shows in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "praja-listener";

	private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

	private static final Logger log = LoggerFactory.getLogger(PgNotificationListener.class);

	private final DataSource dataSource;

	private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();

	private volatile boolean running;

	private volatile Thread thread;

	PgNotificationListener(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void listen(String channel, Listener listener) {
		if (!CHANNEL.matcher(channel).matches()) {
			throw new IllegalArgumentException("not a channel name: " + channel);
		}
		this.listeners.computeIfAbsent(channel, key -> new CopyOnWriteArrayList<>()).add(listener);
	}

	@Override
	public void start() {
		this.running = true;
		Thread t = new Thread(this::run, "praja-listener");
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
				Set<String> listening = new HashSet<>();
				listenToNew(c, listening);
				PGConnection pg = c.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications != null && notifications.length > 0) {
						deliver(notifications);
					}
					listenToNew(c, listening);
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("Notification listener lost its database connection ({}); reconnecting", ex.getMessage());
				try {
					Thread.sleep(1000);
				}
				catch (InterruptedException ie) {
					return;
				}
			}
		}
	}

	/** Listens on the channels registered since, and tells their listeners. */
	private void listenToNew(Connection c, Set<String> listening) throws SQLException {
		for (Map.Entry<String, List<Listener>> channel : this.listeners.entrySet()) {
			if (listening.add(channel.getKey())) {
				try (Statement s = c.createStatement()) {
					s.execute("LISTEN " + channel.getKey());
				}
				for (Listener listener : channel.getValue()) {
					safely(() -> listener.reconnected());
				}
			}
		}
	}

	private void deliver(PGNotification[] notifications) {
		Map<String, List<String>> byChannel = new LinkedHashMap<>();
		for (PGNotification n : notifications) {
			byChannel.computeIfAbsent(n.getName(), key -> new ArrayList<>()).add(n.getParameter());
		}
		byChannel.forEach((channel, payloads) -> {
			for (Listener listener : this.listeners.getOrDefault(channel, List.of())) {
				safely(() -> listener.received(payloads));
			}
		});
	}

	/** One listener's failure neither stops the others nor the listening. */
	private static void safely(Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			log.error("A notification listener failed", ex);
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
