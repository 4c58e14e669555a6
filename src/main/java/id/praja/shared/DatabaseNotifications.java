package id.praja.shared;

import java.util.List;

/**
 * What any node announces with PostgreSQL's {@code NOTIFY}, delivered to this node: one
 * listening connection per node serves every channel (the cluster's caches, the live
 * field reports). PostgreSQL delivers a notification only when the transaction that sent
 * it commits.
 */
public interface DatabaseNotifications {

	/**
	 * Listens on a channel from now on.
	 * @param channel the channel's name (letters, digits and underscores)
	 * @param listener what to do with what arrives
	 */
	void listen(String channel, Listener listener);

	/** Receives the notifications of one channel, on the listening thread. */
	interface Listener {

		/**
		 * @param payloads the payloads that arrived together, in order
		 */
		void received(List<String> payloads);

		/**
		 * The listening connection has been (re)opened: notifications sent while there
		 * was none are lost, so whatever depends on them must be read again.
		 */
		default void reconnected() {
		}

	}

}
