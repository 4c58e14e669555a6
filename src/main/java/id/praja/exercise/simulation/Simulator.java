package id.praja.exercise.simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import id.praja.command.DispatchPolicy;
import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.exercise.SimulationConfig;
import id.praja.exercise.SimulationSummary;

/**
 * Monte-Carlo discrete-event simulation of voting day against a plan.
 * <p>
 * Incidents: each TPS draws a Poisson number of incidents with mean rate(class) × (1 + k
 * · indicators); each gets a start time from the hourly profile and a type from the
 * shares. The random stream of each TPS is derived from (seed, replication, TPS index)
 * only, so two plans on the same TPS see the same incidents (common random numbers).
 * <p>
 * Dispatch: the desk's rule ({@link DispatchPolicy}) among the free reserve teams and
 * {@code officersPulled} officers from each of the nearest posts that still have them: a
 * reserve team before a post whose TPS would fall below the pattern, otherwise the first
 * to arrive; else the incident waits for the first unit to come free. An unattended
 * incident rises GREEN → YELLOW → RED; a RED incident needs a reserve team
 * (Dalmas/Brimob) on scene before it can be resolved. Units stay busy for travel,
 * handling (by type, longer when the incident was YELLOW or RED on arrival) and the way
 * back.
 */
public final class Simulator {

	private static final int INCIDENT = 0;

	private static final int ESCALATE = 1;

	private static final int ARRIVE = 2;

	private static final int RESOLVE = 3;

	private static final int RELEASE = 4;

	private final Scenario scenario;

	private final SimulationConfig config;

	private final double[] expected;

	private final double[] profileCdf;

	private final IncidentType[] types;

	private final double[] typeCdf;

	/**
	 * @param scenario the ground and the plan
	 * @param config the rates and rules
	 */
	public Simulator(Scenario scenario, SimulationConfig config) {
		this.scenario = scenario;
		this.config = config;
		this.expected = new double[scenario.sites.size()];
		for (int i = 0; i < this.expected.length; i++) {
			Scenario.Site s = scenario.sites.get(i);
			this.expected[i] = config.expectedIncidents(s.policeClass(), s.indicators());
		}
		this.profileCdf = cdf(config.hourlyWeights());
		this.types = config.simulatedTypes().toArray(IncidentType[]::new);
		double[] shares = new double[this.types.length];
		for (int t = 0; t < shares.length; t++) {
			shares[t] = config.types().get(this.types[t]).share();
		}
		this.typeCdf = cdf(shares);
	}

	private static double[] cdf(double[] weights) {
		double sum = Arrays.stream(weights).sum();
		double[] cdf = new double[weights.length];
		double acc = 0;
		for (int i = 0; i < weights.length; i++) {
			acc += weights[i] / sum;
			cdf[i] = acc;
		}
		cdf[cdf.length - 1] = 1;
		return cdf;
	}

	/**
	 * @return expected incidents per day over all TPS
	 */
	public double expectedIncidents() {
		return Arrays.stream(this.expected).sum();
	}

	/**
	 * The incidents of one replication: the same for any plan on the same TPS and
	 * settings.
	 * @param seed the seed
	 * @param replication the replication number
	 * @return the incidents, ordered by time
	 */
	public List<Incident> incidents(long seed, int replication) {
		List<Incident> incidents = new ArrayList<>();
		long base = mix(mix(seed) + replication);
		for (int i = 0; i < this.expected.length; i++) {
			double lambda = this.expected[i];
			if (lambda <= 0) {
				continue;
			}
			SplittableRandom random = new SplittableRandom(mix(base + i));
			int n = poisson(random, lambda);
			for (int j = 0; j < n; j++) {
				double minute = minute(random.nextDouble());
				IncidentType type = this.types[pick(this.typeCdf, random.nextDouble())];
				incidents.add(new Incident(i, this.scenario.location(i, type == IncidentType.CROWD), type, minute));
			}
		}
		incidents.sort((a, b) -> Double.compare(a.minute(), b.minute()));
		return incidents;
	}

