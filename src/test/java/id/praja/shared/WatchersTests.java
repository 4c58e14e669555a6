package id.praja.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WatchersTests {

	/** A watcher that records what it receives, until his network fails. */
	static final class Watcher implements EventStream {

		final List<String> received = new ArrayList<>();

		boolean gone;

		boolean closed;

		Runnable onClose = () -> {
		};

		@Override
		public boolean send(String name, Object data) {
			if (this.gone) {
				return false;
			}
			this.received.add(name + "=" + data);
			return true;
		}

		@Override
		public boolean ping() {
			return !this.gone;
		}

		@Override
		public void close() {
			this.closed = true;
		}

		@Override
		public void onClose(Runnable action) {
			this.onClose = action;
		}

	}

	@Test
	void sendsEachEventToEveryWatcher() {
		Watchers watchers = new Watchers();
		Watcher a = new Watcher();
		Watcher b = new Watcher();
		watchers.add(a);
		watchers.add(b);
		watchers.send("game", "1");
		assertThat(a.received).containsExactly("game=1");
		assertThat(b.received).containsExactly("game=1");
	}

	@Test
	void forgetsAWatcherWhoseWriteFailsAndKeepsTheOthers() {
		Watchers watchers = new Watchers();
		Watcher gone = new Watcher();
		Watcher staying = new Watcher();
		watchers.add(gone);
		watchers.add(staying);
		gone.gone = true;
		watchers.send("progress", "1");
		gone.gone = false;
		watchers.send("progress", "2");
		assertThat(gone.received).isEmpty();
		assertThat(staying.received).containsExactly("progress=1", "progress=2");
	}

	@Test
	void forgetsAWatcherWhoseStreamEnds() {
		Watchers watchers = new Watchers();
		Watcher leaving = new Watcher();
		watchers.add(leaving);
		leaving.onClose.run();
		assertThat(watchers.isEmpty()).isTrue();
	}

	@Test
	void closingEndsEveryStream() {
		Watchers watchers = new Watchers();
		Watcher a = new Watcher();
		watchers.add(a);
		watchers.close();
		assertThat(a.closed).isTrue();
		assertThat(watchers.isEmpty()).isTrue();
	}

}
