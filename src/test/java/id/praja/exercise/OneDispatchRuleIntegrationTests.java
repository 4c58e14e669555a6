package id.praja.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.praja.command.DispatchOption;
import id.praja.command.Incident;
import id.praja.command.IncidentManagement;
import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.exercise.floorgame.FloorGameView;
import id.praja.exercise.floorgame.FloorGames;
import id.praja.exercise.floorgame.GameIncident;
import id.praja.exercise.floorgame.GameUnitStatus;
import id.praja.exercise.floorgame.NewInject;
import id.praja.exercise.internal.Scenarios;
import id.praja.exercise.simulation.RunResult;
import id.praja.exercise.simulation.Scenario;
import id.praja.exercise.SimulationConfig;
import id.praja.exercise.simulation.Simulator;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One dispatch rule: the same incident, at the same TPS with every unit free, gets the
 * same unit on the command desk, in the voting-day simulation and in the floor game
 * (which plays the plan's reserve teams only, so it is compared where the desk sends a
 * reserve team).
 */
@SpringBootTest
@WithUserDetails("kabagops")
class OneDispatchRuleIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	IncidentManagement desk;

	@Autowired
	ExerciseManagement exercise;

	@Autowired
	Scenarios scenarios;

	@Autowired
	FloorGames games;

	@Test
	void theSameIncidentGetsTheSameUnitAtTheDeskInTheSimulationAndInTheFloorGame() {
		SimulationConfig config = SimulationConfig.defaults();
		Scenario scenario = this.scenarios.scenario(this.exercise.currentPlan(2), config);
		Simulator simulator = new Simulator(scenario, config);
		// TPS spread over the regency: every 150th
		List<Integer> sample = new ArrayList<>();
		for (int i = 0; i < scenario.sites().size(); i += 150) {
			sample.add(i);
		}
		long game = this.games.create("Satu aturan pengiriman", "06:00");
		Map<String, String> deskReserveByTps = new java.util.LinkedHashMap<>();
		int posts = 0;
		for (int index : sample) {
			String tps = scenario.sites().get(index).code();
			Incident incident = this.desk.create(tps, IncidentType.VIOLENCE, Severity.YELLOW, "Keributan pendukung");
			DispatchOption recommended = this.desk.recommend(incident.id()).get(0);

			RunResult run = simulator.run(List.of(new id.praja.exercise.simulation.Incident(index, index,
					IncidentType.VIOLENCE, config.startMinute() + 60)));
			int sent = run.responses().get(0).firstSent();
			if (recommended.unit().kind().equals("RESERVE")) {
				// RESERVE:<n>:<base unit>, the n-th base of the plan
				int n = Integer.parseInt(recommended.unit().id().split(":")[1]);
				assertThat(sent).as("simulation at " + tps).isEqualTo(n - 1);
				assertThat(recommended.unit().label()).endsWith(scenario.bases().get(sent).name());
				deskReserveByTps.put(tps, scenario.bases().get(sent).name());
				this.games.addInject(game, new NewInject("06:00", tps, "VIOLENCE", "YELLOW", ""));
			}
			else {
				posts++;
				assertThat(sent).as("simulation at " + tps + ": a post").isNegative();
				int anchor = scenario.posts().get(-sent - 1).anchor();
				assertThat(recommended.unit().id()).isEqualTo("POST:" + scenario.sites().get(anchor).code());
			}
		}
		assertThat(deskReserveByTps).as("some incidents get a reserve team (posts: " + posts + ")").isNotEmpty();

		FloorGameView view = this.games.start(game);
		Map<String, String> unitNames = new java.util.HashMap<>();
		for (GameUnitStatus u : view.units()) {
			unitNames.put(u.unit().code(), u.unit().name());
		}
		assertThat(view.incidents()).hasSize(deskReserveByTps.size());
		for (GameIncident i : view.incidents()) {
			assertThat(unitNames.get(i.recommended())).as("floor game at " + i.inject().tps())
				.isEqualTo(deskReserveByTps.get(i.inject().tps()));
		}
	}

}
