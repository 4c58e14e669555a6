package id.praja.shared;

/**
 * A live stream of named events to one watcher (on the web: server-sent events, see
 * {@code shared.web.ServerSentEvents}). Module APIs take one to stream into, so they know
 * nothing of the web; the data of an event is written as JSON (a {@code String} as it
 * is).
 */
public interface EventStream {

	/**
	 * Sends one event.
	 * @param name the event's name, e.g. {@code progress}
	 * @param data its data
	 * @return false when the watcher has gone (the write failed): send him nothing more
	 */
	boolean send(String name, Object data);

	/**
	 * Keeps an idle connection open through proxies and finds a dead one.
	 * @return false when the watcher has gone
	 */
	boolean ping();

	/**
	 * Ends the stream (with the failure of the last write, if one failed).
	 */
	void close();

	/**
	 * @param action run once when the stream ends, whichever side ends it (completion,
	 * time-out, a network error)
	 */
	void onClose(Runnable action);

}
