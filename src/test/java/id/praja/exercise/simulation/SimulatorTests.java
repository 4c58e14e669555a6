package id.praja.exercise.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.vulnerability.PoliceClass;
import id.praja.exercise.SimulationConfig;
import id.praja.exercise.SimulationSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The simulation on cases small enough to check by hand, then its randomness: zero rates,
 * common random numbers, independence from the thread count, and the mean number of
 * incidents against its expectation.
 */
class SimulatorTests {

	static final Map<PoliceClass, Integer> TARGETS = Map.of(PoliceClass.KURANG_RAWAN, 60, PoliceClass.RAWAN, 30,
			PoliceClass.SANGAT_RAWAN, 15, PoliceClass.KHUSUS, 15);

	/** 100 minutes per degree of longitude (a straight road along the equator). */
	static final Travel LINE = (lon1, lat1, lon2, lat2) -> Math.abs(lon1 - lon2) * 100;

	static Scenario.Site site(String code, double lon, PoliceClass c, int indicators) {
		return new Scenario.Site(code, "KEC-A", lon, 0, c, indicators);
	}

	@Test
	void oneTpsOneReserveTwelveMinutesAwayIsReachedInTwelveMinutes() {
		Scenario scenario = new Scenario(List.of(site("T1", 0, PoliceClass.SANGAT_RAWAN, 0)), List.of(),
				List.of(new Scenario.ReserveBase("Polsek", 0.12, 0, 1)), TARGETS, LINE, 5);
		Simulator simulator = new Simulator(scenario, SimulationConfig.defaults());

		RunResult run = simulator.run(List.of(new Incident(0, 0, IncidentType.INTIMIDATION, 480)));

		assertThat(run.incidents()).isEqualTo(1);
		RunResult.Response response = run.responses().get(0);
		assertThat(response.responseMinutes()).isCloseTo(12, within(1e-9));
		assertThat(response.onArrival()).isEqualTo(Severity.GREEN);
		assertThat(response.byReserve()).isTrue();
		assertThat(response.late()).isFalse();
		// 12 there, 30 on scene (intimidation, green), 12 back
		assertThat(run.reserveBusyMinutes()).isCloseTo(54, within(1e-9));
		assertThat(run.escalatedToRed()).isZero();
		// incident, arrival, (ignored) escalation at 08:20, resolution, release
		assertThat(run.events()).isEqualTo(5);
	}

	@Test
	void aSecondIncidentWaitsForTheOnlyTeamAndTurnsRed() {
		Scenario scenario = new Scenario(List.of(site("T1", 0, PoliceClass.SANGAT_RAWAN, 0)), List.of(),
				List.of(new Scenario.ReserveBase("Polsek", 0.12, 0, 1)), TARGETS, LINE, 5);
		Simulator simulator = new Simulator(scenario, SimulationConfig.defaults());

		RunResult run = simulator.run(List.of(new Incident(0, 0, IncidentType.INTIMIDATION, 480),
				new Incident(0, 0, IncidentType.INTIMIDATION, 490)));

		// the team is back at 480 + 12 + 30 + 12 = 534; the second incident turned yellow
		// at 510 and red at 530; the team reaches it at 534 + 12 = 546
		RunResult.Response second = run.responses().get(1);
		assertThat(second.responseMinutes()).isCloseTo(56, within(1e-9));
		assertThat(second.onArrival()).isEqualTo(Severity.RED);
		assertThat(second.late()).isTrue();
		assertThat(run.escalatedToRed()).isEqualTo(1);
		assertThat(run.lateByKecamatan()).containsExactly(1);
		// second trip: 12 + 30 × 2 (red) + 12
		assertThat(run.reserveBusyMinutes()).isCloseTo(54 + 84, within(1e-9));
	}

