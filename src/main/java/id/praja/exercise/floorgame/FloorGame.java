package id.praja.exercise.floorgame;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.praja.command.DispatchPolicy;
import id.praja.command.Severity;
import id.praja.command.UnitStatus;
import id.praja.exercise.SimulationConfig;
import id.praja.exercise.simulation.Travel;
import id.praja.shared.Conflict;

/**
 * A floor game (TFG, tactical floor game) in plain Java: the clock, the injects, the
 * units and the log. Its state is the fold of the log over the injects and units, so a
 * game read back from the database is the game that was played.
 * <p>
 * What the clock brings about is computed, not ticked: {@link #advance} emits, in game
 * time order, every inject whose time has come (exactly once), every arrival of a
 * dispatched unit and every end of handling up to the current game time. Every command
 * advances first, so the log's game times never go backwards.
 * <p>
 * Rules taken from the voting-day simulation ({@link SimulationConfig}): an incident
 * nobody attends escalates green → yellow → red; handling takes the type's minutes, × 1.5
 * when yellow on arrival and × 2 when red; the unit then drives back to its base. One
 * unit per incident; the unit the desk's rule ({@link DispatchPolicy}) would send is
 * offered first.
 */
public final class FloorGame {

	/** How far after the start injects may be scheduled. */
	static final Duration HORIZON = Duration.ofHours(24);

	private GameClock clock;

	private final Map<Long, Inject> injects = new LinkedHashMap<>();

	private final Map<String, GameUnit> units = new LinkedHashMap<>();

	private final List<GameEvent> events = new ArrayList<>();

	private final Travel travel;

	private final SimulationConfig config;

	private final Map<Long, Fired> fired = new LinkedHashMap<>();

	private final Map<String, Busy> busy = new LinkedHashMap<>();

	/** A fired inject and what was done about it. */
	private static final class Fired {

		final Inject inject;

		final Instant firedAt;

		String unit;

		String dispatchedBy;

		Instant dispatchedAt;

		double travelMinutes;

		Instant arrivesAt;

		Instant arrivedAt;

		Instant resolvesAt;

		Instant resolvedAt;

		Fired(Inject inject, Instant firedAt) {
			this.inject = inject;
			this.firedAt = firedAt;
		}

	}

	/** What a unit is doing. */
	private static final class Busy {

		Long incident;

		Instant backAt;

	}

	/**
	 * @param clock the clock as stored
	 * @param injects the injects
	 * @param units the units
	 * @param log the log so far (replayed to rebuild the state)
	 * @param travel travel minutes between two points (the planner's model)
	 * @param config escalation and handling rules
	 */
	public FloorGame(GameClock clock, Collection<Inject> injects, Collection<GameUnit> units, List<GameEvent> log,
			Travel travel, SimulationConfig config) {
		this.clock = clock;
		this.travel = travel;
		this.config = config;
		injects.stream()
			.sorted(Comparator.comparing(Inject::at).thenComparing(Inject::id))
			.forEach(i -> this.injects.put(i.id(), i));
		for (GameUnit u : units) {
			this.units.put(u.code(), u);
			this.busy.put(u.code(), new Busy());
		}
		for (GameEvent e : log) {
			apply(e);
			this.events.add(e);
		}
	}

	/**
	 * @return the clock
	 */
	public GameClock clock() {
		return this.clock;
	}

	/**
	 * @return the log, oldest first
	 */
	public List<GameEvent> events() {
		return List.copyOf(this.events);
	}

	/**
	 * @return the injects in game time order
	 */
	public List<Inject> injects() {
		return List.copyOf(this.injects.values());
	}

	/**
	 * @return the units
	 */
	public List<GameUnit> units() {
		return List.copyOf(this.units.values());
	}

	/**
	 * @param id an inject
	 * @return whether it has fired
	 */
	public boolean hasFired(long id) {
		return this.fired.containsKey(id);
	}

	/**
	 * Brings the game up to a wall time: everything the clock reaches happens.
	 * @param now the wall time
	 * @return the events this added to the log
	 */
	public List<GameEvent> advance(Instant now) {
		int before = this.events.size();
		runClock(now);
		return List.copyOf(this.events.subList(before, this.events.size()));
	}

	/**
	 * Starts or resumes the clock.
	 * @param now wall time
	 * @param actor who
	 * @return the events added
	 */
	public List<GameEvent> start(Instant now, String actor) {
		int before = this.events.size();
		runClock(now);
		this.clock = this.clock.started(now);
		emit(EventKind.START, this.clock.gameTime(now), now, actor, Map.of("speed", this.clock.speed()));
		runClock(now);
		return added(before);
	}

