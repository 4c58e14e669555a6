package id.praja.command.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Group commit: callers put work in a queue and wait; a few writer threads take whatever
 * has gathered (up to a batch) and store it in one transaction, then answer every caller.
 * Under load the batches grow, so the cost of a commit (its round trips and its wait for
 * the disk) is shared by many reports; when idle a batch is one report and nothing waits
 * for company.
 *
 * @param <T> the work
 * @param <R> the answer
 */
public final class GroupCommit<T, R> implements AutoCloseable {

	/** One piece of work and the answer its caller waits for. */
	public static final class Job<T, R> {

		private final T item;

		private final CompletableFuture<R> result = new CompletableFuture<>();

		Job(T item) {
			this.item = item;
		}

		public T item() {
			return this.item;
		}

		public void complete(R answer) {
			this.result.complete(answer);
		}

		public void fail(Throwable cause) {
			this.result.completeExceptionally(cause);
		}

		public CompletableFuture<R> result() {
			return this.result;
		}

	}

	private final BlockingQueue<Job<T, R>> queue;

	private final int maxBatch;

	private final Consumer<List<Job<T, R>>> writer;

	private final List<Thread> threads = new ArrayList<>();

	private volatile boolean closed;

	/**
	 * @param name the writer threads' name
	 * @param writers how many batches may be written at once
	 * @param capacity how many jobs may wait; more are refused
	 * @param maxBatch the most jobs in one batch
	 * @param writer stores a batch in one transaction and answers its jobs (a job it
	 * leaves unanswered, or every job when it throws, fails)
	 */
	public GroupCommit(String name, int writers, int capacity, int maxBatch, Consumer<List<Job<T, R>>> writer) {
		if (writers < 1 || capacity < 1 || maxBatch < 1) {
			throw new IllegalArgumentException("writers, capacity and batch must be positive");
		}
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.maxBatch = maxBatch;
		this.writer = writer;
		for (int i = 0; i < writers; i++) {
			// the writers act for the reporters, whose scope was checked on arrival
			Thread thread = new Thread(id.praja.shared.SystemScope.wrap(name, this::run), name + "-" + (i + 1));
			thread.setDaemon(true);
			this.threads.add(thread);
			thread.start();
		}
	}

	/**
	 * @return the job, whose result completes when it is stored (or fails); null when the
	 * queue is full or closed
	 */
	public Job<T, R> offer(T item) {
		Job<T, R> job = new Job<>(item);
		return (!this.closed && this.queue.offer(job)) ? job : null;
	}

	private void run() {
		List<Job<T, R>> batch = new ArrayList<>(this.maxBatch);
		while (!this.closed) {
			Job<T, R> first;
			try {
				first = this.queue.poll(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				return;
			}
			if (first == null) {
				continue;
			}
			batch.add(first);
			this.queue.drainTo(batch, this.maxBatch - 1);
			Throwable failure = null;
			try {
				this.writer.accept(batch);
			}
			catch (RuntimeException | Error ex) {
				failure = ex;
			}
			for (Job<T, R> job : batch) {
				if (!job.result.isDone()) {
					job.fail(
							(failure != null) ? failure : new IllegalStateException("the batch writer gave no answer"));
				}
			}
			batch.clear();
		}
	}

	/** Stops the writers after their current batch; work still queued fails. */
	@Override
	public void close() {
		this.closed = true;
		for (Thread thread : this.threads) {
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		List<Job<T, R>> left = new ArrayList<>();
		this.queue.drainTo(left);
		left.forEach(job -> job.fail(new IllegalStateException("shutting down")));
	}

}
