package id.praja.shared;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * In-memory caches kept consistent across the nodes that share one database. A module
 * registers a cache by name with the way to forget it, and announces a change where it
 * makes one: every node (this one included) forgets the cache once the announcing
 * transaction commits, so the next read loads it again from the database. Implemented in
 * the shell with PostgreSQL LISTEN/NOTIFY.
 */
public interface ClusterCaches {

	/**
	 * Registers a cache. {@code forget} runs whenever any node announces a change of it,
	 * and for every cache whenever this node's listening connection to the database is
	 * (re-)established, since announcements may have been missed in between. It must be
	 * cheap (drop a reference), and must not touch the database.
	 * @param cache the cache's name, e.g. {@code command.tps}
	 * @param forget drops the cached value
	 */
	void register(String cache, Runnable forget);

	/**
	 * Announces a change of a cache to every node: after the current transaction commits
	 * (nothing happens when it rolls back), at once without a transaction.
	 * @param cache a registered cache's name
	 */
	void changed(String cache);

	/**
	 * A value loaded on first use and kept until any node announces a change of
	 * {@code cache}.
	 * @param <T> the value
	 * @param cache the cache's name
	 * @param loader loads the value (from the database)
	 * @return the cached value's supplier, registered
	 */
	default <T> Supplier<T> cache(String cache, Supplier<T> loader) {
		Cached<T> cached = new Cached<>(loader);
		register(cache, cached::forget);
		return cached;
	}

	/**
	 * A value loaded on first use. A load that overlaps a {@link #forget()} is returned
	 * but not kept: it may have read the data from before the change.
	 *
	 * @param <T> the value
	 */
	final class Cached<T> implements Supplier<T> {

		private final Supplier<T> loader;

		private final AtomicLong generation = new AtomicLong();

		private volatile T value;

		Cached(Supplier<T> loader) {
			this.loader = loader;
		}

		@Override
		public T get() {
			T v = this.value;
			if (v != null) {
				return v;
			}
			synchronized (this) {
				v = this.value;
				if (v != null) {
					return v;
				}
				long before = this.generation.get();
				v = this.loader.get();
				if (this.generation.get() == before) {
					this.value = v;
				}
				return v;
			}
		}

		/** Drops the value; never blocks. */
		public void forget() {
			this.generation.incrementAndGet();
			this.value = null;
		}

	}

}
