package id.praja.command.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One thread per node holding its own PostgreSQL connection that LISTENs on
 * {@link FieldReportStore#CHANNEL}: whatever any node commits reaches this node's viewers
 * through {@link LiveFeed}. PostgreSQL delivers a notification only when the transaction
 * that sent it commits, so viewers never see a report that was not stored. After a lost
 * connection it reconnects and tells the viewers to reload.
 */
@Component
@ConditionalOnWebApplication
class LiveListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LiveListener.class);

	private static final long HEARTBEAT_MILLIS = 20_000;

	private final DataSource dataSource;

	private final LiveFeed feed;

	private volatile boolean running;

	private volatile Thread thread;

	private volatile Connection connection;

	LiveListener(DataSource dataSource, LiveFeed feed) {
		this.dataSource = dataSource;
		this.feed = feed;
	}

	@Override
	public void start() {
		this.running = true;
		Thread t = new Thread(this::run, "praja-live-listener");
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

	private void run() {
		boolean first = true;
		long lastBeat = System.currentTimeMillis();
		while (this.running) {
			try (Connection c = open()) {
				this.connection = c;
				try (Statement s = c.createStatement()) {
					s.execute("LISTEN " + FieldReportStore.CHANNEL);
				}
				if (!first) {
					this.feed.resync();
				}
				first = false;
				PGConnection pg = c.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications != null && notifications.length > 0) {
						List<String> batch = new ArrayList<>(notifications.length);
						for (PGNotification n : notifications) {
							batch.add(n.getParameter());
						}
						this.feed.publish(batch);
					}
					long now = System.currentTimeMillis();
					if (now - lastBeat > HEARTBEAT_MILLIS) {
						this.feed.heartbeat();
						lastBeat = now;
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				log.warn("Live listener lost its database connection ({}); reconnecting", ex.getMessage());
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
			Connection c = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
			c.setAutoCommit(true);
			return c;
		}
		return this.dataSource.getConnection();
	}

}
