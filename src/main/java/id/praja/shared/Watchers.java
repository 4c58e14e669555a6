package id.praja.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The watchers of one live thing (a solve, a floor game): each event goes to all of them;
 * a watcher whose write fails, or whose stream ends, is forgotten.
 */
public final class Watchers {

	private final List<EventStream> streams = new CopyOnWriteArrayList<>();

	/**
	 * @param stream a new watcher, forgotten when his stream ends
	 */
	public void add(EventStream stream) {
		this.streams.add(stream);
		stream.onClose(() -> this.streams.remove(stream));
	}

	/**
	 * Sends an event to every watcher.
	 * @param name the event's name
	 * @param data its data
	 */
	public void send(String name, Object data) {
		for (EventStream stream : this.streams) {
			if (!stream.send(name, data)) {
				this.streams.remove(stream);
			}
		}
	}

	/**
	 * Ends every watcher's stream and forgets them.
	 */
	public void close() {
		this.streams.forEach(EventStream::close);
		this.streams.clear();
	}

	/**
	 * @return true without watchers
	 */
	public boolean isEmpty() {
		return this.streams.isEmpty();
	}

}
