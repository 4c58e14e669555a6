package id.praja.shared;

import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * The one place where a node runs CPU-heavy work (plan solves, previews, simulations): a
 * small fixed pool of low-priority threads with a bounded queue, so that however many
 * solves and simulations are asked for, the other processors stay free for the requests
 * that must be fast (field reports on voting day). When the pool and its queue are full,
 * work is refused with {@link Busy}. Implemented in the shell.
 */
public interface HeavyWork {

	/**
	 * Queues a job.
	 * @param <T> its result
	 * @param what the job, for people (e.g. "plan solve"): used in the refusal message
	 * @param job the work; it runs with the caller's security context
	 * @return its future
	 * @throws Busy when the pool and its queue are full
	 */
	<T> Future<T> submit(String what, Callable<T> job);

	/**
	 * Runs a job on the pool and waits for it.
	 * @param <T> its result
	 * @param what the job, for people
	 * @param job the work; it runs with the caller's security context
	 * @return its result
	 * @throws Busy when the pool and its queue are full
	 * @throws RuntimeException what the job threw
	 */
	<T> T call(String what, Callable<T> job);

	/**
	 * Runs {@code body} for 0..n-1, the calling thread taking part, spread over the
	 * pool's idle threads (never more than {@code maxThreads} at once); returns when all
	 * are done. Never refuses and never waits for a queued helper: what no idle thread
	 * takes, the caller does, so a job on the pool may use it without a deadlock.
	 * @param n how many items
	 * @param maxThreads threads at most, the caller included
	 * @param body the work of one item
	 * @throws RuntimeException the first failure of an item
	 */
	void parallel(int n, int maxThreads, IntConsumer body);

	/**
	 * @return the pool's threads
	 */
	int threads();

}
