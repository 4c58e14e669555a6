package id.praja.exercise.floorgame;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.exercise.SimulationConfig;
import id.praja.shared.Conflict;
import id.praja.vulnerability.PoliceClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The floor game without Spring: the server's clock, injects firing in order exactly
 * once, dispatches, response times, escalation, and the state rebuilt from the log.
 */
class FloorGameTests {

	static final Instant WALL = Instant.parse("2025-01-10T02:00:00Z");

	/** 06:00 WIB on voting day. */
	static final Instant START = Instant.parse("2024-11-26T23:00:00Z");

	static final SimulationConfig CONFIG = SimulationConfig.defaults();

	static final List<GameUnit> UNITS = List.of(new GameUnit("TIM-01", "Polsek Tempurejo", 113.70, -8.30),
			new GameUnit("TIM-02", "Polres Jember", 113.70, -8.17));

	static Inject inject(long id, int minute, IncidentType type, Severity severity) {
		return new Inject(id, START.plus(Duration.ofMinutes(minute)), "35.09.18.2001-TPS-00" + id, "Tempurejo", 113.69,
				-8.35, PoliceClass.SANGAT_RAWAN, 15, type, severity, "");
	}

	/** Every unit is 12 minutes from every incident. */
	static FloorGame game(List<Inject> injects, List<GameEvent> log, GameClock clock) {
		return new FloorGame(clock, injects, UNITS, log, (a, b, c, d) -> 12.0, CONFIG);
	}

	static Instant wall(double seconds) {
		return WALL.plusMillis(Math.round(seconds * 1000));
	}

	static Instant game(int minutes) {
		return START.plus(Duration.ofMinutes(minutes));
	}

	@Test
	void theClockRunsAtItsSpeedStandsWhenPausedAndRefusesIllegalChanges() {
		GameClock clock = GameClock.setUp(START, wall(0));
		assertThat(clock.gameTime(wall(100))).isEqualTo(START);
		clock = clock.started(wall(0));
		assertThat(clock.gameTime(wall(10))).isEqualTo(START.plusSeconds(10));
		clock = clock.withSpeed(wall(10), 60);
		assertThat(clock.gameTime(wall(20))).isEqualTo(START.plusSeconds(10 + 600));
		clock = clock.paused(wall(20));
		assertThat(clock.state()).isEqualTo(GameState.PAUSED);
		assertThat(clock.gameTime(wall(500))).isEqualTo(START.plusSeconds(610));
		GameClock paused = clock;
		assertThatThrownBy(() -> paused.paused(wall(30))).isInstanceOf(Conflict.class)
			.hasMessage("only a running game can be paused");
		assertThatIllegalArgumentException().isThrownBy(() -> paused.withSpeed(wall(30), 30))
			.withMessage("speed must be 1, 10 or 60");
		clock = clock.started(wall(600)).withSpeed(wall(600), 10);
		assertThat(clock.gameTime(wall(601))).isEqualTo(START.plusSeconds(620));
		GameClock ended = clock.ended(wall(601));
		assertThat(ended.gameTime(wall(9999))).isEqualTo(START.plusSeconds(620));
		assertThatThrownBy(() -> ended.started(wall(700))).isInstanceOf(Conflict.class);
	}

	@Test
	void injectsFireInGameTimeOrderExactlyOnceAtTheirOwnTime() {
		List<Inject> injects = List.of(inject(2, 5, IncidentType.VIOLENCE, Severity.YELLOW),
				inject(1, 1, IncidentType.LOGISTICS_PROBLEM, Severity.GREEN),
				inject(3, 1, IncidentType.DISASTER, Severity.GREEN));
		FloorGame g = game(injects, List.of(), GameClock.setUp(START, wall(0)));
		assertThat(g.advance(wall(3600))).as("nothing fires before the start").isEmpty();
		g.speed(wall(0), "kabagops", 60);
		g.start(wall(0), "kabagops");
		// 59 wall seconds at 60× = 59 game minutes: everything has fired, each once
		assertThat(g.advance(wall(59))).hasSize(3);
		List<GameEvent> fired = g.events().stream().filter(e -> e.kind() == EventKind.INJECT_FIRED).toList();
		assertThat(fired).extracting(e -> e.number("inject")).containsExactly(1L, 3L, 2L);
		assertThat(fired).extracting(GameEvent::gameTime).containsExactly(game(1), game(1), game(5));
		assertThat(fired).extracting(GameEvent::actor).containsOnly(GameEvent.CLOCK);
		assertThat(fired.get(2).wallTime()).as("when the clock reached 06:05").isEqualTo(wall(5));
		assertThat(g.advance(wall(120))).isEmpty();

		// rebuilt from its log the game is the same and fires nothing again
		FloorGame again = game(injects, g.events(), g.clock());
		assertThat(again.advance(wall(300))).isEmpty();
		assertThat(again.incidents(wall(300))).extracting(GameIncident::id).containsExactly(1L, 3L, 2L);
		assertThat(again.events()).extracting(GameEvent::seq).containsExactly(1, 2, 3, 4, 5);
	}

