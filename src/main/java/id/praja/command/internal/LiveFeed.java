package id.praja.command.internal;

import java.io.IOException;
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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
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

		private final SseEmitter emitter;

		private final Predicate<String> kecamatan;

		private final BlockingQueue<SseEmitter.SseEventBuilder> queue = new ArrayBlockingQueue<>(QUEUE);

		private final AtomicBoolean draining = new AtomicBoolean();

		Viewer(SseEmitter emitter, Predicate<String> kecamatan) {
			this.emitter = emitter;
			this.kecamatan = kecamatan;
		}

		void offer(SseEmitter.SseEventBuilder event) {
			if (!LiveFeed.this.viewers.contains(this)) {
				return;
			}
			if (!this.queue.offer(event)) {
				log.info("A live viewer cannot keep up ({} events waiting); dropped", QUEUE);
				drop(this, null);
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
				SseEmitter.SseEventBuilder event;
				while ((event = this.queue.poll()) != null) {
					try {
						this.emitter.send(event);
					}
					catch (IOException | IllegalStateException ex) {
						drop(this, ex);
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

	/**
	 * Adds an SSE viewer.
	 * @param emitter the viewer's stream
	 * @param kecamatan which kecamatan he may see
	 */
	public void add(SseEmitter emitter, Predicate<String> kecamatan) {
		Viewer viewer = new Viewer(emitter, kecamatan);
		this.viewers.add(viewer);
		emitter.onCompletion(() -> this.viewers.remove(viewer));
		emitter.onTimeout(() -> this.viewers.remove(viewer));
		emitter.onError(ex -> this.viewers.remove(viewer));
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
			send(viewer, SseEmitter.event().name(event).data(data));
		}
	}

	/** Tells every viewer to reload its state (notifications may have been missed). */
	void resync() {
		for (Viewer viewer : this.viewers) {
			send(viewer, SseEmitter.event().name("resync").data("{}"));
		}
	}

	/** Keeps idle connections open through proxies and finds the dead ones. */
	void heartbeat() {
		for (Viewer viewer : this.viewers) {
			send(viewer, SseEmitter.event().comment("ping"));
		}
	}

	private void send(Viewer viewer, SseEmitter.SseEventBuilder event) {
		viewer.offer(event);
	}

	private void drop(Viewer viewer, Exception ex) {
		this.viewers.remove(viewer);
		// not on the caller's thread: completing waits for a write in progress, which a
		// stalled network may hold for a long time
		try {
			this.senders.execute(() -> {
				try {
					if (ex != null) {
						viewer.emitter.completeWithError(ex);
					}
					else {
						viewer.emitter.complete();
					}
				}
				catch (RuntimeException ignored) {
					// already completed
				}
			});
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