	@Test
	void withoutReservesTwoOfficersLeaveTheirPostAndItsTpsFallBelowThePattern() {
		Scenario scenario = new Scenario(
				List.of(site("T1", 0, PoliceClass.KURANG_RAWAN, 0), site("T2", 0.05, PoliceClass.KURANG_RAWAN, 0)),
				List.of(new Scenario.PostUnit(0, new int[] { 0, 1 }, 2)), List.of(), TARGETS, LINE, 5);
		Simulator simulator = new Simulator(scenario, SimulationConfig.defaults());

		RunResult run = simulator.run(List.of(new Incident(1, 1, IncidentType.LOGISTICS_PROBLEM, 600)));

		RunResult.Response response = run.responses().get(0);
		assertThat(response.responseMinutes()).isCloseTo(5, within(1e-9));
		assertThat(response.byReserve()).isFalse();
		// away 600 → 605 + 45 + 5 = 655, two TPS uncovered: 110 TPS-minutes
		assertThat(run.belowPatternTpsMinutes()).isCloseTo(110, within(1e-9));
		assertThat(run.reserveBusyMinutes()).isZero();
	}

	@Test
	void aRedIncidentHeldByOfficersWaitsForAReserveTeamBeforeItIsResolved() {
		Scenario scenario = new Scenario(
				List.of(site("T1", 0, PoliceClass.RAWAN, 0), site("T2", 0.05, PoliceClass.RAWAN, 0)),
				List.of(new Scenario.PostUnit(0, new int[] { 0, 1 }, 2)),
				List.of(new Scenario.ReserveBase("Polres", 0.35, 0, 1)), TARGETS, LINE, 5);
		SimulationConfig config = SimulationConfig.defaults();
		Simulator simulator = new Simulator(scenario, config);

		// a long disaster keeps the team busy (600 → 630 + 120 + 30 = 780); the clash at
		// 610 gets the post's pair at 615 (yellow on arrival: no escalation since
		// attended)
		RunResult run = simulator.run(List.of(new Incident(0, 0, IncidentType.DISASTER, 600),
				new Incident(1, 1, IncidentType.VIOLENCE, 610)));

		RunResult.Response clash = run.responses().get(1);
		assertThat(clash.responseMinutes()).isCloseTo(5, within(1e-9));
		assertThat(clash.onArrival()).isEqualTo(Severity.YELLOW);
		assertThat(run.escalatedToRed()).isZero();
		// pair away 610 → 615 + 60 × 1.5 + 5 = 710: two TPS → 200 TPS-minutes
		assertThat(run.belowPatternTpsMinutes()).isCloseTo(200, within(1e-9));
	}

	@Test
	void zeroRatesGiveNoIncidents() {
		Scenario scenario = jember(300);
		Simulator simulator = new Simulator(scenario, SimulationConfig.defaults().withRatesScaled(0));

		List<RunResult> runs = simulator.replicate(7, 50, 2);

		assertThat(runs).allSatisfy(r -> {
			assertThat(r.incidents()).isZero();
			assertThat(r.responses()).isEmpty();
			assertThat(r.events()).isZero();
		});
		assertThat(simulator.summary(7, 10, 1).meanIncidents()).isZero();
	}

	@Test
	void twoPlansOnTheSameTpsSeeTheSameIncidentsAndIdenticalPlansTheSameResults() {
		Scenario plan = jember(400);
		Scenario fewer = plan.withFewerTeams(1);
		SimulationConfig config = SimulationConfig.defaults().withRatesScaled(10);
		Simulator a = new Simulator(plan, config);
		Simulator b = new Simulator(fewer, config);
		Simulator again = new Simulator(jember(400), config);

		for (int r = 0; r < 20; r++) {
			assertThat(b.incidents(42, r)).isEqualTo(a.incidents(42, r));
			RunResult x = a.run(42, r);
			RunResult y = again.run(42, r);
			assertThat(y.responses()).isEqualTo(x.responses());
			assertThat(y.lateByKecamatan()).isEqualTo(x.lateByKecamatan());
			assertThat(y.reserveBusyMinutes()).isEqualTo(x.reserveBusyMinutes());
			assertThat(y.belowPatternTpsMinutes()).isEqualTo(x.belowPatternTpsMinutes());
		}
		// a different seed gives other incidents
		assertThat(a.incidents(43, 0)).isNotEqualTo(a.incidents(42, 0));
		// one team fewer: more incidents fall to officers pulled from posts, so (on these
		// fixed seeds) more TPS-minutes below the pattern
		double withAll = a.replicate(42, 30, 1).stream().mapToDouble(RunResult::belowPatternTpsMinutes).sum();
		double withFewer = b.replicate(42, 30, 1).stream().mapToDouble(RunResult::belowPatternTpsMinutes).sum();
		assertThat(withFewer).isGreaterThan(withAll);
	}

