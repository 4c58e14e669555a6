package id.praja.deployment.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import id.praja.deployment.DeploymentManagement;
import id.praja.shared.Conflict;

/**
 * Background solves, one at most per plan version: each reports its best score over time
 * to the pages watching it (server-sent events) and can be stopped; the best plan so far
 * is kept when it stops.
 */
@Component
public class SolveJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SolveJobs.class);

	/** One point of progress. */
	public record Point(double seconds, double distanceKm, int polsekDone, int polsekTotal) {
	}

	/** A solve of one plan. */
	public static final class Job implements DeploymentManagement.Progress {

		private final long planId;

		private final List<Point> points = new CopyOnWriteArrayList<>();

		private final List<SseEmitter> watchers = new CopyOnWriteArrayList<>();

		private volatile boolean stop;

		private volatile String state = "RUNNING";

		Job(long planId) {
			this.planId = planId;
		}

		@Override
		public void improved(double seconds, double totalDistanceMetres, int polsekDone, int polsekTotal) {
			Point point = new Point(Math.round(seconds * 100) / 100.0, Math.round(totalDistanceMetres / 10) / 100.0,
					polsekDone, polsekTotal);
			this.points.add(point);
			send("progress", point);
		}

		@Override
		public boolean stopped() {
			return this.stop;
		}

		/**
		 * @return RUNNING, DONE, STOPPED or FAILED
		 */
		public String state() {
			return this.state;
		}

		/**
		 * @return the progress so far
		 */
		public List<Point> points() {
			return List.copyOf(this.points);
		}

		void finish(String state, Object result) {
			this.state = state;
			send("done", Map.of("state", state, "result", result));
			this.watchers.forEach(SseEmitter::complete);
			this.watchers.clear();
		}

		private void send(String name, Object data) {
			for (SseEmitter w : this.watchers) {
				try {
					w.send(SseEmitter.event().name(name).data(data));
				}
				catch (IOException | IllegalStateException ex) {
					this.watchers.remove(w);
				}
			}
		}

	}

	private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

	private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "plan-solver");
		t.setDaemon(true);
		return t;
	});

	/**
	 * Starts a solve of a plan unless one is running.
	 * @param planId the plan version
	 * @param work the solve; it reports to the job and returns what the pages show at the
	 * end
	 * @return the job
	 */
	public Job start(long planId, java.util.function.Function<Job, Object> work) {
		Job job = new Job(planId);
		Job running = this.jobs.compute(planId, (id, old) -> (old != null && old.state.equals("RUNNING")) ? old : job);
		if (running != job) {
			throw new Conflict("this plan is already being solved; stop it or wait");
		}
		// the solve runs in the scope of the planner who started it
		this.pool.submit(new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(() -> {
			try {
				Object result = work.apply(job);
				job.finish(job.stop ? "STOPPED" : "DONE", result);
			}
			catch (RuntimeException ex) {
				log.error("Solving plan {} failed", planId, ex);
				job.finish("FAILED", String.valueOf(ex.getMessage()));
			}
		}));
		return job;
	}

	/**
	 * @param planId a plan version
	 * @return true when a solve of it is running
	 */
	public boolean running(long planId) {
		Job job = this.jobs.get(planId);
		return job != null && job.state.equals("RUNNING");
	}

	/**
	 * Asks a running solve to stop after the Polsek it is working on.
	 * @param planId a plan version
	 * @return true when there was one
	 */
	public boolean stop(long planId) {
		Job job = this.jobs.get(planId);
		if (job == null || !job.state.equals("RUNNING")) {
			return false;
		}
		job.stop = true;
		return true;
	}

	/**
	 * A stream of a plan's solve: the progress so far, then every improvement, then
	 * {@code done}; just {@code idle} when nothing runs.
	 * @param planId a plan version
	 * @param onOpen called with the emitter before it is returned
	 * @return the emitter
	 */
	public SseEmitter watch(long planId, Consumer<SseEmitter> onOpen) {
		SseEmitter emitter = new SseEmitter(15 * 60 * 1000L);
		Job job = this.jobs.get(planId);
		try {
			if (job == null) {
				emitter.send(SseEmitter.event().name("idle").data(Map.of("state", "IDLE")));
				emitter.complete();
				return emitter;
			}
			List<Point> history = new ArrayList<>(job.points);
			for (Point p : history) {
				emitter.send(SseEmitter.event().name("progress").data(p));
			}
			if (!job.state.equals("RUNNING")) {
				emitter.send(SseEmitter.event().name("done").data(Map.of("state", job.state, "result", "")));
				emitter.complete();
				return emitter;
			}
			job.watchers.add(emitter);
			if (!job.state.equals("RUNNING")) {
				// finished between the check above and the registration
				emitter.complete();
				return emitter;
			}
			emitter.onCompletion(() -> job.watchers.remove(emitter));
			emitter.onTimeout(() -> job.watchers.remove(emitter));
			onOpen.accept(emitter);
		}
		catch (IOException ex) {
			emitter.completeWithError(ex);
		}
		return emitter;
	}

	/**
	 * @param planId a plan version
	 * @return the last job of that plan, or null
	 */
	public Job job(long planId) {
		return this.jobs.get(planId);
	}

	@Override
	public void destroy() {
		this.jobs.values().forEach(j -> j.stop = true);
		this.pool.shutdownNow();
	}

}
