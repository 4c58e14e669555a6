package id.praja.command.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTests {

	@Test
	void workThatGathersWhileABatchIsWrittenGoesInTheNextBatchTogether() throws Exception {
		CountDownLatch firstStarted = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
		try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 100, 50, batch -> {
			sizes.add(batch.size());
			firstStarted.countDown();
			await(release);
			batch.forEach(job -> job.complete(job.item() * 2));
		})) {
			GroupCommit.Job<Integer, Integer> first = commit.offer(1);
			assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
			List<GroupCommit.Job<Integer, Integer>> waiting = new ArrayList<>();
			for (int i = 2; i <= 11; i++) {
				waiting.add(commit.offer(i));
			}
			release.countDown();
			assertThat(first.result().get(5, TimeUnit.SECONDS)).isEqualTo(2);
			for (int i = 0; i < waiting.size(); i++) {
				assertThat(waiting.get(i).result().get(5, TimeUnit.SECONDS)).isEqualTo((i + 2) * 2);
			}
			assertThat(sizes).containsExactly(1, 10);
		}
	}

	@Test
	void aBatchIsNoLargerThanItsLimit() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
		try (GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 100, 4, batch -> {
			await(release);
			sizes.add(batch.size());
			batch.forEach(job -> job.complete(job.item()));
		})) {
			List<GroupCommit.Job<Integer, Integer>> jobs = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				jobs.add(commit.offer(i));
			}
			release.countDown();
			for (GroupCommit.Job<Integer, Integer> job : jobs) {
				job.result().get(5, TimeUnit.SECONDS);
			}
			assertThat(sizes).allMatch(size -> size <= 4);
			assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
		}
	}

	@Test
	void aFailedBatchFailsEveryJobInItAndAnUnansweredJobFailsToo() throws Exception {
		try (GroupCommit<Integer, Integer> failing = new GroupCommit<>("test", 1, 10, 10, batch -> {
			throw new IllegalStateException("database down");
		}); GroupCommit<Integer, Integer> forgetful = new GroupCommit<>("test", 1, 10, 10, batch -> {
		})) {
			GroupCommit.Job<Integer, Integer> job = failing.offer(1);
			assertThatThrownBy(() -> job.result().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.hasRootCauseMessage("database down");
			GroupCommit.Job<Integer, Integer> forgotten = forgetful.offer(1);
			assertThatThrownBy(() -> forgotten.result().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
				.hasRootCauseInstanceOf(IllegalStateException.class);
		}
	}

	@Test
	void aFullQueueRefusesWorkAndAClosedOneToo() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", 1, 2, 1, batch -> {
			started.countDown();
			await(release);
			batch.forEach(job -> job.complete(job.item()));
		});
		GroupCommit.Job<Integer, Integer> writing = commit.offer(0);
		// the writer holds the first; two more fill the queue, the next is refused
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
		assertThat(commit.offer(1)).isNotNull();
		assertThat(commit.offer(2)).isNotNull();
		assertThat(commit.offer(3)).isNull();
		release.countDown();
		assertThat(writing.result().get(5, TimeUnit.SECONDS)).isZero();
		commit.close();
		assertThat(commit.offer(4)).isNull();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