	/** SplitMix64's finaliser: spreads nearby seeds over the whole range. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}

	private static int poisson(SplittableRandom random, double lambda) {
		// inversion: fine for the small means of one TPS
		double u = random.nextDouble();
		double p = Math.exp(-lambda);
		double cumulative = p;
		int k = 0;
		while (u > cumulative && k < 1000) {
			k++;
			p *= lambda / k;
			cumulative += p;
		}
		return k;
	}

	private static int pick(double[] cdf, double u) {
		for (int i = 0; i < cdf.length; i++) {
			if (u < cdf[i]) {
				return i;
			}
		}
		return cdf.length - 1;
	}

	private double minute(double u) {
		int hour = pick(this.profileCdf, u);
		double low = (hour == 0) ? 0 : this.profileCdf[hour - 1];
		double within = (u - low) / (this.profileCdf[hour] - low);
		return this.config.startMinute() + 60 * (hour + Math.min(Math.max(within, 0), 1));
	}

	/**
	 * One replication.
	 * @param seed the seed
	 * @param replication its number
	 * @return what happened
	 */
	public RunResult run(long seed, int replication) {
		return run(incidents(seed, replication));
	}

	/**
	 * Plays given incidents against the plan (no randomness left).
	 * @param incidents the incidents, in any order
	 * @return what happened
	 */
	public RunResult run(List<Incident> incidents) {
		return new Day(incidents).play();
	}

	/**
	 * Replications in parallel; the result does not depend on the number of threads.
	 * @param seed the seed
	 * @param replications how many days
	 * @param threads worker threads
	 * @return every run, in replication order
	 */
	public List<RunResult> replicate(long seed, int replications, int threads) {
		return replicate(seed, replications, threads, Simulator::ownThreads);
	}

	/**
	 * Runs {@code body} for 0..n-1 on at most {@code threads} threads and returns when
	 * all are done (e.g. {@code HeavyWork::parallel}).
	 */
	public interface Parallel {

		void run(int n, int threads, IntConsumer body);

	}

	/**
	 * Replications in parallel on the given threads; the result does not depend on them.
	 * @param seed the seed
	 * @param replications how many days
	 * @param threads threads at most
	 * @param parallel runs the replications
	 * @return every run, in replication order
	 */
	public List<RunResult> replicate(long seed, int replications, int threads, Parallel parallel) {
		if (replications < 1 || threads < 1) {
			throw new IllegalArgumentException("replications and threads must be at least 1");
		}
		RunResult[] results = new RunResult[replications];
		parallel.run(replications, threads, r -> results[r] = run(seed, r));
		return Arrays.asList(results);
	}

	private static void ownThreads(int n, int threads, IntConsumer body) {
		int replications = n;
		AtomicInteger next = new AtomicInteger();
		Runnable worker = () -> {
			for (int r = next.getAndIncrement(); r < replications; r = next.getAndIncrement()) {
				body.accept(r);
			}
		};
		if (threads == 1) {
			worker.run();
		}
		else {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			try {
				List<Future<?>> done = new ArrayList<>();
				for (int t = 0; t < threads; t++) {
					done.add(pool.submit(worker));
				}
				for (Future<?> f : done) {
					f.get();
				}
			}
			catch (Exception ex) {
				throw new IllegalStateException("simulation failed", ex);
			}
			finally {
				pool.shutdown();
			}
		}
	}

	/**
	 * Replications summarised, with their wall-clock time.
	 * @param seed the seed
	 * @param replications how many days
	 * @param threads worker threads
	 * @return the summary
	 */
	public SimulationSummary summary(long seed, int replications, int threads) {
		return summary(seed, replications, threads, Simulator::ownThreads);
	}

	/**
	 * Replications summarised, with their wall-clock time, on the given threads.
	 * @param seed the seed
	 * @param replications how many days
	 * @param threads threads at most
	 * @param parallel runs the replications
	 * @return the summary
	 */
	public SimulationSummary summary(long seed, int replications, int threads, Parallel parallel) {
		long start = System.nanoTime();
		List<RunResult> runs = replicate(seed, replications, threads, parallel);
		double seconds = (System.nanoTime() - start) / 1e9;
		return Summaries.of(this.scenario, this.config, runs, seconds, threads);
	}

	/**
	 * @return the scenario
	 */
	public Scenario scenario() {
		return this.scenario;
	}

	/**
	 * @return the settings
	 */
	public SimulationConfig config() {
		return this.config;
	}

	private static final class Event implements Comparable<Event> {

		final double time;

		final long seq;

		final int kind;

		final int incident;

		final int unit;

		Event(double time, long seq, int kind, int incident, int unit) {
			this.time = time;
			this.seq = seq;
			this.kind = kind;
			this.incident = incident;
			this.unit = unit;
		}

		@Override
		public int compareTo(Event o) {
			int c = Double.compare(this.time, o.time);
			return (c != 0) ? c : Long.compare(this.seq, o.seq);
		}

	}