	/**
	 * Stops the clock.
	 * @param now wall time
	 * @param actor who
	 * @return the events added
	 */
	public List<GameEvent> pause(Instant now, String actor) {
		int before = this.events.size();
		runClock(now);
		this.clock = this.clock.paused(now);
		emit(EventKind.PAUSE, this.clock.gameTime(now), now, actor, Map.of());
		return added(before);
	}

	/**
	 * Changes the clock's speed.
	 * @param now wall time
	 * @param actor who
	 * @param speed 1, 10 or 60
	 * @return the events added
	 */
	public List<GameEvent> speed(Instant now, String actor, int speed) {
		int before = this.events.size();
		runClock(now);
		this.clock = this.clock.withSpeed(now, speed);
		emit(EventKind.SPEED, this.clock.gameTime(now), now, actor, Map.of("speed", speed));
		return added(before);
	}

	/**
	 * Ends the game for good.
	 * @param now wall time
	 * @param actor who
	 * @return the events added
	 */
	public List<GameEvent> end(Instant now, String actor) {
		int before = this.events.size();
		runClock(now);
		this.clock = this.clock.ended(now);
		emit(EventKind.END, this.clock.gameTime(now), now, actor, Map.of());
		return added(before);
	}

	/**
	 * Writes a remark into the log.
	 * @param now wall time
	 * @param actor who
	 * @param text the remark (1..500 characters)
	 * @return the events added
	 */
	public List<GameEvent> note(Instant now, String actor, String text) {
		if (text == null || text.isBlank() || text.length() > 500) {
			throw new IllegalArgumentException("a note needs between 1 and 500 characters");
		}
		int before = this.events.size();
		runClock(now);
		emit(EventKind.NOTE, this.clock.gameTime(now), now, actor, Map.of("text", text.strip()));
		return added(before);
	}

	/**
	 * Sends a unit to an incident: it arrives after the planner's travel time from its
	 * base.
	 * @param now wall time
	 * @param actor who decides
	 * @param incident the incident (its inject's id)
	 * @param unitCode the unit
	 * @return the events added
	 */
	public List<GameEvent> dispatch(Instant now, String actor, long incident, String unitCode) {
		if (this.clock.state() != GameState.RUNNING && this.clock.state() != GameState.PAUSED) {
			throw new Conflict("units can be dispatched only while the game runs or is paused");
		}
		GameUnit unit = this.units.get(unitCode);
		if (unit == null) {
			throw new IllegalArgumentException("unknown unit " + unitCode);
		}
		int before = this.events.size();
		runClock(now);
		Fired f = this.fired.get(incident);
		if (f == null) {
			throw new IllegalArgumentException("incident " + incident + " has not happened (yet)");
		}
		if (f.resolvedAt != null) {
			throw new Conflict("incident " + incident + " is already resolved");
		}
		if (f.unit != null) {
			throw new Conflict("incident " + incident + " already has a unit: " + f.unit);
		}
		Instant game = this.clock.gameTime(now);
		GameUnitStatus status = status(unit, game);
		if (!status.available()) {
			throw new Conflict("unit " + unitCode + " is not available (" + status.status() + ")");
		}
		double minutes = travelMinutes(unit, f.inject);
		Instant arrives = game.plusMillis(Math.round(minutes * 60_000));
		emit(EventKind.DISPATCH, game, now, actor, Map.of("inject", incident, "unit", unitCode, "travelMinutes",
				minutes, "arrivesAt", arrives.toString()));
		runClock(now);
		return added(before);
	}

	/**
	 * Checks that an inject may be added now: the game has not ended and its time is not
	 * before the clock nor more than a day after the start.
	 * @param at its game time
	 * @param now wall time
	 */
	public void checkNewInject(Instant at, Instant now) {
		if (this.clock.state() == GameState.ENDED) {
			throw new Conflict("the game has ended");
		}
		runClock(now);
		if (at.isBefore(this.clock.gameTime(now))) {
			throw new IllegalArgumentException("an inject cannot be set before the game clock");
		}
		if (at.isAfter(this.clock.start().plus(HORIZON))) {
			throw new IllegalArgumentException("an inject must be within 24 hours of the game start");
		}
	}

	/**
	 * @param inject an inject checked with {@link #checkNewInject}
	 */
	public void addInject(Inject inject) {
		this.injects.put(inject.id(), inject);
		List<Inject> sorted = new ArrayList<>(this.injects.values());
		sorted.sort(Comparator.comparing(Inject::at).thenComparing(Inject::id));
		this.injects.clear();
		sorted.forEach(i -> this.injects.put(i.id(), i));
	}

	/**
	 * @param id an inject that has not fired
	 * @param now wall time
	 */
	public void removeInject(long id, Instant now) {
		runClock(now);
		if (!this.injects.containsKey(id)) {
			throw new IllegalArgumentException("no inject " + id + " in this game");
		}
		if (this.fired.containsKey(id)) {
			throw new Conflict("inject " + id + " has already happened and stays in the record");
		}
		this.injects.remove(id);
	}

