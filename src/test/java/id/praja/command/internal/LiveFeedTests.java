package id.praja.command.internal;

import id.praja.shared.EventStream;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live feed on its own: a viewer whose network stalls (his writes never return)
 * delays neither the LISTEN thread nor the other viewers, and is dropped once his queue
 * is full.
 */
class LiveFeedTests {

	private final LiveFeed feed = new LiveFeed();

	private final CountDownLatch network = new CountDownLatch(1);

	@AfterEach
	void close() {
		this.network.countDown();
		this.feed.destroy();
	}

	/** A stream to a viewer, on its own (the web's part is {@code ServerSentEvents}). */
	abstract static class Viewer implements EventStream {

		@Override
		public boolean ping() {
			return send("ping", "");
		}

		@Override
		public void close() {
		}

		@Override
		public void onClose(Runnable action) {
		}

	}

	/** A stream whose client never reads: the first write blocks for good. */
	class StalledViewer extends Viewer {

		@Override
		public boolean send(String name, Object data) {
			try {
				LiveFeedTests.this.network.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return false; // connection reset
		}

	}

	/** A stream whose client reads everything: records what it was sent. */
	static class ReadingViewer extends Viewer {

		final BlockingQueue<String> received = new LinkedBlockingQueue<>();

		@Override
		public boolean send(String name, Object data) {
			this.received.add(name + ": " + data);
			return true;
		}

	}

	@Test
	void aViewerWhoNeverReadsDelaysNeitherTheListenerNorTheOtherViewers() throws Exception {
		StalledViewer stalled = new StalledViewer();
		ReadingViewer reading = new ReadingViewer();
		this.feed.add(stalled, kecamatan -> true);
		this.feed.add(reading, kecamatan -> true);

		CompletableFuture<Void> listener = CompletableFuture.runAsync(() -> {
			for (int i = 0; i < 10; i++) {
				this.feed.publish(List.of("{\"id\":\"r" + i + "\",\"kecamatan\":\"35.09.18\"}"));
			}
		});

		listener.get(30, TimeUnit.SECONDS);
		for (int i = 0; i < 10; i++) {
			assertThat(reading.received.poll(30, TimeUnit.SECONDS)).contains("\"id\":\"r" + i + "\"");
		}
	}

	@Test
	void aViewerWhoCannotKeepUpIsDroppedAndTheOthersStay() throws Exception {
		StalledViewer stalled = new StalledViewer();
		ReadingViewer reading = new ReadingViewer();
		this.feed.add(stalled, kecamatan -> true);
		this.feed.add(reading, kecamatan -> true);

		for (int i = 0; i <= LiveFeed.QUEUE + 1; i++) {
			this.feed.publish(List.of("{\"id\":\"r" + i + "\",\"kecamatan\":\"35.09.18\"}"));
			assertThat(reading.received.poll(30, TimeUnit.SECONDS)).contains("\"id\":\"r" + i + "\"");
		}

		assertThat(this.feed.viewers()).isEqualTo(1);
	}

}
