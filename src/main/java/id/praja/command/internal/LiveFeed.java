package id.praja.command.internal;

import id.praja.shared.EventStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The viewers connected to this node (SSE streams) and anyone else listening in-process.
 * Receives the reports committed on any node (from {@link LiveListener}) in batches and
 * sends each viewer those of his area as one {@code reports} event carrying a JSON array.
 * <p>
 * The LISTEN thread only queues: every viewer has a bounded queue of events of his own,
 * written to his stream by a thread of the send pool (one at a time per viewer), so a
 * viewer whose network stalls delays nobody else; when his queue is full he is dropped
 * (his page reconnects and reloads).
 */
@Component
public class LiveFeed implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);

	/** Events a viewer may have waiting before he is dropped. */
	static final int QUEUE = 256;

	private final List<Viewer> viewers = new CopyOnWriteArrayList<>();

	private final List<Consumer<List<String>>> listeners = new CopyOnWriteArrayList<>();

	private final JsonMapper json = JsonMapper.builder().build();

	// at most one thread per viewer at a time: a stalled viewer holds only his own
	private final ExecutorService senders = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "praja-live-send");
		t.setDaemon(true);
		return t;
	});

	private final class Viewer implements Runnable {

		private final EventStream stream;

		private final Predicate<String> kecamatan;

		private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);

		private final AtomicBoolean draining = new AtomicBoolean();

		Viewer(EventStream stream, Predicate<String> kecamatan) {
			this.stream = stream;
			this.kecamatan = kecamatan;
		}

		void offer(Event event) {
			if (!LiveFeed.this.viewers.contains(this)) {
				return;
			}
			if (!this.queue.offer(event)) {
				log.info("A live viewer cannot keep up ({} events waiting); dropped", QUEUE);
				drop(this);
				return;
			}
			if (this.draining.compareAndSet(false, true)) {
				try {
					LiveFeed.this.senders.execute(this);
				}
				catch (java.util.concurrent.RejectedExecutionException ex) {
					// shutting down
				}
			}
		}

		@Override
		public void run() {
			while (true) {
				Event event;
				while ((event = this.queue.poll()) != null) {
					if (!event.sendTo(this.stream)) {
						drop(this);
						this.queue.clear();
						this.draining.set(false);
						return;
					}
				}
				this.draining.set(false);
				// an event queued after the last poll and before the flag was cleared
				if (this.queue.isEmpty() || !this.draining.compareAndSet(false, true)) {
					return;
				}
			}
		}

	}

	/** An event waiting in a viewer's queue: a named one, or a ping (no name). */
	private record Event(String name, String data) {

		static final Event PING = new Event(null, null);

		boolean sendTo(EventStream stream) {
			return (this.name != null) ? stream.send(this.name, this.data) : stream.ping();
		}

	}

	/**
	 * Adds a viewer.
	 * @param stream the viewer's stream
	 * @param kecamatan which kecamatan he may see
	 */
	public void add(EventStream stream, Predicate<String> kecamatan) {
		Viewer viewer = new Viewer(stream, kecamatan);
		this.viewers.add(viewer);
		stream.onClose(() -> this.viewers.remove(viewer));
	}

	/**
	 * Adds an in-process listener of committed reports (each a JSON object).
	 * @param listener receives each batch
	 * @return call to remove the listener
	 */
	public Runnable listen(Consumer<List<String>> listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	/**
	 * @return the number of SSE viewers on this node
	 */
	public int viewers() {
		return this.viewers.size();
	}

	/**
	 * Sends a batch of announcements (JSON objects, as notified) to every viewer.
	 * @param batch announcements in commit order
	 */
	void publish(List<String> batch) {
		if (batch.isEmpty()) {
			return;
		}
		this.listeners.forEach(l -> l.accept(batch));
		if (this.viewers.isEmpty()) {
			return;
		}
		List<String> reports = new ArrayList<>(batch.size());
		List<String> incidents = new ArrayList<>();
		List<String> reportAreas = new ArrayList<>(batch.size());
		List<String> incidentAreas = new ArrayList<>();
		for (String item : batch) {
			JsonNode node = this.json.readTree(item);
			// incident and unit changes carry a "kind"; field reports do not
			boolean incident = node.has("kind");
			(incident ? incidents : reports).add(item);
			(incident ? incidentAreas : reportAreas).add(node.path("kecamatan").asString(""));
		}
		send("reports", reports, reportAreas);
		send("incidents", incidents, incidentAreas);
	}

	private void send(String event, List<String> batch, List<String> kecamatan) {
		if (batch.isEmpty()) {
			return;
		}
		String all = "[" + String.join(",", batch) + "]";
		for (Viewer viewer : this.viewers) {
			String data = all;
			List<String> mine = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				if (viewer.kecamatan.test(kecamatan.get(i))) {
					mine.add(batch.get(i));
				}
			}
			if (mine.isEmpty()) {
				continue;
			}
			if (mine.size() != batch.size()) {
				data = "[" + String.join(",", mine) + "]";
			}
			send(viewer, new Event(event, data));
		}
	}

	/** Tells every viewer to reload its state (notifications may have been missed). */
	void resync() {
		for (Viewer viewer : this.viewers) {
			send(viewer, new Event("resync", "{}"));
		}
	}

	/** Keeps idle connections open through proxies and finds the dead ones. */
	void heartbeat() {
		for (Viewer viewer : this.viewers) {
			send(viewer, Event.PING);
		}
	}

	private void send(Viewer viewer, Event event) {
		viewer.offer(event);
	}

	private void drop(Viewer viewer) {
		this.viewers.remove(viewer);
		// not on the caller's thread: closing waits for a write in progress, which a
		// stalled network may hold for a long time (closing says how the last write
		// failed, if one did)
		try {
			this.senders.execute(viewer.stream::close);
		}
		catch (java.util.concurrent.RejectedExecutionException ignored) {
			// shutting down
		}
	}

	@Override
	public void destroy() {
		this.senders.shutdownNow();
	}

}