	/**
	 * @param now wall time
	 * @return the fired injects as the players see them now, in the order they fired
	 */
	public List<GameIncident> incidents(Instant now) {
		Instant game = this.clock.gameTime(now);
		List<GameIncident> list = new ArrayList<>();
		for (Fired f : this.fired.values()) {
			String status = (f.resolvedAt != null) ? "RESOLVED"
					: (f.arrivedAt != null) ? "ON_SCENE" : (f.unit != null) ? "DISPATCHED" : "REPORTED";
			Double response = (f.arrivedAt != null) ? minutes(f.firedAt, f.arrivedAt) : null;
			Boolean within = (response != null) ? response <= f.inject.targetMinutes() : null;
			String recommended = null;
			if (f.unit == null && f.resolvedAt == null) {
				List<DispatchPolicy.Ranked<GameUnit>> ranked = ranking(f, game);
				recommended = ranked.isEmpty() ? null : ranked.get(0).unit().code();
			}
			list.add(new GameIncident(f.inject, f.firedAt, severityAt(f, game), status, f.unit, f.dispatchedBy,
					f.dispatchedAt, f.arrivesAt, f.arrivedAt, f.resolvedAt, response, within, recommended));
		}
		return list;
	}

	/**
	 * The units free now for an incident, in the order the desk's rule sends them
	 * ({@link DispatchPolicy}; the game's units are reserve teams).
	 * @param incident the incident (its inject's id)
	 * @param now wall time
	 * @return the free units, the recommended one first
	 */
	public List<DispatchPolicy.Ranked<GameUnit>> ranking(long incident, Instant now) {
		Fired f = this.fired.get(incident);
		if (f == null) {
			throw new IllegalArgumentException("incident " + incident + " has not happened (yet)");
		}
		return ranking(f, this.clock.gameTime(now));
	}

	private List<DispatchPolicy.Ranked<GameUnit>> ranking(Fired f, Instant game) {
		List<DispatchPolicy.Choice<GameUnit>> choices = new ArrayList<>();
		long order = 0;
		for (GameUnit u : this.units.values()) {
			order++;
			if (status(u, game).available()) {
				choices.add(DispatchPolicy.Choice.reserve(u, order, travelMinutes(u, f.inject)));
			}
		}
		return DispatchPolicy.rank(choices);
	}

	private double travelMinutes(GameUnit unit, Inject inject) {
		return Math.round(this.travel.minutes(unit.lon(), unit.lat(), inject.lon(), inject.lat()) * 10) / 10.0;
	}

	/**
	 * @param now wall time
	 * @return every unit with what it is doing now
	 */
	public List<GameUnitStatus> unitStatus(Instant now) {
		Instant game = this.clock.gameTime(now);
		return this.units.values().stream().map(u -> status(u, game)).toList();
	}

	/**
	 * @return response times over the incidents fired so far
	 */
	public ResponseSummary summary() {
		int responded = 0;
		int within = 0;
		double sum = 0;
		double worst = 0;
		for (Fired f : this.fired.values()) {
			if (f.arrivedAt == null) {
				continue;
			}
			double m = minutes(f.firedAt, f.arrivedAt);
			responded++;
			sum += m;
			worst = Math.max(worst, m);
			if (m <= f.inject.targetMinutes()) {
				within++;
			}
		}
		return new ResponseSummary(this.fired.size(), responded, (responded > 0) ? sum / responded : null,
				(responded > 0) ? worst : null, within);
	}

	private GameUnitStatus status(GameUnit unit, Instant game) {
		Busy b = this.busy.get(unit.code());
		if (b.incident != null) {
			Fired f = this.fired.get(b.incident);
			return (f.arrivedAt == null) ? new GameUnitStatus(unit, UnitStatus.EN_ROUTE, b.incident, f.arrivesAt)
					: new GameUnitStatus(unit, UnitStatus.ON_SCENE, b.incident, f.resolvesAt);
		}
		if (b.backAt != null && b.backAt.isAfter(game)) {
			return new GameUnitStatus(unit, UnitStatus.RETURNING, null, b.backAt);
		}
		return new GameUnitStatus(unit, UnitStatus.AVAILABLE, null, null);
	}

	private Severity severityAt(Fired f, Instant game) {
		Instant until = (f.arrivedAt != null) ? f.arrivedAt : game;
		double unattended = Math.max(0, minutes(f.firedAt, until));
		Severity s = f.inject.severity();
		while (s != Severity.RED) {
			double need = (s == Severity.GREEN) ? this.config.greenToYellowMinutes() : this.config.yellowToRedMinutes();
			if (unattended < need) {
				break;
			}
			unattended -= need;
			s = s.next();
		}
		return s;
	}

