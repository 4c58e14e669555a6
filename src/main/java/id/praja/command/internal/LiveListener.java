package id.praja.command.internal;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import id.praja.shared.DatabaseNotifications;

/**
 * Brings whatever any node commits on {@link FieldReportStore#CHANNEL} to this node's
 * viewers through {@link LiveFeed}, by the node's one {@link DatabaseNotifications}
 * listener. PostgreSQL delivers a notification only when the transaction that sent it
 * commits, so viewers never see a report that was not stored. After a lost connection the
 * viewers are told to reload. A heartbeat keeps idle streams open through proxies.
 */
@Component
@ConditionalOnWebApplication
class LiveListener implements SmartLifecycle {

	private static final long HEARTBEAT_SECONDS = 20;

	private final LiveFeed feed;

	private volatile ScheduledExecutorService heartbeat;

	LiveListener(DatabaseNotifications notifications, LiveFeed feed) {
		this.feed = feed;
		notifications.listen(FieldReportStore.CHANNEL, new DatabaseNotifications.Listener() {

			@Override
			public void received(List<String> payloads) {
				feed.publish(payloads);
			}

			@Override
			public void reconnected() {
				feed.resync();
			}

		});
	}

	@Override
	public void start() {
		ScheduledExecutorService beat = Executors.newSingleThreadScheduledExecutor(task -> {
			Thread t = new Thread(task, "praja-live-heartbeat");
			t.setDaemon(true);
			return t;
		});
		beat.scheduleWithFixedDelay(this.feed::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
		this.heartbeat = beat;
	}

	@Override
	public void stop() {
		ScheduledExecutorService beat = this.heartbeat;
		if (beat != null) {
			beat.shutdownNow();
		}
		this.heartbeat = null;
	}

	@Override
	public boolean isRunning() {
		return this.heartbeat != null;
	}

}