	@Test
	void injectsFireStepByStepWhileTheClockAdvances() {
		List<Inject> injects = List.of(inject(1, 1, IncidentType.LOGISTICS_PROBLEM, Severity.GREEN),
				inject(2, 5, IncidentType.VIOLENCE, Severity.YELLOW));
		FloorGame g = game(injects, List.of(), GameClock.setUp(START, wall(0)));
		g.start(wall(0), "kabagops");
		assertThat(g.advance(wall(59.9))).isEmpty();
		assertThat(g.advance(wall(60))).extracting(GameEvent::kind).containsExactly(EventKind.INJECT_FIRED);
		g.pause(wall(120), "kabagops");
		assertThat(g.advance(wall(100_000))).as("the paused clock stands").isEmpty();
		assertThat(g.clock().gameTime(wall(100_000))).isEqualTo(game(2));
		assertThat(g.hasFired(2)).isFalse();
	}

	@Test
	void aDispatchArrivesAfterTheTravelTimeAndTheResponseTimeIsMeasuredFromTheIncident() {
		List<Inject> injects = List.of(inject(1, 1, IncidentType.MONEY_POLITICS, Severity.GREEN));
		FloorGame g = game(injects, List.of(), GameClock.setUp(START, wall(0)));
		g.speed(wall(0), "kabagops", 60);
		g.start(wall(0), "kabagops");
		assertThatIllegalArgumentException().isThrownBy(() -> g.dispatch(wall(0.5), "kapolsek", 1, "TIM-01"))
			.withMessageContaining("has not happened");
		// 06:04: a Kapolsek sends TIM-01; it is 12 minutes away
		List<GameEvent> sent = g.dispatch(wall(4), "kapolsek.tempurejo", 1, "TIM-01");
		assertThat(sent).hasSize(2); // the inject fired at 06:01, then the dispatch
		GameEvent dispatch = sent.get(1);
		assertThat(dispatch.kind()).isEqualTo(EventKind.DISPATCH);
		assertThat(dispatch.gameTime()).isEqualTo(game(4));
		assertThat(dispatch.instant("arrivesAt")).isEqualTo(game(16));
		assertThat(g.unitStatus(wall(5))).extracting(s -> s.status().name()).containsExactly("EN_ROUTE", "AVAILABLE");
		assertThatThrownBy(() -> g.dispatch(wall(5), "kapolsek.tempurejo", 1, "TIM-02")).isInstanceOf(Conflict.class)
			.hasMessageContaining("already has a unit");

		g.advance(wall(16));
		GameIncident incident = g.incidents(wall(16)).get(0);
		assertThat(incident.status()).isEqualTo("ON_SCENE");
		assertThat(incident.arrivedAt()).isEqualTo(game(16));
		assertThat(incident.responseMinutes()).isEqualTo(15.0);
		assertThat(incident.withinTarget()).isTrue();
		assertThat(incident.severity()).as("15 minutes unattended: still green").isEqualTo(Severity.GREEN);
		assertThatThrownBy(() -> g.dispatch(wall(17), "kasatgas", 1, "TIM-01")).isInstanceOf(Conflict.class);

		// money politics takes 20 minutes on scene, then 12 minutes back to base
		g.advance(wall(36));
		assertThat(g.incidents(wall(36)).get(0).status()).isEqualTo("RESOLVED");
		assertThat(g.unitStatus(wall(36)).get(0).status().name()).isEqualTo("RETURNING");
		assertThat(g.unitStatus(wall(48)).get(0).available()).isTrue();
		assertThat(g.events()).extracting(GameEvent::kind)
			.containsExactly(EventKind.SPEED, EventKind.START, EventKind.INJECT_FIRED, EventKind.DISPATCH,
					EventKind.ARRIVED, EventKind.RESOLVED);

		ResponseSummary summary = g.summary();
		assertThat(summary.incidents()).isEqualTo(1);
		assertThat(summary.responded()).isEqualTo(1);
		assertThat(summary.meanMinutes()).isEqualTo(15.0);
		assertThat(summary.worstMinutes()).isEqualTo(15.0);
		assertThat(summary.withinTarget()).isEqualTo(1);
	}