	private static double minutes(Instant from, Instant to) {
		return Duration.between(from, to).toMillis() / 60_000.0;
	}

	private List<GameEvent> added(int before) {
		return List.copyOf(this.events.subList(before, this.events.size()));
	}

	/** Emits, in game time order, what the clock has reached. */
	private void runClock(Instant now) {
		if (this.clock.state() != GameState.RUNNING && this.clock.state() != GameState.PAUSED) {
			return;
		}
		Instant game = this.clock.gameTime(now);
		while (true) {
			// at the same game time: units come free first, then arrive, then injects
			// fire
			Instant best = null;
			int bestKind = 0;
			long bestId = 0;
			for (Fired f : this.fired.values()) {
				if (f.arrivedAt != null && f.resolvedAt == null && !f.resolvesAt.isAfter(game)
						&& earlier(f.resolvesAt, 0, f.inject.id(), best, bestKind, bestId)) {
					best = f.resolvesAt;
					bestKind = 0;
					bestId = f.inject.id();
				}
				if (f.arrivesAt != null && f.arrivedAt == null && !f.arrivesAt.isAfter(game)
						&& earlier(f.arrivesAt, 1, f.inject.id(), best, bestKind, bestId)) {
					best = f.arrivesAt;
					bestKind = 1;
					bestId = f.inject.id();
				}
			}
			for (Inject i : this.injects.values()) {
				if (!this.fired.containsKey(i.id()) && !i.at().isAfter(game)
						&& earlier(i.at(), 2, i.id(), best, bestKind, bestId)) {
					best = i.at();
					bestKind = 2;
					bestId = i.id();
				}
			}
			if (best == null) {
				return;
			}
			Instant wall = this.clock.wallTimeOf(best, now);
			if (bestKind == 2) {
				emit(EventKind.INJECT_FIRED, best, wall, GameEvent.CLOCK, Map.of("inject", bestId));
			}
			else if (bestKind == 1) {
				Fired f = this.fired.get(bestId);
				Severity severity = severityAt(f, f.arrivesAt);
				double handling = this.config.types().get(f.inject.type()).handlingMinutes()
						* ((severity == Severity.RED) ? this.config.redHandlingFactor()
								: (severity == Severity.YELLOW) ? this.config.yellowHandlingFactor() : 1);
				Instant resolves = f.arrivesAt.plusMillis(Math.round(handling * 60_000));
				emit(EventKind.ARRIVED, best, wall, GameEvent.CLOCK, Map.of("inject", bestId, "unit", f.unit,
						"severity", severity.name(), "resolvesAt", resolves.toString()));
			}
			else {
				Fired f = this.fired.get(bestId);
				Instant back = f.resolvesAt.plusMillis(Math.round(f.travelMinutes * 60_000));
				emit(EventKind.RESOLVED, best, wall, GameEvent.CLOCK,
						Map.of("inject", bestId, "unit", f.unit, "backAt", back.toString()));
			}
		}
	}

	private static boolean earlier(Instant at, int kind, long id, Instant best, int bestKind, long bestId) {
		if (best == null) {
			return true;
		}
		int c = at.compareTo(best);
		if (c != 0) {
			return c < 0;
		}
		return (kind != bestKind) ? kind < bestKind : id < bestId;
	}

	private void emit(EventKind kind, Instant game, Instant wall, String actor, Map<String, Object> payload) {
		GameEvent e = new GameEvent(this.events.size() + 1, wall, game, actor, kind, payload);
		apply(e);
		this.events.add(e);
	}

	private void apply(GameEvent e) {
		switch (e.kind()) {
			case INJECT_FIRED -> {
				Inject inject = this.injects.get(e.number("inject"));
				if (inject == null) {
					throw new IllegalStateException("the log names inject " + e.number("inject") + " which is missing");
				}
				this.fired.put(inject.id(), new Fired(inject, e.gameTime()));
			}
			case DISPATCH -> {
				Fired f = this.fired.get(e.number("inject"));
				f.unit = e.text("unit");
				f.dispatchedBy = e.actor();
				f.dispatchedAt = e.gameTime();
				f.travelMinutes = e.decimal("travelMinutes");
				f.arrivesAt = e.instant("arrivesAt");
				this.busy.get(f.unit).incident = f.inject.id();
			}
			case ARRIVED -> {
				Fired f = this.fired.get(e.number("inject"));
				f.arrivedAt = e.gameTime();
				f.resolvesAt = e.instant("resolvesAt");
			}
			case RESOLVED -> {
				Fired f = this.fired.get(e.number("inject"));
				f.resolvedAt = e.gameTime();
				Busy b = this.busy.get(f.unit);
				b.incident = null;
				b.backAt = e.instant("backAt");
			}
			default -> {
				// clock changes and notes: the clock itself is stored with the session
			}
		}
	}

}
