package id.praja.exercise.floorgame;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.deployment.ReservePlan;
import id.praja.deployment.StaffingPattern;
import id.praja.exercise.ExerciseManagement;
import id.praja.exercise.internal.Scenarios;
import id.praja.exercise.simulation.Scenario;
import id.praja.exercise.SimulationConfig;
import id.praja.shared.CurrentUser;
import id.praja.shared.EventStream;
import id.praja.shared.NotFound;
import id.praja.shared.TravelTimes;
import id.praja.shared.Watchers;

/**
 * Floor games (TFG, tactical floor game) kept in the exercise tables: sessions, their
 * injects and units, and the append-only log. Every call reads the session under a row
 * lock, rebuilds the {@link FloorGame} from its log, lets the clock catch up with the
 * wall time, applies the command and appends the new log entries; the clock is therefore
 * the server's and survives restarts. Watchers get the game over SSE, four times a second
 * while it runs.
 */
@Service
public class FloorGames {

	/**
	 * Jember's time zone (WIB): game times are shown in it and {@code HH:mm} is read in
	 * it.
	 */
	public static final ZoneOffset WIB = ZoneOffset.ofHours(7);

	/** Game time where a session starts unless told otherwise: 06:00 on voting day. */
	public static final LocalTime DEFAULT_START = LocalTime.of(6, 0);

	private static final Logger log = LoggerFactory.getLogger(FloorGames.class);

	private final FloorGameRepository repository;

	private final ExerciseManagement exercise;

	private final Scenarios scenarios;

	private final TravelTimes travel;

	private final TransactionTemplate tx;

	private final InstantSource wall;

	private final SimulationConfig config = SimulationConfig.defaults();

	private final Map<Long, Watchers> watchers = new ConcurrentHashMap<>();

	private final Map<Long, String> lastSent = new ConcurrentHashMap<>();

	private volatile ScheduledExecutorService ticker;

	FloorGames(FloorGameRepository repository, ExerciseManagement exercise, Scenarios scenarios, TravelTimes travel,
			PlatformTransactionManager transactions, ObjectProvider<InstantSource> wall) {
		this.repository = repository;
		this.exercise = exercise;
		this.scenarios = scenarios;
		this.travel = travel;
		this.tx = new TransactionTemplate(transactions);
		this.wall = wall.getIfAvailable(InstantSource::system);
	}

	/**
	 * @return the latest sessions, newest first
	 */
	public List<FloorGameSession> sessions() {
		return this.repository.sessions()
			.stream()
			.map(s -> new FloorGameSession(s.id(), s.name(), s.facilitator(), s.createdAt(), s.clock().state(),
					s.clock().start()))
			.toList();
	}

	/**
	 * Creates a session in SETUP; its units are the reserve teams of the plan the
	 * exercise rehearses (see {@link ExerciseManagement#currentPlan}), one per base.
	 * @param name its name (1..120 characters)
	 * @param start game time of the start as {@code HH:mm} on voting day (WIB), blank for
	 * 06:00
	 * @return the session's id
	 */
	public long create(String name, String start) {
		if (name == null || name.isBlank() || name.strip().length() > 120) {
			throw new IllegalArgumentException("a floor game needs a name of 1 to 120 characters");
		}
		LocalTime time = DEFAULT_START;
		if (start != null && !start.isBlank()) {
			try {
				time = LocalTime.parse(start.strip());
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("the start must be a time HH:mm");
			}
		}
		Instant clockStart = this.exercise.votingDay().atTime(time).atOffset(WIB).toInstant();
		String plan = this.exercise.currentPlanName();
		// read each time (no cache to go stale on another node): a published plan is one
		// row; the demo plan is computed, as rarely as sessions are created
		List<GameUnit> units = reserveTeams();
		if (units.isEmpty()) {
			throw new IllegalArgumentException("the plan rehearsed has no reserve teams to play");
		}
		String actor = CurrentUser.name();
		return this.tx.execute(status -> {
			long id = this.repository.insertSession(name.strip(), actor, plan, clockStart, this.wall.instant());
			this.repository.insertUnits(id, units);
			return id;
		});
	}

	private List<GameUnit> reserveTeams() {
		List<ReservePlan.Base> bases = this.exercise.currentPlan(Runtime.getRuntime().availableProcessors())
			.reserves()
			.bases();
		List<GameUnit> units = new ArrayList<>();
		for (int i = 0; i < bases.size(); i++) {
			ReservePlan.Base b = bases.get(i);
			units.add(new GameUnit("TIM-%02d".formatted(i + 1), b.name(), b.lon(), b.lat()));
		}
		return List.copyOf(units);
	}

