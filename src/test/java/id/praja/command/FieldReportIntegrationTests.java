package id.praja.command;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The ingest API against a real PostgreSQL: idempotency by the client's id, every
 * validation rule (and that a rejected report leaves nothing behind), scoping, and a TPS
 * whose stage never goes back while many phones report at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FieldReportIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	/** TPS of Tempurejo (the demo Kapolsek's and field officer's area) and of Kencong. */
	static final String TEMPUREJO = "35.09.18.2001-TPS-001";

	static final String TEMPUREJO_2 = "35.09.18.2001-TPS-002";

	static final String KENCONG = "35.09.02.2001-TPS-001";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReplayAnswersWithTheStoredReportAndCreatesNothing() throws Exception {
		UUID id = UUID.randomUUID();
		String body = status(id, TEMPUREJO, "PERSIAPAN", "2024-11-27T06:01:00+07:00");
		MvcResult first = send("operator", body);
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(first.getResponse().getHeader("Location")).endsWith("/api/v1/field-reports/" + id);
		JsonNode stored = JSON.readTree(first.getResponse().getContentAsString());
		assertThat(stored.get("status").asString()).isEqualTo("PERSIAPAN");
		assertThat(stored.get("applied").asBoolean()).isTrue();
		assertThat(stored.get("reportedBy").asString()).isEqualTo("operator");
		// the ingest writes its answer itself: the same JSON as reading the report back
		MvcResult read = this.mvc
			.perform(get("/api/v1/field-reports/" + id).with(user(this.users.loadUserByUsername("operator"))))
			.andReturn();
		assertThat(JSON.readTree(read.getResponse().getContentAsString())).isEqualTo(stored);
		assertThat(first.getResponse().getContentType()).startsWith("application/json");

		// the same instant written in another offset is the same report
		MvcResult replay = send("operator", status(id, TEMPUREJO, "PERSIAPAN", "2024-11-26T23:01:00Z"));
		assertThat(replay.getResponse().getStatus()).isEqualTo(200);
		assertThat(JSON.readTree(replay.getResponse().getContentAsString())).isEqualTo(stored);
		assertThat(count(id)).isEqualTo(1);
	}

	@Test
	void theSameIdForADifferentReportIsAConflict() throws Exception {
		UUID id = UUID.randomUUID();
		assertThat(send("operator", status(id, TEMPUREJO_2, "PERSIAPAN", "2024-11-27T06:00:00+07:00")).getResponse()
			.getStatus()).isEqualTo(201);
		MvcResult conflict = send("operator", status(id, TEMPUREJO_2, "DIBUKA", "2024-11-27T07:00:00+07:00"));
		assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
		assertThat(conflict.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(this.jdbc.queryForObject("SELECT status FROM command_field_report WHERE id = ?", String.class, id))
			.isEqualTo("PERSIAPAN");
		assertThat(this.jdbc.queryForObject("SELECT status FROM command_tps_status WHERE tps_code = ?", String.class,
				TEMPUREJO_2))
			.isEqualTo("PERSIAPAN");
	}

	@Test
	void anUnknownTpsIsRejectedAndNothingStored() throws Exception {
		UUID id = UUID.randomUUID();
		assertRejected(send("operator", status(id, "35.09.18.2001-TPS-999", "DIBUKA", "2024-11-27T07:00:00+07:00")),
				422, "UNKNOWN_TPS");
		assertThat(count(id)).isZero();
	}

	@Test
	void aTpsOutsideThePolsekAreaDoesNotExistForItsOfficers() throws Exception {
		for (String account : List.of("kapolsek.tempurejo", "lapangan")) {
			UUID id = UUID.randomUUID();
			assertRejected(send(account, status(id, KENCONG, "DIBUKA", "2024-11-27T07:00:00+07:00")), 422,
					"UNKNOWN_TPS");
			assertThat(count(id)).isZero();
		}
		assertThat(send("lapangan", checkIn(UUID.randomUUID(), TEMPUREJO, "2024-11-27T05:30:00+07:00")).getResponse()
			.getStatus()).isEqualTo(201);
	}

	@Test
	void aStatusGoingBackwardsIsRejectedButALateEarlierOneIsKeptAsHistory() throws Exception {
		String tps = "35.09.18.2001-TPS-003";
		assertThat(send("operator", status(UUID.randomUUID(), tps, "PEMUNGUTAN", "2024-11-27T07:10:00+07:00"))
			.getResponse()
			.getStatus()).isEqualTo(201);

		UUID backwards = UUID.randomUUID();
		assertRejected(send("operator", status(backwards, tps, "DIBUKA", "2024-11-27T07:20:00+07:00")), 422,
				"STATUS_BACKWARDS");
		assertThat(count(backwards)).isZero();

		// a phone that was offline sends its 07:00 "opened" after the 07:10 "voting"
		UUID late = UUID.randomUUID();
		MvcResult history = send("operator", status(late, tps, "DIBUKA", "2024-11-27T07:00:00+07:00"));
		assertThat(history.getResponse().getStatus()).isEqualTo(201);
		assertThat(JSON.readTree(history.getResponse().getContentAsString()).get("applied").asBoolean()).isFalse();
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM command_tps_status WHERE tps_code = ?", String.class, tps))
			.isEqualTo("PEMUNGUTAN");

		// and a replay of an overtaken report still answers with the stored one
		assertThat(send("operator", status(late, tps, "DIBUKA", "2024-11-27T07:00:00+07:00")).getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void aTimeInTheFutureOrBeforeTheOperationIsRejected() throws Exception {
		UUID future = UUID.randomUUID();
		String inTenMinutes = Instant.now().plus(10, ChronoUnit.MINUTES).toString();
		assertRejected(send("operator", checkIn(future, TEMPUREJO, inTenMinutes)), 422, "TIME_OUT_OF_RANGE");
		UUID before = UUID.randomUUID();
		assertRejected(send("operator", checkIn(before, TEMPUREJO, "2024-08-18T23:59:00+07:00")), 422,
				"TIME_OUT_OF_RANGE");
		assertThat(count(future) + count(before)).isZero();
		// a phone a minute ahead of the server is within the allowed skew
		UUID skewed = UUID.randomUUID();
		assertThat(send("operator", checkIn(skewed, TEMPUREJO, Instant.now().plus(1, ChronoUnit.MINUTES).toString()))
			.getResponse()
			.getStatus()).isEqualTo(201);
	}

	@Test
	void oversizePhotosAndBodiesAreRejectedWith413() throws Exception {
		byte[] jpeg = new byte[1_100_000];
		jpeg[0] = (byte) 0xff;
		jpeg[1] = (byte) 0xd8;
		jpeg[2] = (byte) 0xff;
		UUID big = UUID.randomUUID();
		assertRejected(send("operator", incident(big, Base64.getEncoder().encodeToString(jpeg))), 413, "TOO_LARGE");
		assertThat(count(big)).isZero();

		UUID huge = UUID.randomUUID();
		String padding = "x".repeat(1_600_000);
		assertRejected(send("operator", incident(huge, padding)), 413, "TOO_LARGE");
		assertThat(count(huge)).isZero();

		UUID notAnImage = UUID.randomUUID();
		assertRejected(send("operator", incident(notAnImage, Base64.getEncoder().encodeToString(new byte[100]))), 422,
				"BAD_PHOTO");
		assertThat(count(notAnImage)).isZero();
	}

	@Test
	void anIncidentWithAPhotoIsStoredAndItsPhotoServed() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };
		UUID id = UUID.randomUUID();
		MvcResult result = send("operator",
				incident(id, "data:image/png;base64," + Base64.getEncoder().encodeToString(png)));
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		assertThat(JSON.readTree(result.getResponse().getContentAsString()).get("hasPhoto").asBoolean()).isTrue();
		MvcResult photo = this.mvc
			.perform(
					get("/api/v1/field-reports/" + id + "/photo").with(user(this.users.loadUserByUsername("kapolres"))))
			.andReturn();
		assertThat(photo.getResponse().getContentType()).isEqualTo("image/png");
		assertThat(photo.getResponse().getContentAsByteArray()).isEqualTo(png);
	}

	@Test
	void theHourlyCountersCountEachTpsOnceInTheHourItFirstOpenedOrFinished() throws Exception {
		String a = "35.09.18.2001-TPS-005";
		String b = "35.09.18.2001-TPS-006";
		assertThat(send("operator", status(UUID.randomUUID(), a, "DIBUKA", "2024-11-28T07:10:00+07:00")).getResponse()
			.getStatus()).isEqualTo(201);
		// a second DIBUKA of the same TPS later does not count again
		send("operator", status(UUID.randomUUID(), a, "DIBUKA", "2024-11-28T07:50:00+07:00"));
		send("operator", status(UUID.randomUUID(), b, "DIBUKA", "2024-11-28T08:20:00+07:00"));
		send("operator", status(UUID.randomUUID(), a, "SELESAI", "2024-11-28T13:05:00+07:00"));
		MvcResult result = this.mvc
			.perform(get("/api/v1/command/hourly").param("day", "2024-11-28")
				.with(user(this.users.loadUserByUsername("operator"))))
			.andReturn();
		JsonNode hours = JSON.readTree(result.getResponse().getContentAsString());
		assertThat(hours).hasSize(24);
		assertThat(hours.get(7).get("opened").asInt()).isEqualTo(1);
		assertThat(hours.get(8).get("opened").asInt()).isEqualTo(1);
		assertThat(hours.get(13).get("finished").asInt()).isEqualTo(1);
		int opened = 0;
		for (JsonNode h : hours) {
			opened += h.get("opened").asInt();
		}
		assertThat(opened).isEqualTo(2);
		// the wall display renders for the command post
		assertThat(this.mvc.perform(get("/komando/dinding").with(user(this.users.loadUserByUsername("operator"))))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("wall-hourly");
	}

	@Test
	void malformedReportsAreRejectedWith400() throws Exception {
		List<String> bodies = List.of("not json", "[]",
				"{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"STATUS\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}"
					.formatted(UUID.randomUUID(), TEMPUREJO),
				"{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"STATUS\",\"status\":\"OPEN\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}"
					.formatted(UUID.randomUUID(), TEMPUREJO),
				"{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"CHECK_IN\",\"colour\":\"red\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}"
					.formatted(UUID.randomUUID(), TEMPUREJO),
				"{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"CHECK_IN\",\"occurredAt\":\"2024-11-27 07:00\"}"
					.formatted(UUID.randomUUID(), TEMPUREJO),
				"{\"id\":\"not-a-uuid\",\"tps\":\"%s\",\"type\":\"CHECK_IN\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}"
					.formatted(TEMPUREJO),
				"{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"CHECK_IN\",\"status\":\"DIBUKA\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}"
					.formatted(UUID.randomUUID(), TEMPUREJO),
				"{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"INCIDENT\",\"incidentType\":\"CROWD\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}"
					.formatted(UUID.randomUUID(), TEMPUREJO));
		Integer before = this.jdbc.queryForObject("SELECT count(*) FROM command_field_report", Integer.class);
		for (String body : bodies) {
			assertRejected(send("operator", body), 400, "MALFORMED");
		}
		MvcResult text = this.mvc
			.perform(post("/api/v1/field-reports").contentType(MediaType.TEXT_PLAIN)
				.content("hello")
				.with(user(this.users.loadUserByUsername("operator")))
				.with(csrf()))
			.andReturn();
		assertThat(text.getResponse().getStatus()).isEqualTo(415);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM command_field_report", Integer.class))
			.isEqualTo(before);
	}

	@Test
	void manyPhonesReportingOneTpsAtOnceNeverMoveItBackwards() throws Exception {
		String tps = "35.09.18.2001-TPS-004";
		Instant base = Instant.parse("2024-11-27T00:00:00Z");
		List<Runnable> posts = new ArrayList<>();
		ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
		for (int phone = 0; phone < 6; phone++) {
			for (TpsStatus status : TpsStatus.values()) {
				// each stage at its hour, each phone a few seconds apart
				String at = base.plus(status.rank(), ChronoUnit.HOURS).plusSeconds(phone).toString();
				posts.add(() -> {
					try {
						answers.add(send("operator", status(UUID.randomUUID(), tps, status.name(), at)).getResponse()
							.getStatus());
					}
					catch (Exception ex) {
						answers.add(-1);
					}
				});
			}
		}
		Collections.shuffle(posts, new java.util.Random(7));
		AtomicBoolean done = new AtomicBoolean();
		List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(7);
		Future<?> watcher = pool.submit(() -> {
			while (!done.get()) {
				List<Integer> rank = this.jdbc
					.queryForList("SELECT status_rank FROM command_tps_status WHERE tps_code = ?", Integer.class, tps);
				if (!rank.isEmpty()) {
					seen.add(rank.get(0));
				}
			}
		});
		List<Future<?>> running = new ArrayList<>();
		ExecutorService senders = Executors.newFixedThreadPool(6);
		posts.forEach(p -> running.add(senders.submit(p)));
		for (Future<?> f : running) {
			f.get(60, TimeUnit.SECONDS);
		}
		done.set(true);
		watcher.get(10, TimeUnit.SECONDS);
		pool.shutdown();
		senders.shutdown();

		// every report is consistent with the day's order, so all are accepted (late ones
		// as history)
		assertThat(answers).hasSize(30).containsOnly(201);
		for (int i = 1; i < seen.size(); i++) {
			assertThat(seen.get(i)).as("stage observed after %s", seen.get(i - 1))
				.isGreaterThanOrEqualTo(seen.get(i - 1));
		}
		Map<String, Object> state = this.jdbc
			.queryForMap("SELECT status, status_since FROM command_tps_status WHERE tps_code = ?", tps);
		assertThat(state.get("status")).isEqualTo("SELESAI");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM command_field_report WHERE tps_code = ? AND type = 'STATUS' AND applied",
				Integer.class, tps))
			.isBetween(1, 30);
	}

	@Test
	void aReportSentManyTimesAtOnceIsStoredOnceAndAnsweredAsAReplayToTheOthers() throws Exception {
		// reports waiting together are stored in one batch (group commit): copies of one
		// id
		// in a batch, or racing batches, must still give one 201 and replays
		String tps = "35.09.18.2001-TPS-005";
		UUID id = UUID.randomUUID();
		String body = status(id, tps, "PERSIAPAN", "2024-11-27T06:10:00+07:00");
		UUID other = UUID.randomUUID();
		String different = status(other, tps, "DIBUKA", "2024-11-27T07:05:00+07:00");
		String conflicting = status(other, tps, "PENGHITUNGAN", "2024-11-27T13:05:00+07:00");
		ExecutorService senders = Executors.newFixedThreadPool(8);
		java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
		List<Future<Integer>> copies = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			copies.add(senders.submit(() -> {
				go.await();
				return send("operator", body).getResponse().getStatus();
			}));
		}
		go.countDown();
		List<Integer> answers = new ArrayList<>();
		for (Future<Integer> f : copies) {
			answers.add(f.get(60, TimeUnit.SECONDS));
		}
		senders.shutdown();
		assertThat(answers).filteredOn(s -> s == 201).hasSize(1);
		assertThat(answers).filteredOn(s -> s == 200).hasSize(15);
		assertThat(count(id)).isEqualTo(1);

		assertThat(send("operator", different).getResponse().getStatus()).isEqualTo(201);
		assertThat(send("operator", conflicting).getResponse().getStatus()).isEqualTo(409);
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM command_tps_status WHERE tps_code = ?", String.class, tps))
			.isEqualTo("DIBUKA");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM command_field_report WHERE tps_code = ? AND applied",
				Integer.class, tps))
			.isEqualTo(2);
	}

	private MvcResult send(String account, String body) throws Exception {
		return this.mvc
			.perform(post("/api/v1/field-reports").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(user(this.users.loadUserByUsername(account)))
				.with(csrf()))
			.andReturn();
	}

	/**
	 * Two officers disagree about one TPS: the second one's status would move it back.
	 * His phone still hears 422, and the desk sees both reports side by side (who, when
	 * in WIB) and decides; accepting the conflicting report sets the TPS back to it.
	 */
	@Test
	void twoOfficersWhoDisagreeReachTheDeskSideBySide() throws Exception {
		String tps = "35.09.18.2002-TPS-001";
		MvcResult first = send("lapangan", status(UUID.randomUUID(), tps, "PENGHITUNGAN", "2024-11-27T13:05:00+07:00"));
		assertThat(first.getResponse().getStatus()).as(first.getResponse().getContentAsString()).isEqualTo(201);
		UUID second = UUID.randomUUID();
		String body = status(second, tps, "PEMUNGUTAN", "2024-11-27T13:10:00+07:00");
		assertRejected(send("kapolsek.tempurejo", body), 422, "STATUS_BACKWARDS");
		// the phone sends it again: the same answer, the conflict kept once
		assertRejected(send("kapolsek.tempurejo", body), 422, "STATUS_BACKWARDS");
		assertThat(count(second)).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM command_report_conflict WHERE report_id = ?",
				Integer.class, second))
			.isEqualTo(1);

		var operator = user(this.users.loadUserByUsername("operator"));
		String desk = this.mvc.perform(get("/komando/insiden").with(operator))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String section = desk.substring(desk.indexOf("id=\"conflicts\""));
		section = section.substring(0, section.indexOf("</section>"));
		assertThat(section).contains("Laporan bertentangan", tps, "Penghitungan",
				"oleh lapangan, 27 Nov 2024 13.05 WIB", "Pemungutan", "oleh kapolsek.tempurejo, 27 Nov 2024 13.10 WIB",
				"dua petugas");
		long conflict = this.jdbc.queryForObject("SELECT id FROM command_report_conflict WHERE report_id = ?",
				Long.class, second);
		JsonNode listed = JSON.readTree(this.mvc.perform(get("/api/v1/command/conflicts").with(operator))
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode mine = null;
		for (JsonNode c : listed) {
			if (c.get("id").asLong() == conflict) {
				mine = c;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.get("currentStatus").asString()).isEqualTo("PENGHITUNGAN");
		assertThat(mine.get("currentBy").asString()).isEqualTo("lapangan");
		assertThat(mine.get("reportedStatus").asString()).isEqualTo("PEMUNGUTAN");
		assertThat(mine.get("reportedBy").asString()).isEqualTo("kapolsek.tempurejo");

		MvcResult decided = this.mvc
			.perform(post("/komando/laporan-bertentangan/" + conflict).param("decision", "REPORTED")
				.with(csrf())
				.with(operator))
			.andReturn();
		assertThat(decided.getResponse().getStatus()).isEqualTo(302);
		assertThat(decided.getFlashMap().get("done")).asString().contains(tps, "Pemungutan");
		assertThat(
				this.jdbc.queryForObject("SELECT status FROM command_tps_status WHERE tps_code = ?", String.class, tps))
			.isEqualTo("PEMUNGUTAN");
		assertThat(this.jdbc.queryForObject("SELECT decided_by FROM command_report_conflict WHERE id = ?", String.class,
				conflict))
			.isEqualTo("operator");
		// decided once: a second decision changes nothing
		MvcResult again = this.mvc
			.perform(post("/komando/laporan-bertentangan/" + conflict).param("decision", "CURRENT")
				.with(csrf())
				.with(operator))
			.andReturn();
		assertThat(again.getFlashMap().get("problem")).isNotNull();
		MvcResult viaApi = this.mvc
			.perform(post("/api/v1/command/conflicts/" + conflict).contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"CURRENT\"}")
				.with(csrf())
				.with(operator))
			.andReturn();
		assertThat(viaApi.getResponse().getStatus()).isEqualTo(409);
		assertThat(viaApi.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(this.jdbc.queryForObject("SELECT decision FROM command_report_conflict WHERE id = ?", String.class,
				conflict))
			.isEqualTo("REPORTED");
		assertThat(this.mvc.perform(get("/komando/insiden").with(operator))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.doesNotContain("data-conflict=\"" + conflict + "\"");
		// a field officer reports; he does not decide
		assertThat(this.mvc
			.perform(post("/komando/laporan-bertentangan/" + conflict).param("decision", "CURRENT")
				.with(csrf())
				.with(user(this.users.loadUserByUsername("lapangan"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private void assertRejected(MvcResult result, int status, String reason) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(JSON.readTree(result.getResponse().getContentAsString()).get("reason").asString()).isEqualTo(reason);
	}

	private int count(UUID id) {
		return this.jdbc.queryForObject("SELECT count(*) FROM command_field_report WHERE id = ?", Integer.class, id);
	}

	static String status(UUID id, String tps, String status, String at) {
		return "{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"STATUS\",\"status\":\"%s\",\"occurredAt\":\"%s\"}"
			.formatted(id, tps, status, at);
	}

	static String checkIn(UUID id, String tps, String at) {
		return "{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"CHECK_IN\",\"occurredAt\":\"%s\"}".formatted(id, tps, at);
	}

	static String incident(UUID id, String photo) {
		return ("{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"INCIDENT\",\"incidentType\":\"CROWD\",\"severity\":\"YELLOW\","
				+ "\"note\":\"Massa berkumpul\",\"lat\":-8.3,\"lon\":113.7,\"photo\":\"%s\","
				+ "\"occurredAt\":\"2024-11-27T09:00:00+07:00\"}")
			.formatted(id, TEMPUREJO, photo);
	}

}
