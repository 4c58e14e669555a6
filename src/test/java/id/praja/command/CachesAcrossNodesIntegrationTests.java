package id.praja.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import id.praja.PrajaApplication;
import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.StoredPlan;
import id.praja.exercise.floorgame.FloorGames;
import id.praja.personnel.Officer;
import id.praja.personnel.OfficerQuery;
import id.praja.personnel.OfficerStatus;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.StatusPeriod;
import id.praja.shared.AccessScopes;
import id.praja.shared.ClusterCaches;
import id.praja.shared.Conflict;
import id.praja.shared.HeavyWork;
import id.praja.shared.SystemScope;
import id.praja.support.TestDatabase;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.Tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Two Praja nodes over one PostgreSQL: what one node changes, the other one sees — every
 * cache of a node is forgotten when any node changes what it holds (Polsek areas, TPS
 * directory, dispatchable units, floor-game units), a solve running on one node blocks
 * publication and pins on the other, and heavy work is refused with 503 when a node's
 * pool is full.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CachesAcrossNodesIntegrationTests {

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void startTwoNodes() {
		Map<String, Object> a = new HashMap<>(TestDatabase.freshProperties(false));
		nodeA = new SpringApplicationBuilder(PrajaApplication.class).run(arguments(a));
		Map<String, Object> b = new HashMap<>();
		HikariDataSource database = (HikariDataSource) nodeA.getBean(DataSource.class);
		b.put("spring.datasource.url", database.getJdbcUrl());
		b.put("spring.datasource.username", database.getUsername());
		if (database.getPassword() != null) {
			b.put("spring.datasource.password", database.getPassword());
		}
		// node B migrates (nothing left to do) as the owner role, like node A
		for (String flyway : new String[] { "spring.flyway.user", "spring.flyway.password" }) {
			String value = nodeA.getEnvironment().getProperty(flyway);
			if (value != null) {
				b.put(flyway, value);
			}
		}
		b.put("praja.demo.enabled", "true");
		nodeB = new SpringApplicationBuilder(PrajaApplication.class).run(arguments(b));
	}

	private static String[] arguments(Map<String, Object> properties) {
		List<String> args = new ArrayList<>();
		args.add("--server.port=0");
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return args.toArray(new String[0]);
	}

	@AfterAll
	static void stop() {
		SecurityContextHolder.clearContext();
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	/** The facades are called as the system (scoping fails closed without a user). */
	@BeforeEach
	void asTheSystem() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SystemScope.NAME_PREFIX + "test", null,
					AuthorityUtils.createAuthorityList(SystemScope.AUTHORITY)));
	}

	@AfterEach
	void nobody() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@Order(1)
	void aFloorGameCreatedOnOneNodePlaysTheReserveTeamsLeftAfterAbsencesRecordedOnTheOther() {
		FloorGames gamesB = nodeB.getBean(FloorGames.class);
		int before = gamesB.view(gamesB.create("Latihan 1", null)).units().size();
		PersonnelManagement personnelA = nodeA.getBean(PersonnelManagement.class);
		List<Officer> samapta = personnelA.officers(new OfficerQuery(null, "SAT-SAMAPTA", null, 0, 100)).content();
		LocalDate votingDay = LocalDate.of(2024, 11, 27);
		samapta.stream()
			.filter(o -> o.statusOn(votingDay).available())
			.limit(24)
			.forEach(o -> personnelA.recordStatus(o.nrp(), new StatusPeriod(OfficerStatus.CUTI, votingDay, votingDay)));

		int after = gamesB.view(gamesB.create("Latihan 2", null)).units().size();

		assertThat(after).isEqualTo(before - 2);
	}

	@Test
	@Order(2)
	void aTpsImportedOnOneNodeTakesFieldReportsOnTheOther() throws Exception {
		TerritoryManagement territoryA = nodeA.getBean(TerritoryManagement.class);
		String desa = "35.09.01.2002";
		List<Tps> tps = new ArrayList<>();
		territoryA.forEachTps(null, t -> {
			if (t.desaCode().equals(desa)) {
				tps.add(t);
			}
		});
		int newNumber = tps.stream().mapToInt(Tps::number).max().orElseThrow() + 1;
		String newCode = tps.get(0).code().replaceFirst("\\d+$", "%03d".formatted(newNumber));
		// node B knows the TPS of the desa and rejects the one not yet imported
		assertThat(report(nodeB, UUID.randomUUID(), newCode).statusCode()).isEqualTo(422);

		StringBuilder csv = new StringBuilder(
				"desa_code,tps_number,address,lat,lon,voters_male,voters_female,special_site\n");
		for (Tps t : tps) {
			csv.append("%s,%d,\"%s\",%s,%s,%d,%d,%n".formatted(t.desaCode(), t.number(), t.address(), t.lat(), t.lon(),
					t.votersMale(), t.votersFemale()));
		}
		csv.append("%s,%d,\"%s\",%s,%s,%d,%d,%n".formatted(desa, newNumber, "TPS baru", tps.get(0).lat(),
				tps.get(0).lon(), 150, 160));
		territoryA.importTps("tps-baru.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

		UUID id = UUID.randomUUID();
		eventually(() -> report(nodeB, id, newCode).statusCode() == 201);
	}

	@Test
	@Order(3)
	void aKecamatanMovedAwayFromAPolsekOnOneNodeLeavesTheKapolsekScopeOnTheOther() {
		PersonnelManagement personnelA = nodeA.getBean(PersonnelManagement.class);
		AccessScopes scopesB = nodeB.getBean(AccessScopes.class);
		Map<String, String> areas = personnelA.polsekAreas();
		String kecamatan = areas.entrySet()
			.stream()
			.filter(e -> e.getValue().equals("POLSEK-TEMPUREJO"))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow();
		String otherPolsek = areas.values()
			.stream()
			.filter(p -> !p.equals("POLSEK-TEMPUREJO"))
			.findFirst()
			.orElseThrow();
		BooleanSupplier kapolsekSeesIt = () -> {
			SecurityContext system = SecurityContextHolder.getContext();
			SecurityContext kapolsek = SecurityContextHolder.createEmptyContext();
			kapolsek.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("kapolsek.tempurejo", null,
					AuthorityUtils.createAuthorityList("ROLE_KAPOLSEK", "SCOPE_POLSEK-TEMPUREJO")));
			SecurityContextHolder.setContext(kapolsek);
			try {
				return scopesB.current().coversKecamatan(kecamatan);
			}
			finally {
				SecurityContextHolder.setContext(system);
			}
		};
		assertThat(kapolsekSeesIt.getAsBoolean()).isTrue();

		personnelA.assignKecamatan(kecamatan, otherPolsek);

		eventually(() -> !kapolsekSeesIt.getAsBoolean());
		personnelA.assignKecamatan(kecamatan, "POLSEK-TEMPUREJO");
		eventually(kapolsekSeesIt);
	}

	@Test
	@Order(4)
	void aSolveRunningOnOneNodeBlocksPinsAndPublicationOnTheOtherWhichShowsItsProgressAndCanStopIt() throws Exception {
		DeploymentPlans plansA = nodeA.getBean(DeploymentPlans.class);
		DeploymentPlans plansB = nodeB.getBean(DeploymentPlans.class);
		StoredPlan draft = plansA.createDraft("kabagops");
		long id = draft.version().id();
		String anchor = draft.plan().posts().posts().get(0).anchor();

		plansA.solve(id, 5);

		assertThat(plansB.solveState(id)).isEqualTo("RUNNING");
		assertThatExceptionOfType(Conflict.class).isThrownBy(() -> plansB.publish(id, "kapolres"))
			.withMessageContaining("being solved");
		assertThatExceptionOfType(Conflict.class).isThrownBy(() -> plansB.pin(id, "post", anchor, null, true));
		assertThatExceptionOfType(Conflict.class).isThrownBy(() -> plansB.solve(id, 5))
			.withMessageContaining("already being solved");
		HttpResponse<Stream<String>> progress = HTTP.send(
				request(nodeB, "/api/v1/deployment/plans/" + id + "/progress", "kabagops").GET().build(),
				HttpResponse.BodyHandlers.ofLines());
		assertThat(progress.statusCode()).isEqualTo(200);
		String first = CompletableFuture
			.supplyAsync(() -> progress.body().filter(line -> line.startsWith("event:")).findFirst().orElse(""))
			.get(60, TimeUnit.SECONDS);
		progress.body().close();
		assertThat(first).isEqualTo("event:progress");

		assertThat(plansB.stop(id)).isTrue();

		eventually(() -> !plansA.solveState(id).equals("RUNNING"));
		assertThat(plansB.solveState(id)).isEqualTo("STOPPED");
	}

	@Test
	@Order(5)
	void aPlanPublishedOnOneNodeGivesTheOtherItsUnitsToDispatch() {
		Dispatcher dispatcherB = nodeB.getBean(Dispatcher.class);
		DeploymentPlans plansA = nodeA.getBean(DeploymentPlans.class);
		String before = dispatcherB.units().planName();
		StoredPlan draft = plansA.createDraft("kabagops");

		StoredPlan published = plansA.publish(draft.version().id(), "kapolres");

		assertThat(before).isNotEqualTo("v" + published.version().version());
		eventually(() -> dispatcherB.units().planName().equals("v" + published.version().version()));
	}

	@Test
	@Order(6)
	void aPreviewIsRefusedWith503WhileTheHeavyWorkPoolIsFull() throws Exception {
		HeavyWork heavyB = nodeB.getBean(HeavyWork.class);
		CountDownLatch release = new CountDownLatch(1);
		try {
			// fill the pool and its queue
			for (int i = 0; i < 64; i++) {
				try {
					heavyB.submit("test", () -> release.await(60, TimeUnit.SECONDS));
				}
				catch (id.praja.shared.Busy ex) {
					break;
				}
			}
			HttpResponse<String> answer = HTTP
				.send(request(nodeB, "/api/v1/deployment/preview", "kabagops").POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());

			assertThat(answer.statusCode()).isEqualTo(503);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
			assertThat(answer.body()).contains("busy with other heavy work").contains("plan preview");
		}
		finally {
			release.countDown();
		}
	}

	@Test
	@Order(7)
	void aNodeForgetsEveryCacheWhenItsListeningConnectionIsLostAndListensAgain() {
		ClusterCaches cachesA = nodeA.getBean(ClusterCaches.class);
		AtomicInteger forgotten = new AtomicInteger();
		cachesA.register("test.reconnect", forgotten::incrementAndGet);

		new JdbcTemplate(nodeA.getBean(DataSource.class)).query(
				"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'praja-listener'",
				rs -> {
				});

		eventually(() -> forgotten.get() >= 1);
		int afterReconnect = forgotten.get();
		// listening again: a change announced by the other node arrives
		eventually(() -> {
			nodeB.getBean(ClusterCaches.class).changed("test.reconnect");
			return forgotten.get() > afterReconnect;
		});
	}

	private static void eventually(BooleanSupplier condition) {
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("the other node did not see the change");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

	private static HttpResponse<String> report(ConfigurableApplicationContext node, UUID id, String tps) {
		String body = "{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"STATUS\",\"status\":\"DIBUKA\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}"
			.formatted(id, tps);
		try {
			return HTTP
				.send(request(node, "/api/v1/field-reports", "operator").header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext node, String path, String user) {
		String port = node.getEnvironment().getProperty("local.server.port");
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((user + ":praja2024").getBytes(StandardCharsets.UTF_8)));
	}

}