	/**
	 * The game now (the clock's consequences recorded first).
	 * @param id a session
	 * @return the game
	 */
	public FloorGameView view(long id) {
		return command(id, (game, now) -> {
		});
	}

	/**
	 * Adds an inject; not before the game clock, not after the game has ended.
	 * @param id a session
	 * @param inject the inject
	 * @return the game
	 */
	public FloorGameView addInject(long id, NewInject inject) {
		if (inject == null) {
			throw new IllegalArgumentException("an inject is required");
		}
		// the desk's incident types the game's rules know (handling time, usual severity)
		String typeCode = (inject.type() != null) ? inject.type().strip().toUpperCase(Locale.ROOT) : "";
		IncidentType type = types().stream()
			.filter(t -> t.name().equals(typeCode))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"type must be one of " + String.join(", ", types().stream().map(IncidentType::name).toList())));
		Severity severity = (inject.severity() == null || inject.severity().isBlank())
				? this.config.types().get(type).initial() : parse(Severity.class, inject.severity(), "severity");
		String description = (inject.description() != null) ? inject.description().strip() : "";
		if (description.length() > 500) {
			throw new IllegalArgumentException("the description must not exceed 500 characters");
		}
		String code = (inject.tps() != null) ? inject.tps().strip() : "";
		Scenario.Site site = this.scenarios.sites()
			.stream()
			.filter(s -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown TPS " + code));
		int target = StaffingPattern.national2020().responseMinutes().get(site.policeClass());
		return command(id, (game, now) -> {
			Instant at = gameTime(inject.at(), game.clock().start());
			game.checkNewInject(at, now);
			Inject unsaved = new Inject(0, at, site.code(), site.kecamatan(), site.lon(), site.lat(),
					site.policeClass(), target, type, severity, description);
			long injectId = this.repository.insertInject(id, unsaved);
			game.addInject(new Inject(injectId, at, site.code(), site.kecamatan(), site.lon(), site.lat(),
					site.policeClass(), target, type, severity, description));
		});
	}

	/**
	 * Removes an inject that has not fired.
	 * @param id a session
	 * @param inject the inject
	 * @return the game
	 */
	public FloorGameView removeInject(long id, long inject) {
		return command(id, (game, now) -> {
			game.removeInject(inject, now);
			this.repository.deleteInject(id, inject);
		});
	}

	/**
	 * Starts or resumes the clock.
	 * @param id a session
	 * @return the game
	 */
	public FloorGameView start(long id) {
		String actor = CurrentUser.name();
		return command(id, (game, now) -> game.start(now, actor));
	}

	/**
	 * Stops the clock.
	 * @param id a session
	 * @return the game
	 */
	public FloorGameView pause(long id) {
		String actor = CurrentUser.name();
		return command(id, (game, now) -> game.pause(now, actor));
	}

	/**
	 * @param id a session
	 * @param speed 1, 10 or 60 game seconds per second
	 * @return the game
	 */
	public FloorGameView speed(long id, int speed) {
		if (!GameClock.SPEEDS.contains(speed)) {
			throw new IllegalArgumentException("speed must be 1, 10 or 60");
		}
		String actor = CurrentUser.name();
		return command(id, (game, now) -> game.speed(now, actor, speed));
	}

	/**
	 * Ends the game for good.
	 * @param id a session
	 * @return the game
	 */
	public FloorGameView end(long id) {
		String actor = CurrentUser.name();
		return command(id, (game, now) -> game.end(now, actor));
	}

	/**
	 * A player's decision: a unit sent to an incident.
	 * @param id a session
	 * @param incident the incident (its inject's id)
	 * @param unit the unit's code
	 * @return the game
	 */
	public FloorGameView dispatch(long id, Long incident, String unit) {
		if (incident == null || unit == null || unit.isBlank()) {
			throw new IllegalArgumentException("a dispatch needs an incident and a unit");
		}
		String actor = CurrentUser.name();
		return command(id, (game, now) -> game.dispatch(now, actor, incident, unit.strip()));
	}

	/**
	 * @param id a session
	 * @param text a remark for the log
	 * @return the game
	 */
	public FloorGameView note(long id, String text) {
		String actor = CurrentUser.name();
		return command(id, (game, now) -> game.note(now, actor, text));
	}

	/**
	 * The facilitator's lessons learned, printed in the after-action report; they can be
	 * written after the game has ended.
	 * @param id a session
	 * @param lessons the text (up to 10,000 characters)
	 * @return the game
	 */
	public FloorGameView lessons(long id, String lessons) {
		String text = (lessons != null) ? lessons.strip() : "";
		if (text.length() > 10_000) {
			throw new IllegalArgumentException("the lessons must not exceed 10,000 characters");
		}
		return command(id, (game, now) -> this.repository.updateLessons(id, text));
	}

	/**
	 * Writes the after-action report: timeline, decisions, response times, lessons.
	 * @param id a session
	 * @param out where the PDF goes
	 * @throws IOException when writing fails
	 */
	public void writeReport(long id, OutputStream out) throws IOException {
		FloorGameReport.pdf(view(id), this.exercise.letterhead(), out);
	}

	/**
	 * A live stream of a game: {@code game} events with the whole {@link FloorGameView},
	 * at once, after every change and four times a second while the clock runs.
	 * @param id a session
	 * @param stream where the events go
	 * @throws NotFound for an unknown session (before anything is sent)
	 */
	public void watch(long id, EventStream stream) {
		FloorGameView first = view(id);
		if (!stream.send("game", first)) {
			stream.close();
			return;
		}
		this.watchers.computeIfAbsent(id, key -> new Watchers()).add(stream);
		startTicker();
	}

	private synchronized void startTicker() {
		if (this.ticker != null) {
			return;
		}
		this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "floor-game-clock");
			t.setDaemon(true);
			return t;
		});
		this.ticker.scheduleWithFixedDelay(id.praja.shared.SystemScope.wrap("floor game clock", this::tick), 250, 250,
				TimeUnit.MILLISECONDS);
	}

	@jakarta.annotation.PreDestroy
	synchronized void stopTicker() {
		if (this.ticker != null) {
			this.ticker.shutdownNow();
		}
	}

	private void tick() {
		for (Map.Entry<Long, Watchers> entry : this.watchers.entrySet()) {
			if (entry.getValue().isEmpty()) {
				continue;
			}
			try {
				FloorGameView game = view(entry.getKey());
				if (game.state() == GameState.RUNNING || !signature(game).equals(this.lastSent.get(entry.getKey()))) {
					push(game);
				}
			}
			catch (RuntimeException ex) {
				log.debug("Floor game {} could not be sent", entry.getKey(), ex);
			}
		}
	}

	private static String signature(FloorGameView game) {
		return game.state() + "/" + game.speed() + "/" + game.events().size() + "/" + game.injects().size() + "/"
				+ game.lessons().hashCode() + "/" + game.gameTime();
	}

	private void push(FloorGameView game) {
		Watchers watchers = this.watchers.get(game.id());
		this.lastSent.put(game.id(), signature(game));
		if (watchers != null) {
			watchers.send("game", game);
		}
	}

	private FloorGameView command(long id, BiConsumer<FloorGame, Instant> action) {
		FloorGameView view = this.tx.execute(status -> {
			FloorGameRepository.SessionRow row = this.repository.session(id, true)
				.orElseThrow(() -> new NotFound("no floor game " + id));
			List<GameEvent> log = this.repository.events(id);
			FloorGame game = new FloorGame(row.clock(), this.repository.injects(id), this.repository.units(id), log,
					this.travel::minutes, this.config);
			Instant now = this.wall.instant();
			game.advance(now);
			action.accept(game, now);
			List<GameEvent> all = game.events();
			this.repository.appendEvents(id, all.subList(log.size(), all.size()));
			if (!game.clock().equals(row.clock())) {
				this.repository.updateClock(id, game.clock());
			}
			String lessons = this.repository.session(id, false).map(FloorGameRepository.SessionRow::lessons).orElse("");
			return new FloorGameView(id, row.name(), row.facilitator(), row.createdAt(), row.planName(),
					game.clock().state(), game.clock().speed(), game.clock().start(), game.clock().gameTime(now),
					lessons, game.injects(), game.incidents(now), game.unitStatus(now), all, game.summary());
		});
		if (this.watchers.containsKey(id) && !signature(view).equals(this.lastSent.get(id))) {
			push(view);
		}
		return view;
	}

	private static Instant gameTime(String at, Instant start) {
		if (at == null || at.isBlank()) {
			throw new IllegalArgumentException("an inject needs a game time");
		}
		String text = at.strip();
		try {
			if (text.matches("\\d{1,2}:\\d{2}(:\\d{2})?")) {
				return start.atOffset(WIB)
					.toLocalDate()
					.atTime(LocalTime.parse(text.length() == 4 ? "0" + text : text))
					.atOffset(WIB)
					.toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("the game time must be HH:mm or an ISO date-time with offset");
		}
	}

	/**
	 * @return the incident types an inject may have (those the game's rules know)
	 */
	public List<IncidentType> types() {
		return this.config.simulatedTypes();
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		try {
			return Enum.valueOf(type, (value != null) ? value.strip().toUpperCase(Locale.ROOT) : "");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					field + " must be one of " + Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", ""));
		}
	}

}