	/** The state of one incident during a run. */
	private static final class State {

		final Incident incident;

		final int index;

		Severity severity;

		double firstArrival = Double.NaN;

		boolean firstByReserve;

		Severity onArrival;

		boolean reserveAssigned;

		boolean reserveOnScene;

		boolean resolving;

		boolean resolved;

		boolean countedRed;

		final List<int[]> units = new ArrayList<>(2);

		final List<double[]> unitTimes = new ArrayList<>(2);

		State(Incident incident, int index) {
			this.incident = incident;
			this.index = index;
		}

	}

	/** One simulated day. */
	private final class Day {

		final Scenario s = Simulator.this.scenario;

		final SimulationConfig c = Simulator.this.config;

		final List<State> states = new ArrayList<>();

		final PriorityQueue<Event> queue = new PriorityQueue<>();

		final int[] freeTeams;

		final int[] postFree;

		final Deque<State> waiting = new ArrayDeque<>();

		final Deque<State> waitingForReserve = new ArrayDeque<>();

		long seq;

		long events;

		int red;

		double reserveBusy;

		double belowPattern;

		Day(List<Incident> incidents) {
			this.freeTeams = new int[this.s.bases.size()];
			for (int b = 0; b < this.freeTeams.length; b++) {
				this.freeTeams[b] = this.s.bases.get(b).teams();
			}
			this.postFree = new int[this.s.posts.size()];
			for (int p = 0; p < this.postFree.length; p++) {
				this.postFree[p] = this.s.posts.get(p).officers();
			}
			for (Incident i : incidents) {
				this.states.add(new State(i, this.states.size()));
				schedule(i.minute(), INCIDENT, this.states.size() - 1, 0);
			}
		}

		void schedule(double time, int kind, int incident, int unit) {
			this.queue.add(new Event(time, this.seq++, kind, incident, unit));
		}

		RunResult play() {
			while (!this.queue.isEmpty()) {
				Event e = this.queue.poll();
				this.events++;
				State st = this.states.get(e.incident);
				switch (e.kind) {
					case INCIDENT -> start(st, e);
					case ESCALATE -> escalate(st, e);
					case ARRIVE -> arrive(st, e);
					case RESOLVE -> resolve(st, e);
					default -> release(e);
				}
			}
			List<RunResult.Response> responses = new ArrayList<>();
			int[] late = new int[this.s.kecamatan.size()];
			int unattended = 0;
			for (State st : this.states) {
				if (Double.isNaN(st.firstArrival)) {
					unattended++;
					continue;
				}
				int tps = st.incident.tps();
				double minutes = st.firstArrival - st.incident.minute();
				boolean isLate = minutes > this.s.targetOf[tps];
				if (isLate) {
					late[this.s.kecamatanOf[tps]]++;
				}
				responses.add(new RunResult.Response(tps, this.s.sites.get(tps).policeClass(), st.incident.type(),
						st.incident.minute(), minutes, st.onArrival, st.firstByReserve, isLate, st.units.get(0)[0]));
			}
			return new RunResult(this.states.size(), responses, late, this.red, this.reserveBusy, this.belowPattern,
					this.events, unattended);
		}

		void start(State st, Event e) {
			st.severity = this.c.types().get(st.incident.type()).initial();
			if (!dispatch(st, e.time)) {
				this.waiting.add(st);
			}
			if (st.severity == Severity.RED) {
				becameRed(st, e.time);
			}
			else {
				scheduleEscalation(st, e.time);
			}
		}

		void scheduleEscalation(State st, double now) {
			double after = (st.severity == Severity.GREEN) ? this.c.greenToYellowMinutes()
					: this.c.yellowToRedMinutes();
			schedule(now + after, ESCALATE, st.index, 0);
		}

		void escalate(State st, Event e) {
			if (!Double.isNaN(st.firstArrival) || st.resolved) {
				return;
			}
			st.severity = st.severity.next();
			if (st.severity == Severity.RED) {
				becameRed(st, e.time);
			}
			else {
				schedule(e.time + this.c.yellowToRedMinutes(), ESCALATE, e.incident, 0);
			}
		}

		void becameRed(State st, double now) {
			if (!st.countedRed) {
				st.countedRed = true;
				this.red++;
			}
			if (!st.reserveAssigned && !dispatchReserve(st, now)) {
				this.waitingForReserve.add(st);
			}
		}