	@Test
	void theResultDoesNotDependOnTheNumberOfThreads() {
		Simulator simulator = new Simulator(jember(300), SimulationConfig.defaults().withRatesScaled(5));

		SimulationSummary one = simulator.summary(11, 60, 1);
		SimulationSummary two = simulator.summary(11, 60, 2);

		assertThat(two.meanIncidents()).isEqualTo(one.meanIncidents());
		assertThat(two.byClass()).isEqualTo(one.byClass());
		assertThat(two.late()).isEqualTo(one.late());
		assertThat(two.events()).isEqualTo(one.events());
	}

	@Test
	void meanIncidentsMatchTheirExpectationAndTypesTheirShares() {
		Scenario scenario = jember(500);
		SimulationConfig config = SimulationConfig.defaults();
		Simulator simulator = new Simulator(scenario, config);
		double expected = 0;
		for (Scenario.Site s : scenario.sites()) {
			expected += config.expectedIncidents(s.policeClass(), s.indicators());
		}
		int n = 4000;
		long total = 0;
		Map<IncidentType, Integer> byType = new EnumMap<>(IncidentType.class);
		int beforeClosing = 0;
		for (int r = 0; r < n; r++) {
			for (Incident i : simulator.incidents(2024, r)) {
				total++;
				byType.merge(i.type(), 1, Integer::sum);
				assertThat(i.minute()).isBetween(360.0, 1320.0);
				if (i.minute() < 780) {
					beforeClosing++;
				}
				if (i.type() == IncidentType.CROWD) {
					assertThat(i.location()).isEqualTo(scenario.location(i.tps(), true));
				}
			}
		}
		double mean = (double) total / n;
		// Poisson: the mean of n days has standard error sqrt(expected / n); allow 4
		assertThat(mean).isCloseTo(expected, within(4 * Math.sqrt(expected / n)));
		assertThat(simulator.expectedIncidents()).isCloseTo(expected, within(1e-9));
		assertThat((double) byType.get(IncidentType.MONEY_POLITICS) / total).isCloseTo(0.25, within(0.02));
		assertThat((double) byType.get(IncidentType.CROWD) / total).isCloseTo(0.10, within(0.02));
		// 06:00–13:00 carries 7.7 of the profile's 19.2 weight
		assertThat((double) beforeClosing / total).isCloseTo(7.7 / 19.2, within(0.02));
	}

	@Test
	void invalidSettingsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> SimulationConfig.defaults().withRatesScaled(-1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Simulator(jember(10), SimulationConfig.defaults()).replicate(1, 0, 1));
	}

	/**
	 * A made-up regency: TPS on a grid in 5 kecamatan, classes and indicators by index,
	 * posts of up to 4 TPS with 2 officers, 3 reserve bases with 2 teams each.
	 */
	static Scenario jember(int tps) {
		List<Scenario.Site> sites = new ArrayList<>();
		for (int i = 0; i < tps; i++) {
			PoliceClass c = (i % 50 == 0) ? PoliceClass.SANGAT_RAWAN
					: (i % 7 == 0) ? PoliceClass.RAWAN : PoliceClass.KURANG_RAWAN;
			sites.add(new Scenario.Site("T" + i, "KEC-" + (i % 5), 113.5 + (i % 20) * 0.02, -8.2 - (i / 20) * 0.02, c,
					i % 4));
		}
		List<Scenario.PostUnit> posts = new ArrayList<>();
		for (int i = 0; i < tps; i += 4) {
			int[] members = new int[Math.min(4, tps - i)];
			for (int m = 0; m < members.length; m++) {
				members[m] = i + m;
			}
			posts.add(new Scenario.PostUnit(i, members, 2));
		}
		List<Scenario.ReserveBase> bases = List.of(new Scenario.ReserveBase("A", 113.55, -8.25, 2),
				new Scenario.ReserveBase("B", 113.75, -8.35, 2), new Scenario.ReserveBase("C", 113.65, -8.45, 2));
		Travel travel = (lon1, lat1, lon2, lat2) -> Math.hypot(lon1 - lon2, lat1 - lat2) * 111 * 1.4 / 40 * 60;
		return new Scenario(sites, posts, bases, TARGETS, travel, 8);
	}

}
