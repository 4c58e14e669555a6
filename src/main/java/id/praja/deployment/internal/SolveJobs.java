package id.praja.deployment.internal;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import id.praja.deployment.DeploymentManagement;
import id.praja.shared.Busy;
import id.praja.shared.Conflict;
import id.praja.shared.EventStream;
import id.praja.shared.HeavyWork;
import id.praja.shared.Watchers;

/**
 * Background solves, one at most per plan version across all nodes: each reports its best
 * score over time to the pages watching it (server-sent events) and can be stopped; the
 * best plan so far is kept when it stops. The solve runs on the node that started it (on
 * its {@link HeavyWork} threads), but its state lives in the database
 * ({@code deployment_solve}: node, heartbeat, progress, stop request), so every node
 * refuses pins and publication while it runs, shows its progress and can stop it.
 */
@Component
public class SolveJobs implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SolveJobs.class);

	/** How often the running node renews its claim and looks for a stop request. */
	static final long HEARTBEAT_SECONDS = 5;

	/** A RUNNING row older than this belongs to a node that died. */
	static final String STALE = "interval '60 seconds'";

	/** One point of progress. */
	public record Point(double seconds, double distanceKm, int polsekDone, int polsekTotal) {
	}

	/** A solve of one plan on this node. */
	public final class Job implements DeploymentManagement.Progress {

		private final long planId;

		private final List<Point> points = new CopyOnWriteArrayList<>();

		private final Watchers watchers = new Watchers();

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
			record(this.planId, point);
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
			finished(this.planId, state);
			send("done", Map.of("state", state, "result", result));
			this.watchers.close();
		}

		private void send(String name, Object data) {
			this.watchers.send(name, data);
		}

	}

	/** A solve as the database knows it (from any node). */
	record Row(String node, String state, boolean fresh, List<Point> points) {

		boolean running() {
			return "RUNNING".equals(this.state) && this.fresh;
		}

		/** RUNNING, DONE, STOPPED or FAILED (a RUNNING row of a dead node: FAILED). */
		String shownState() {
			return ("RUNNING".equals(this.state) && !this.fresh) ? "FAILED" : this.state;
		}

	}

	private final JdbcClient jdbc;

	private final HeavyWork heavy;

	private final JsonMapper json = JsonMapper.builder().build();

	/** This node, as the rows name it. */
	private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "plan-solve-heartbeat");
		t.setDaemon(true);
		return t;
	});

	SolveJobs(JdbcClient jdbc, HeavyWork heavy) {
		this.jdbc = jdbc;
		this.heavy = heavy;
		this.timer.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
	}

	/**
	 * Starts a solve of a plan unless one is running on any node.
	 * @param planId the plan version
	 * @param work the solve; it reports to the job and returns what the pages show at the
	 * end
	 * @return the job
	 * @throws Conflict when the plan is being solved (on any node)
	 * @throws Busy when this node's heavy-work pool is full
	 */
	public Job start(long planId, Function<Job, Object> work) {
		int claimed = this.jdbc.sql("""
				INSERT INTO deployment_solve (plan_id, node, state) VALUES (?, ?, 'RUNNING')
				ON CONFLICT (plan_id) DO UPDATE
				    SET node = excluded.node, state = 'RUNNING', started_at = now(), heartbeat_at = now(),
				        stop_requested = false, points = '[]'
				    WHERE deployment_solve.state <> 'RUNNING' OR deployment_solve.heartbeat_at < now() - %s
				""".formatted(STALE)).params(planId, this.node).update();
		if (claimed == 0) {
			throw new Conflict("this plan is already being solved; stop it or wait");
		}
		Job job = new Job(planId);
		this.jobs.put(planId, job);
		try {
			this.heavy.submit("plan solve", () -> {
				try {
					Object result = work.apply(job);
					job.finish(job.stop ? "STOPPED" : "DONE", result);
				}
				catch (RuntimeException ex) {
					log.error("Solving plan {} failed", planId, ex);
					job.finish("FAILED", String.valueOf(ex.getMessage()));
				}
				return null;
			});
		}
		catch (Busy ex) {
			this.jobs.remove(planId, job);
			this.jdbc.sql("DELETE FROM deployment_solve WHERE plan_id = ? AND node = ?")
				.params(planId, this.node)
				.update();
			throw ex;
		}
		return job;
	}

	/**
	 * @param planId a plan version
	 * @return true when a solve of it is running on any node
	 */
	public boolean running(long planId) {
		Row row = row(planId);
		return row != null && row.running();
	}

	/**
	 * Asks a running solve (on any node) to stop after the Polsek it is working on.
	 * @param planId a plan version
	 * @return true when there was one
	 */
	public boolean stop(long planId) {
		Job job = this.jobs.get(planId);
		if (job != null && job.state.equals("RUNNING")) {
			job.stop = true;
		}
		return this.jdbc
			.sql("UPDATE deployment_solve SET stop_requested = true WHERE plan_id = ? AND state = 'RUNNING' "
					+ "AND heartbeat_at >= now() - " + STALE)
			.param(planId)
			.update() > 0;
	}

	/**
	 * @param planId a plan version
	 * @return RUNNING, DONE, STOPPED or FAILED for its last solve (on any node), IDLE
	 * without one
	 */
	public String state(long planId) {
		Row row = row(planId);
		return (row != null) ? row.shownState() : "IDLE";
	}

	/**
	 * A stream of a plan's solve: the progress so far, then every improvement, then
	 * {@code done}; just {@code idle} when nothing runs. A solve running on another node
	 * is followed through the database, once a second.
	 * @param planId a plan version
	 * @param stream where the events go
	 */
	public void watch(long planId, EventStream stream) {
		Job job = this.jobs.get(planId);
		if (job == null || !job.state.equals("RUNNING")) {
			Row row = row(planId);
			if (row == null) {
				stream.send("idle", Map.of("state", "IDLE"));
				stream.close();
				return;
			}
			if (!sendAll(stream, row.points())) {
				return;
			}
			if (!row.running()) {
				stream.send("done", Map.of("state", row.shownState(), "result", ""));
				stream.close();
				return;
			}
			follow(planId, stream, row.points().size());
			return;
		}
		if (!sendAll(stream, new ArrayList<>(job.points))) {
			return;
		}
		job.watchers.add(stream);
		if (!job.state.equals("RUNNING")) {
			// finished between the check above and the registration
			stream.close();
		}
	}

	/**
	 * Sends the progress so far; closes the stream (with the failure) when a write fails.
	 */
	private static boolean sendAll(EventStream stream, List<Point> points) {
		for (Point p : points) {
			if (!stream.send("progress", p)) {
				stream.close();
				return false;
			}
		}
		return true;
	}

	/** Follows a solve of another node through its row until it ends. */
	private void follow(long planId, EventStream stream, int sent) {
		AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
		int[] seen = { sent };
		Runnable poll = () -> {
			try {
				Row row = row(planId);
				List<Point> points = (row != null) ? row.points() : List.of();
				for (int i = seen[0]; i < points.size(); i++) {
					if (!stream.send("progress", points.get(i))) {
						task.get().cancel(false);
						return;
					}
				}
				seen[0] = Math.max(seen[0], points.size());
				if (row == null || !row.running()) {
					String state = (row != null) ? row.shownState() : "FAILED";
					if (stream.send("done", Map.of("state", state, "result", ""))) {
						stream.close();
					}
					task.get().cancel(false);
				}
			}
			catch (RuntimeException ex) {
				log.debug("Following the solve of plan {} failed", planId, ex);
			}
		};
		task.set(this.timer.scheduleWithFixedDelay(poll, 1, 1, TimeUnit.SECONDS));
		stream.onClose(() -> task.get().cancel(false));
	}

	private Row row(long planId) {
		return this.jdbc
			.sql("SELECT node, state, heartbeat_at >= now() - " + STALE
					+ " AS fresh, points::text AS points FROM deployment_solve WHERE plan_id = ?")
			.param(planId)
			.query((rs, n) -> new Row(rs.getString("node"), rs.getString("state"), rs.getBoolean("fresh"),
					this.json.readValue(rs.getString("points"), new TypeReference<List<Point>>() {
					})))
			.optional()
			.orElse(null);
	}

	private void record(long planId, Point point) {
		try {
			this.jdbc
				.sql("UPDATE deployment_solve SET points = points || ?::jsonb, heartbeat_at = now() "
						+ "WHERE plan_id = ? AND node = ?")
				.params(this.json.writeValueAsString(List.of(point)), planId, this.node)
				.update();
		}
		catch (RuntimeException ex) {
			log.warn("Progress of plan {} not recorded ({})", planId, ex.getMessage());
		}
	}

	private void finished(long planId, String state) {
		try {
			this.jdbc.sql("UPDATE deployment_solve SET state = ?, heartbeat_at = now() WHERE plan_id = ? AND node = ?")
				.params(state, planId, this.node)
				.update();
		}
		catch (RuntimeException ex) {
			log.warn("End of the solve of plan {} not recorded ({})", planId, ex.getMessage());
		}
		this.jobs.remove(planId);
	}

	/** Renews this node's running solves and passes on stop requests from any node. */
	private void heartbeat() {
		for (Job job : this.jobs.values()) {
			if (!job.state.equals("RUNNING")) {
				continue;
			}
			try {
				Boolean stop = this.jdbc
					.sql("UPDATE deployment_solve SET heartbeat_at = now() WHERE plan_id = ? AND node = ? "
							+ "RETURNING stop_requested")
					.params(job.planId, this.node)
					.query(Boolean.class)
					.optional()
					.orElse(Boolean.FALSE);
				if (stop) {
					job.stop = true;
				}
			}
			catch (RuntimeException ex) {
				log.warn("Heartbeat of the solve of plan {} failed ({})", job.planId, ex.getMessage());
			}
		}
	}

	@Override
	public void destroy() {
		boolean running = this.jobs.values().stream().anyMatch(j -> "RUNNING".equals(j.state));
		this.jobs.values().forEach(j -> j.stop = true);
		this.timer.shutdownNow();
		if (!running) {
			return;
		}
		// the node goes away with its solves: nobody waits for a minute of stale
		// heartbeat. The database may already be going away too (the embedded one stops
		// in its own shutdown hook): wait a few seconds at most, the stale heartbeat
		// tells the other nodes anyway
		Thread closer = new Thread(() -> {
			try {
				this.jdbc.sql("UPDATE deployment_solve SET state = 'FAILED' WHERE node = ? AND state = 'RUNNING'")
					.param(this.node)
					.update();
			}
			catch (RuntimeException ex) {
				log.debug("Solves of this node not closed", ex);
			}
		}, "praja-solves-closer");
		closer.setDaemon(true);
		closer.start();
		try {
			closer.join(TimeUnit.SECONDS.toMillis(3));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
