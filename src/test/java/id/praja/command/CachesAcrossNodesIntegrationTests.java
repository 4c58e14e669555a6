package id.praja.command;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

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
import id.praja.support.TwoNodes;
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

	static TwoNodes nodes;

	@BeforeAll
	static void startTwoNodes() {
		nodes = TwoNodes.start(Map.of());
	}

	@AfterAll
	static void stop() {
		SecurityContextHolder.clearContext();
		if (nodes != null) {
			nodes.close();
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
		FloorGames gamesB = nodes.b().getBean(FloorGames.class);
		int before = gamesB.view(gamesB.create("Latihan 1", null)).units().size();
		PersonnelManagement personnelA = nodes.a().getBean(PersonnelManagement.class);
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
		TerritoryManagement territoryA = nodes.a().getBean(TerritoryManagement.class);
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
		assertThat(TwoNodes.postFieldReport(nodes.b(), UUID.randomUUID(), newCode).statusCode()).isEqualTo(422);

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
		eventually(() -> TwoNodes.postFieldReport(nodes.b(), id, newCode).statusCode() == 201);
	}

	@Test
	@Order(3)
	void aKecamatanMovedAwayFromAPolsekOnOneNodeLeavesTheKapolsekScopeOnTheOther() {
		PersonnelManagement personnelA = nodes.a().getBean(PersonnelManagement.class);
		AccessScopes scopesB = nodes.b().getBean(AccessScopes.class);
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
		DeploymentPlans plansA = nodes.a().getBean(DeploymentPlans.class);
		DeploymentPlans plansB = nodes.b().getBean(DeploymentPlans.class);
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
		HttpResponse<Stream<String>> progress = TwoNodes.HTTP.send(
				TwoNodes.request(nodes.b(), "/api/v1/deployment/plans/" + id + "/progress", "kabagops").GET().build(),
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
		Dispatcher dispatcherB = nodes.b().getBean(Dispatcher.class);
		DeploymentPlans plansA = nodes.a().getBean(DeploymentPlans.class);
		String before = dispatcherB.units().planName();
		StoredPlan draft = plansA.createDraft("kabagops");

		StoredPlan published = plansA.publish(draft.version().id(), "kapolres");

		assertThat(before).isNotEqualTo("v" + published.version().version());
		eventually(() -> dispatcherB.units().planName().equals("v" + published.version().version()));
	}

	@Test
	@Order(6)
	void aPreviewIsRefusedWith503WhileTheHeavyWorkPoolIsFull() throws Exception {
		HeavyWork heavyB = nodes.b().getBean(HeavyWork.class);
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
			HttpResponse<String> answer = TwoNodes.HTTP
				.send(TwoNodes.request(nodes.b(), "/api/v1/deployment/preview", "kabagops")
					.POST(HttpRequest.BodyPublishers.noBody())
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
		ClusterCaches cachesA = nodes.a().getBean(ClusterCaches.class);
		AtomicInteger forgotten = new AtomicInteger();
		cachesA.register("test.reconnect", forgotten::incrementAndGet);

		new JdbcTemplate(nodes.a().getBean(DataSource.class)).query(
				"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'praja-listener'",
				rs -> {
				});

		eventually(() -> forgotten.get() >= 1);
		int afterReconnect = forgotten.get();
		// listening again: a change announced by the other node arrives
		eventually(() -> {
			nodes.b().getBean(ClusterCaches.class).changed("test.reconnect");
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

}
