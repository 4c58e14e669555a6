package id.praja.shell.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.praja.shared.ClusterCaches;
import id.praja.shared.DatabaseNotifications;

/**
 * {@link ClusterCaches} over PostgreSQL: a change is announced with
 * {@code pg_notify('praja_cache', name)} in the changing transaction (PostgreSQL delivers
 * it only if that commits) and forgotten on this node right after the commit; the node's
 * {@link DatabaseNotifications} listener forgets what other nodes announce. When its
 * connection is lost, every cache is forgotten once it listens again, as announcements
 * may have been missed; the same when it first connects, for what was loaded before.
 */
@Component
class PgClusterCaches implements ClusterCaches {

	static final String CHANNEL = "praja_cache";

	private final JdbcTemplate jdbc;

	private final Map<String, List<Runnable>> caches = new ConcurrentHashMap<>();

	PgClusterCaches(DataSource dataSource, DatabaseNotifications notifications) {
		this.jdbc = new JdbcTemplate(dataSource);
		notifications.listen(CHANNEL, new DatabaseNotifications.Listener() {

			@Override
			public void received(List<String> payloads) {
				payloads.forEach(PgClusterCaches.this::forget);
			}

			@Override
			public void reconnected() {
				forgetAll();
			}

		});
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

}