	@Test
	void anUnattendedIncidentEscalatesAndTakesLongerToHandle() {
		List<Inject> injects = List.of(inject(1, 0, IncidentType.VIOLENCE, Severity.YELLOW),
				inject(2, 0, IncidentType.INTIMIDATION, Severity.GREEN));
		FloorGame g = game(injects, List.of(), GameClock.setUp(START, wall(0)));
		g.speed(wall(0), "kabagops", 60);
		g.start(wall(0), "kabagops");
		assertThat(g.incidents(wall(19)).get(0).severity()).isEqualTo(Severity.YELLOW);
		assertThat(g.incidents(wall(20)).get(0).severity()).isEqualTo(Severity.RED);
		assertThat(g.incidents(wall(20)).get(1).severity()).isEqualTo(Severity.YELLOW);
		// sent at 06:10, on scene at 06:22: red on arrival, clash 60 min × 2
		g.dispatch(wall(10), "kabagops", 1, "TIM-02");
		g.advance(wall(22));
		GameIncident clash = g.incidents(wall(22)).get(0);
		assertThat(clash.severity()).isEqualTo(Severity.RED);
		assertThat(clash.responseMinutes()).isEqualTo(22.0);
		assertThat(clash.withinTarget()).isFalse();
		GameEvent arrived = g.events().get(g.events().size() - 1);
		assertThat(arrived.kind()).isEqualTo(EventKind.ARRIVED);
		assertThat(arrived.text("severity")).isEqualTo("RED");
		assertThat(arrived.instant("resolvesAt")).isEqualTo(game(22 + 120));
		assertThat(g.summary().responded()).isEqualTo(1);
		assertThat(g.summary().incidents()).isEqualTo(2);
	}

	@Test
	void injectsCannotBeSetBeforeTheClockNorAddedAfterTheEnd() {
		List<Inject> injects = new ArrayList<>(List.of(inject(1, 30, IncidentType.LOGISTICS_PROBLEM, Severity.GREEN)));
		FloorGame g = game(injects, List.of(), GameClock.setUp(START, wall(0)));
		g.speed(wall(0), "kabagops", 60);
		g.start(wall(0), "kabagops");
		assertThatIllegalArgumentException().isThrownBy(() -> g.checkNewInject(game(9), wall(10)))
			.withMessage("an inject cannot be set before the game clock");
		g.checkNewInject(game(11), wall(10));
		assertThatIllegalArgumentException().isThrownBy(() -> g.checkNewInject(game(25 * 60), wall(10)));
		g.removeInject(1, wall(10));
		assertThat(g.injects()).isEmpty();
		g.end(wall(11), "kabagops");
		assertThatThrownBy(() -> g.checkNewInject(game(40), wall(12))).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> g.dispatch(wall(12), "kabagops", 1, "TIM-01")).isInstanceOf(Conflict.class)
			.hasMessageContaining("only while the game runs");
	}

	@Test
	void theUnitTheDesksRuleWouldSendIsRecommendedUntilOneIsSent() {
		List<Inject> injects = List.of(inject(1, 1, IncidentType.VIOLENCE, Severity.YELLOW));
		// travel by straight distance: TIM-01 (Tempurejo, 0.05 degree away) is nearer
		// than
		// TIM-02 (Jember, 0.18 degree away)
		FloorGame g = new FloorGame(GameClock.setUp(START, wall(0)), injects, UNITS, List.of(),
				(lon1, lat1, lon2, lat2) -> 100 * Math.hypot(lon1 - lon2, lat1 - lat2), CONFIG);
		g.speed(wall(0), "kabagops", 60);
		g.start(wall(0), "kabagops");
		g.advance(wall(2));
		assertThat(g.incidents(wall(2)).get(0).recommended()).isEqualTo("TIM-01");
		assertThat(g.ranking(1, wall(2))).extracting(r -> r.unit().code()).containsExactly("TIM-01", "TIM-02");
		g.dispatch(wall(2), "kabagops", 1, "TIM-02");
		assertThat(g.incidents(wall(3)).get(0).recommended()).as("a unit is on its way").isNull();
		assertThat(g.ranking(1, wall(3))).extracting(r -> r.unit().code()).containsExactly("TIM-01");
	}

}