		/**
		 * Sends the unit the {@link DispatchPolicy} chooses among the free reserve teams
		 * and the nearest posts that still have officers to pull.
		 */
		boolean dispatch(State st, double now) {
			int location = st.incident.location();
			List<DispatchPolicy.Choice<Integer>> choices = reserveChoices(location);
			int[] near = this.s.nearPosts[location];
			for (int k = 0; k < near.length; k++) {
				int p = near[k];
				if (this.postFree[p] >= this.c.officersPulled()) {
					boolean below = this.postFree[p] - this.c.officersPulled() < this.s.posts.get(p).required();
					choices.add(DispatchPolicy.Choice.post(-(p + 1), this.freeTeams.length + p,
							this.s.nearPostMinutes[location][k], below));
				}
			}
			return send(st, DispatchPolicy.first(choices), now);
		}

		/** A RED incident needs a reserve team (Dalmas/Brimob): the policy among them. */
		boolean dispatchReserve(State st, double now) {
			return send(st, DispatchPolicy.first(reserveChoices(st.incident.location())), now);
		}

		private List<DispatchPolicy.Choice<Integer>> reserveChoices(int location) {
			double[] minutes = this.s.baseMinutes[location];
			List<DispatchPolicy.Choice<Integer>> choices = new ArrayList<>();
			for (int b = 0; b < this.freeTeams.length; b++) {
				if (this.freeTeams[b] > 0) {
					choices.add(DispatchPolicy.Choice.reserve(b, b, minutes[b]));
				}
			}
			return choices;
		}

		private boolean send(State st, DispatchPolicy.Choice<Integer> choice, double now) {
			if (choice == null) {
				return false;
			}
			int unit = choice.unit();
			if (unit >= 0) {
				this.freeTeams[unit]--;
				st.reserveAssigned = true;
			}
			else {
				this.postFree[-unit - 1] -= this.c.officersPulled();
			}
			assign(st, unit, now, choice.minutes(), choice.leavesTpsBelowPattern());
			return true;
		}

		void assign(State st, int unit, double now, double travel, boolean belowPattern) {
			st.units.add(new int[] { unit, belowPattern ? 1 : 0 });
			st.unitTimes.add(new double[] { now, travel });
			schedule(now + travel, ARRIVE, st.index, unit);
		}

		void arrive(State st, Event e) {
			if (st.resolved) {
				return;
			}
			boolean reserve = e.unit >= 0;
			if (Double.isNaN(st.firstArrival)) {
				st.firstArrival = e.time;
				st.firstByReserve = reserve;
				st.onArrival = st.severity;
			}
			if (reserve) {
				st.reserveOnScene = true;
			}
			if (!st.resolving && (st.severity != Severity.RED || st.reserveOnScene)) {
				st.resolving = true;
				double factor = switch (st.onArrival) {
					case GREEN -> 1;
					case YELLOW -> this.c.yellowHandlingFactor();
					case RED -> this.c.redHandlingFactor();
				};
				schedule(e.time + this.c.types().get(st.incident.type()).handlingMinutes() * factor, RESOLVE,
						e.incident, 0);
			}
		}

		void resolve(State st, Event e) {
			st.resolved = true;
			for (int u = 0; u < st.units.size(); u++) {
				int unit = st.units.get(u)[0];
				double dispatched = st.unitTimes.get(u)[0];
				double back = e.time + st.unitTimes.get(u)[1];
				if (unit >= 0) {
					this.reserveBusy += back - dispatched;
				}
				else if (st.units.get(u)[1] == 1) {
					this.belowPattern += (back - dispatched) * this.s.posts.get(-unit - 1).tps().length;
				}
				schedule(back, RELEASE, e.incident, unit);
			}
		}

		void release(Event e) {
			if (e.unit >= 0) {
				this.freeTeams[e.unit]++;
				while (!this.waitingForReserve.isEmpty()) {
					State next = this.waitingForReserve.peek();
					if (next.resolved || next.reserveAssigned) {
						this.waitingForReserve.poll();
						continue;
					}
					if (!dispatchReserve(next, e.time)) {
						return;
					}
					this.waitingForReserve.poll();
				}
			}
			else {
				this.postFree[-e.unit - 1] += this.c.officersPulled();
			}
			for (var it = this.waiting.iterator(); it.hasNext();) {
				State next = it.next();
				if (next.resolved || !next.units.isEmpty()) {
					it.remove();
					continue;
				}
				if (dispatch(next, e.time)) {
					it.remove();
				}
			}
		}

	}

}
