package id.praja.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.stereotype.Component;

import id.praja.shared.Busy;
import id.praja.shared.HeavyWork;

/**
 * {@link HeavyWork} on a fixed pool: {@code praja.heavy.threads} threads (default half
 * the processors, at least one) at the lowest priority, and a queue of
 * {@code praja.heavy.queue} jobs (default 4). (The JVM maps thread priorities to the
 * operating system's only with {@code -XX:ThreadPriorityPolicy=1} on Linux; what
 * guarantees the isolation is the number of threads.)
 */
@Component
class HeavyWorkPool implements HeavyWork, DisposableBean {

	/** Seconds after which a refused job may be asked for again. */
	static final int RETRY_AFTER_SECONDS = 30;

	private final ThreadPoolExecutor pool;

	private final int threads;

	private final long startWaitMillis;

	HeavyWorkPool(@Value("${praja.heavy.threads:0}") int threads, @Value("${praja.heavy.queue:4}") int queue,
			@Value("${praja.heavy.start-wait:PT10S}") java.time.Duration startWait) {
		this.startWaitMillis = startWait.toMillis();
		this.threads = (threads > 0) ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
		AtomicInteger n = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(this.threads, this.threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(Math.max(1, queue)), r -> {
					Thread t = new Thread(r, "praja-heavy-" + n.incrementAndGet());
					t.setDaemon(true);
					t.setPriority(Thread.MIN_PRIORITY);
					return t;
				}, new ThreadPoolExecutor.AbortPolicy());
	}

	@Override
	public <T> Future<T> submit(String what, Callable<T> job) {
		try {
			return this.pool.submit(new DelegatingSecurityContextCallable<>(job));
		}
		catch (RejectedExecutionException ex) {
			throw busy(what);
		}
	}

	private Busy busy(String what) {
		return new Busy("The server is busy with other heavy work (" + this.pool.getActiveCount() + " running, "
				+ this.pool.getQueue().size() + " waiting); the " + what + " was not started. Try again in "
				+ RETRY_AFTER_SECONDS + " seconds.", RETRY_AFTER_SECONDS);
	}

	/**
	 * Waits for a thread at most {@code praja.heavy.start-wait} (10 s), then gives up
	 * with {@link Busy}: a request never hangs behind a long solve.
	 */
	@Override
	public <T> T call(String what, Callable<T> job) {
		AtomicBoolean claimed = new AtomicBoolean();
		CountDownLatch started = new CountDownLatch(1);
		Future<T> future = submit(what, () -> {
			if (!claimed.compareAndSet(false, true)) {
				return null;
			}
			started.countDown();
			return job.call();
		});
		try {
			if (!started.await(this.startWaitMillis, TimeUnit.MILLISECONDS) && claimed.compareAndSet(false, true)) {
				future.cancel(false);
				if (future instanceof Runnable queued) {
					this.pool.remove(queued);
				}
				throw busy(what);
			}
			return future.get();
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException(what + " interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw unchecked(ex.getCause());
		}
	}

	@Override
	public void parallel(int n, int maxThreads, IntConsumer body) {
		AtomicInteger next = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Runnable worker = () -> {
			for (int i = next.getAndIncrement(); i < n && failure.get() == null; i = next.getAndIncrement()) {
				try {
					body.accept(i);
				}
				catch (Throwable ex) {
					failure.compareAndSet(null, ex);
				}
			}
		};
		List<Helper> helpers = new ArrayList<>();
		int idle = this.threads - this.pool.getActiveCount();
		int wanted = Math.min(Math.min(n, Math.max(1, maxThreads)) - 1, idle);
		for (int h = 0; h < wanted; h++) {
			Helper helper = new Helper(worker);
			try {
				// the caller's scope on the helper too
				this.pool
					.execute(new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(helper));
				helpers.add(helper);
			}
			catch (RejectedExecutionException ex) {
				break;
			}
		}
		worker.run();
		for (Helper helper : helpers) {
			helper.join();
		}
		if (failure.get() != null) {
			throw unchecked(failure.get());
		}
	}

	@Override
	public int threads() {
		return this.threads;
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

	private static RuntimeException unchecked(Throwable ex) {
		if (ex instanceof RuntimeException runtime) {
			return runtime;
		}
		if (ex instanceof Error error) {
			throw error;
		}
		return new IllegalStateException(ex);
	}

	/**
	 * A pool thread lending a hand to {@link #parallel}. Whoever comes first claims it:
	 * the pool thread (it runs) or the caller when done (it never runs), so the caller
	 * waits only for helpers that are running.
	 */
	private static final class Helper implements Runnable {

		private final Runnable worker;

		private final AtomicBoolean claimed = new AtomicBoolean();

		private final CountDownLatch done = new CountDownLatch(1);

		Helper(Runnable worker) {
			this.worker = worker;
		}

		@Override
		public void run() {
			if (!this.claimed.compareAndSet(false, true)) {
				return;
			}
			try {
				this.worker.run();
			}
			finally {
				this.done.countDown();
			}
		}

		void join() {
			if (this.claimed.compareAndSet(false, true)) {
				return;
			}
			try {
				this.done.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

}
