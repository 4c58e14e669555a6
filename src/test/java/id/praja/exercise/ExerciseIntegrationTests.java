package id.praja.exercise;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.praja.deployment.DeploymentPlan;
import id.praja.exercise.internal.Scenarios;
import id.praja.exercise.simulation.Scenario;
import id.praja.exercise.SimulationConfig;
import id.praja.exercise.SimulationSummary;
import id.praja.exercise.simulation.Simulator;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The simulation on the Jember demo plan: the plan written as a plan file and read back
 * simulates identically; the comparison with every reserve team removed pulls officers
 * from posts; runs are kept as exercise data only. On a database of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.security.test.context.support.WithUserDetails("kabagops")
@org.springframework.context.annotation.Import(id.praja.support.ActingUser.class)
class ExerciseIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	id.praja.deployment.DeploymentPlans plans;

	@Autowired
	ExerciseManagement exercise;

	@Autowired
	Scenarios scenarios;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path dir;

	@Test
	void aPlanFileOfTheDemoPlanSimulatesLikeThePlanItself() throws Exception {
		SimulationConfig config = SimulationConfig.defaults();
		DeploymentPlan plan = this.exercise.currentPlan(2);
		Scenario direct = this.scenarios.scenario(plan, config);
		StringWriter text = new StringWriter();
		this.scenarios.writePlan(plan, text);
		Path file = this.dir.resolve("plan.csv");
		Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
		Scenario read = this.scenarios.scenario(file, config);

		assertThat(direct.sites()).hasSize(4046);
		assertThat(read.posts()).hasSameSizeAs(direct.posts());
		assertThat(read.teams()).isEqualTo(direct.teams()).isPositive();
		SimulationSummary a = new Simulator(direct, config).summary(5, 30, 2);
		SimulationSummary b = new Simulator(read, config).summary(5, 30, 1);
		assertThat(b.byClass()).isEqualTo(a.byClass());
		assertThat(b.meanIncidents()).isEqualTo(a.meanIncidents()).isPositive();

		Files.writeString(file, "post,NO-SUCH-TPS,2,NO-SUCH-TPS\n");
		assertThatIllegalArgumentException().isThrownBy(() -> this.scenarios.scenario(file, config))
			.withMessageContaining("line 1")
			.withMessageContaining("unknown TPS");
	}

	@Test
	void withoutReserveTeamsOfficersArePulledFromPostsAndTheRunIsKeptAsExerciseData() {
		assertThat(this.mvc.post()
			.uri("/api/v1/exercise/simulations")
			.param("replications", "0")
			.with(httpBasic("kabagops", "praja2024"))
			.with(csrf())).hasStatus(400);
		Comparison c = this.exercise.compare(40, 9, 15);
		assertThat(c.teamsA()).isEqualTo(15);
		assertThat(c.teamsB()).isZero();
		assertThat(c.b().meanIncidents()).isEqualTo(c.a().meanIncidents());
		assertThat(c.b().reserveUtilisation()).isZero();
		assertThat(c.b().meanBelowPatternTpsMinutes()).isGreaterThan(c.a().meanBelowPatternTpsMinutes());
		assertThat(this.mvc.get().uri("/api/v1/exercise/simulations").with(httpBasic("kapolres", "praja2024")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[0].id")
			.isNotNull();
		// the planner's own settings: no incidents at all when every rate is zero; a
		// negative rate is refused
		assertThat(this.mvc.post()
			.uri("/api/v1/exercise/simulations")
			.param("replications", "5")
			.param("fewerTeams", "0")
			.param("rateKurangRawan", "0")
			.param("rateRawan", "0")
			.param("rateSangatRawan", "0")
			.param("rateKhusus", "0")
			.with(httpBasic("kabagops", "praja2024"))
			.with(csrf())).hasStatusOk().bodyJson().extractingPath("$.a.meanIncidents").isEqualTo(0.0);
		assertThat(this.mvc.post()
			.uri("/api/v1/exercise/simulations")
			.param("replications", "5")
			.param("rateRawan", "-1")
			.with(httpBasic("kabagops", "praja2024"))
			.with(csrf())).hasStatus(400);
		List<Boolean> flags = this.jdbc.sql("SELECT exercise FROM exercise_simulation").query(Boolean.class).list();
		assertThat(flags).containsOnly(true);
		assertThat(this.mvc.get().uri("/api/v1/exercise/simulations").with(httpBasic("lapangan", "praja2024")))
			.hasStatus(403);
	}

	@Test
	void twoPlanVersionsAreComparedOnTheSameIncidentsAndThePublishedOneIsRehearsed() {
		id.praja.deployment.StoredPlan v1 = this.plans.createDraft("kabagops");
		// the same version on both sides: common random numbers give identical figures
		Comparison same = this.exercise.compare(50, 7, v1.version().id(), v1.version().id(), 0);
		assertThat(same.b().meanIncidents()).isEqualTo(same.a().meanIncidents());
		assertThat(same.b()).usingRecursiveComparison()
			.ignoringFields("seconds")
			.withEqualsForType(Double::equals, Double.class)
			.isEqualTo(same.a());
		// a version without reserve teams responds differently to the same incidents
		Comparison fewer = this.exercise.compare(50, 7, v1.version().id(), v1.version().id(), same.teamsA());
		assertThat(fewer.b().meanIncidents()).isEqualTo(fewer.a().meanIncidents());
		assertThat(fewer.teamsB()).isZero();
		// once published, it is the plan the exercise rehearses by default
		this.plans.publish(v1.version().id(), "kapolres");
		assertThat(this.exercise.currentPlanName()).isEqualTo("published plan v" + v1.version().version());
		assertThat(this.exercise.currentPlan(1)).isEqualTo(this.plans.get(v1.version().id()).plan());
	}

}
