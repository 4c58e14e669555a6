package id.praja.shell.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import id.praja.shared.Busy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HeavyWorkPoolTests {

	private final CountDownLatch release = new CountDownLatch(1);

	private HeavyWorkPool pool;

	@AfterEach
	void releaseAndClose() {
		this.release.countDown();
		if (this.pool != null) {
			this.pool.destroy();
		}
	}

	@Test
	void refusesWorkWithAClearMessageWhenThePoolAndItsQueueAreFull() {
		this.pool = new HeavyWorkPool(1, 2, Duration.ofSeconds(10));
		for (int i = 0; i < 3; i++) {
			this.pool.submit("plan solve", () -> this.release.await(30, TimeUnit.SECONDS));
		}

		assertThatExceptionOfType(Busy.class)
			.isThrownBy(() -> this.pool.submit("simulation", () -> this.release.await(30, TimeUnit.SECONDS)))
			.withMessageStartingWith("The server is busy with other heavy work (")
			.withMessageEndingWith("waiting); the simulation was not started. Try again in 30 seconds.")
			.satisfies(ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(30));
	}

	@Test
	void aCallThatFindsNoThreadGivesUpInsteadOfWaitingBehindALongJob() {
		this.pool = new HeavyWorkPool(1, 4, Duration.ofMillis(200));
		this.pool.submit("plan solve", () -> this.release.await(30, TimeUnit.SECONDS));

		assertThatExceptionOfType(Busy.class).isThrownBy(() -> this.pool.call("plan preview", () -> "never"))
			.withMessageContaining("the plan preview was not started");
		// given up for good: it neither waits in the queue nor runs later
		assertThatExceptionOfType(Busy.class).isThrownBy(() -> this.pool.call("plan preview", () -> "never"))
			.withMessageContaining(", 0 waiting)");
	}

	@Test
	void aJobOnTheOnlyThreadRunsItsParallelPartsItselfWithoutADeadlock() throws Exception {
		this.pool = new HeavyWorkPool(1, 4, Duration.ofSeconds(10));
		AtomicIntegerArray done = new AtomicIntegerArray(100);

		Future<String> job = this.pool.submit("simulation", () -> {
			this.pool.parallel(100, 8, done::incrementAndGet);
			return "done";
		});

		assertThat(job.get(60, TimeUnit.SECONDS)).isEqualTo("done");
		for (int i = 0; i < 100; i++) {
			assertThat(done.get(i)).isEqualTo(1);
		}
	}

	@Test
	void parallelPartsUseIdleThreadsAndReportTheFirstFailure() {
		this.pool = new HeavyWorkPool(3, 4, Duration.ofSeconds(10));

		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> this.pool.parallel(50, 4, i -> {
			if (i == 17) {
				throw new IllegalArgumentException("replication 17 failed");
			}
		})).withMessage("replication 17 failed");
	}

}
