package id.praja.command;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

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

import id.praja.command.internal.LiveFeed;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Incidents through the API on a real PostgreSQL: a field report opens one; the lifecycle
 * with its invalid steps; one owner at a time, stale versions and the logged takeover;
 * duplicates; dispatch from the recommendation and the unit board; referral to Sentra
 * Gakkumdu and its clock; scoping; the live stream.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IncidentIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	static final String TEMPUREJO = "35.09.18.2001-TPS-001";

	static final String KENCONG = "35.09.02.2001-TPS-001";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveFeed feed;

	@Test
	void anIncidentFieldReportOpensAnIncidentAndItIsAnnouncedLive() throws Exception {
		List<String> seen = new CopyOnWriteArrayList<>();
		Runnable stop = this.feed.listen(seen::addAll);
		try {
			UUID report = UUID.randomUUID();
			MvcResult sent = this.mvc
				.perform(post("/api/v1/field-reports").contentType(MediaType.APPLICATION_JSON)
					.content("{\"id\":\"" + report + "\",\"tps\":\"" + TEMPUREJO + "\",\"type\":\"INCIDENT\","
							+ "\"incidentType\":\"CROWD\",\"severity\":\"YELLOW\",\"note\":\"Massa berkumpul\","
							+ "\"occurredAt\":\"2024-11-27T09:00:00+07:00\"}")
					.with(csrf())
					.with(as("lapangan")))
				.andReturn();
			assertThat(sent.getResponse().getStatus()).isEqualTo(201);
			long id = this.jdbc.queryForObject("SELECT incident_id FROM command_incident_report WHERE report_id = ?",
					Long.class, report);
			JsonNode detail = json(this.mvc.perform(get("/api/v1/incidents/" + id).with(as("operator"))).andReturn());
			assertThat(detail.at("/incident/status").asString()).isEqualTo("REPORTED");
			assertThat(detail.at("/incident/severity").asString()).isEqualTo("YELLOW");
			assertThat(detail.at("/incident/title").asString()).isEqualTo("Massa berkumpul");
			assertThat(detail.at("/reports/0/id").asString()).isEqualTo(report.toString());
			assertThat(detail.at("/timeline/0/action").asString()).isEqualTo("CREATED");
			for (int i = 0; i < 100 && seen.stream().noneMatch(s -> s.contains("\"incident\":" + id + ",")); i++) {
				Thread.sleep(100);
			}
			assertThat(seen)
				.anyMatch(s -> s.contains("\"kind\":\"incident\"") && s.contains("\"incident\":" + id + ","));
		}
		finally {
			stop.run();
		}
	}

	@Test
	void theLifecycleAllowsOnlyItsTransitions() throws Exception {
		long id = create("operator", TEMPUREJO, "Logistik rusak");
		int v = act("operator", id, "{\"action\":\"CLAIM\"}", 200).get("version").asInt();
		// REPORTED cannot jump to ON_SCENE, nor become DISPATCHED without a unit
		assertProblem(act("operator", id, transition(v, "ON_SCENE"), 422), "INVALID_TRANSITION");
		assertProblem(act("operator", id, transition(v, "DISPATCHED"), 422), "INVALID_TRANSITION");
		v = act("operator", id, transition(v, "VERIFIED"), 200).get("version").asInt();
		// a referral needs its target
		assertThat(act("operator", id, transition(v, "REFERRED"), 400).get("status").asInt()).isEqualTo(400);
		JsonNode resolved = act("operator", id, transition(v, "RESOLVED"), 200);
		assertThat(resolved.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(resolved.get("owner").isNull() || resolved.get("owner").isMissingNode()).isTrue();
		// closed: nothing moves it any more
		assertProblem(act("operator", id, "{\"action\":\"CLAIM\"}", 422), "INVALID_TRANSITION");
		assertThat(statusOf(id)).isEqualTo("RESOLVED");
		List<String> actions = this.jdbc
			.queryForList("SELECT action || ':' || COALESCE(from_value, '') || '>' || COALESCE(to_value, '')"
					+ " FROM command_incident_action WHERE incident_id = ? ORDER BY id", String.class, id);
		assertThat(actions).containsExactly("CREATED:>REPORTED", "CLAIMED:>operator", "STATUS:REPORTED>VERIFIED",
				"STATUS:VERIFIED>RESOLVED");
	}

	@Test
	void oneOwnerAtATimeStaleVersionsConflictAndATakeoverIsLogged() throws Exception {
		long id = create("operator", TEMPUREJO, "Intimidasi pemilih");
		int v = act("operator", id, "{\"action\":\"CLAIM\"}", 200).get("version").asInt();
		// a second operator (the planner) can neither claim nor act
		assertProblem(act("kabagops", id, "{\"action\":\"CLAIM\"}", 409), "CLAIMED");
		assertProblem(act("kabagops", id, transition(v, "VERIFIED"), 409), "CLAIMED");
		// the owner with an old version conflicts
		assertProblem(act("operator", id, transition(v - 1, "VERIFIED"), 409), "STALE");
		assertThat(statusOf(id)).isEqualTo("REPORTED");
		// an operator may not take over; the Kapolres may, explicitly
		assertThat(this.mvc
			.perform(post("/api/v1/incidents/" + id + "/takeover").contentType(MediaType.APPLICATION_JSON)
				.content("{}")
				.with(csrf())
				.with(as("operator")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		MvcResult taken = this.mvc
			.perform(post("/api/v1/incidents/" + id + "/takeover").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + v + ",\"note\":\"eskalasi\"}")
				.with(csrf())
				.with(as("kapolres")))
			.andReturn();
		assertThat(taken.getResponse().getStatus()).isEqualTo(200);
		int after = json(taken).get("version").asInt();
		assertThat(json(taken).get("owner").asString()).isEqualTo("kapolres");
		assertThat(this.jdbc.queryForObject(
				"SELECT from_value || '>' || to_value || ' ' || note"
						+ " FROM command_incident_action WHERE incident_id = ? AND action = 'TAKEN_OVER'",
				String.class, id))
			.isEqualTo("operator>kapolres eskalasi");
		// the former owner is now the second operator
		assertProblem(act("operator", id, transition(after, "VERIFIED"), 409), "CLAIMED");
		assertThat(act("kapolres", id, transition(after, "VERIFIED"), 200).get("status").asString())
			.isEqualTo("VERIFIED");
	}

	@Test
	void aDuplicateClosesAndItsReportsJoinTheOriginal() throws Exception {
		UUID ra = fieldIncident(TEMPUREJO, "Keributan di TPS");
		UUID rb = fieldIncident(TEMPUREJO, "Ribut di TPS 1");
		long a = incidentOf(ra);
		long b = incidentOf(rb);
		int vb = act("operator", b, "{\"action\":\"CLAIM\"}", 200).get("version").asInt();
		assertProblem(
				act("operator", b, "{\"action\":\"DUPLICATE\",\"version\":" + vb + ",\"original\":" + b + "}", 422),
				"INVALID");
		JsonNode closed = act("operator", b,
				"{\"action\":\"DUPLICATE\",\"version\":" + vb + ",\"original\":" + a + ",\"note\":\"sama\"}", 200);
		assertThat(closed.get("status").asString()).isEqualTo("DUPLICATE");
		assertThat(closed.get("duplicateOf").asLong()).isEqualTo(a);
		JsonNode original = json(this.mvc.perform(get("/api/v1/incidents/" + a).with(as("operator"))).andReturn());
		assertThat(original.get("reports").findValuesAsString("id")).contains(ra.toString(), rb.toString());
		assertThat(original.get("duplicates").get(0).asLong()).isEqualTo(b);
		assertThat(original.get("timeline").findValuesAsString("action")).contains("MERGED");
		// a related report can be linked to an incident by hand, once
		UUID rc = UUID.randomUUID();
		this.mvc
			.perform(post("/api/v1/field-reports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"" + rc + "\",\"tps\":\"" + TEMPUREJO
						+ "\",\"type\":\"CHECK_IN\",\"occurredAt\":\"2024-11-27T06:00:00+07:00\"}")
				.with(csrf())
				.with(as("operator")))
			.andReturn();
		int va = act("operator", a, "{\"action\":\"CLAIM\"}", 200).get("version").asInt();
		va = act("operator", a, "{\"action\":\"LINK_REPORT\",\"version\":" + va + ",\"report\":\"" + rc + "\"}", 200)
			.get("version")
			.asInt();
		assertProblem(act("operator", a,
				"{\"action\":\"LINK_REPORT\",\"version\":" + va + ",\"report\":\"" + rc + "\"}", 422), "INVALID");
	}

	@Test
	void dispatchFollowsTheRecommendationAndTheUnitBoard() throws Exception {
		long id = create("operator", TEMPUREJO, "Bentrok pendukung");
		int v = act("operator", id, "{\"action\":\"CLAIM\"}", 200).get("version").asInt();
		JsonNode options = json(
				this.mvc.perform(get("/api/v1/incidents/" + id + "/dispatch-options").with(as("operator")))
					.andReturn());
		assertThat(options.size()).isGreaterThan(1);
		// the desk's rule: units that leave no TPS below the pattern by arrival time,
		// then
		// the posts that would, by arrival time
		double previous = -1;
		boolean belowSeen = false;
		for (JsonNode o : options) {
			boolean belowPattern = "BELOW_PATTERN".equals(o.get("reason").asString());
			assertThat(belowPattern || !belowSeen).as("no unit without cost after a costly post").isTrue();
			if (belowPattern && !belowSeen) {
				previous = -1;
				belowSeen = true;
			}
			assertThat(o.get("minutes").asDouble()).isGreaterThanOrEqualTo(previous);
			previous = o.get("minutes").asDouble();
			if ("POST".equals(o.at("/unit/kind").asString())) {
				assertThat(o.get("remaining").asInt()).isEqualTo(
						o.get("officers").asInt() == 2 ? o.get("remaining").asInt() : o.get("remaining").asInt());
				boolean below = o.get("remaining").asInt() < o.get("required").asInt();
				assertThat(o.get("uncoveredTps").size() > 0).isEqualTo(below);
			}
		}
		String unit = options.get(0).at("/unit/id").asString();
		// REPORTED: sending a unit verifies the incident in the same step, both in the
		// timeline
		JsonNode dispatched = act("operator", id, dispatch(v, unit), 200);
		assertThat(dispatched.get("status").asString()).isEqualTo("DISPATCHED");
		JsonNode timeline = json(this.mvc.perform(get("/api/v1/incidents/" + id).with(as("operator"))).andReturn())
			.get("timeline");
		List<String> steps = new ArrayList<>();
		timeline.forEach(a -> steps
			.add(a.get("action").asString() + ":" + a.path("from").asString("") + ">" + a.path("to").asString("")));
		assertThat(steps).contains("STATUS:REPORTED>VERIFIED", "DISPATCHED:>" + unit);
		assertThat(unitStatus(unit)).isEqualTo("EN_ROUTE");
		JsonNode again = json(
				this.mvc.perform(get("/api/v1/incidents/" + id + "/dispatch-options").with(as("operator")))
					.andReturn());
		assertThat(again.findValuesAsString("id")).doesNotContain(unit);
		// a busy unit cannot be sent elsewhere
		long other = create("operator", TEMPUREJO, "Kejadian lain");
		int vo = act("operator", other, "{\"action\":\"CLAIM\"}", 200).get("version").asInt();
		vo = act("operator", other, transition(vo, "VERIFIED"), 200).get("version").asInt();
		assertProblem(act("operator", other, dispatch(vo, unit), 422), "INVALID");
		v = dispatched.get("version").asInt();
		v = act("operator", id, transition(v, "ON_SCENE"), 200).get("version").asInt();
		assertThat(unitStatus(unit)).isEqualTo("ON_SCENE");
		act("operator", id, transition(v, "RESOLVED"), 200);
		assertThat(unitStatus(unit)).isEqualTo("AVAILABLE");
		// by hand: out of service, then not recommended
		MvcResult manual = this.mvc
			.perform(post("/api/v1/command/units/{unit}/status", unit).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"OUT_OF_SERVICE\"}")
				.with(csrf())
				.with(as("operator")))
			.andReturn();
		assertThat(manual.getResponse().getStatus()).as(manual.getResponse().getContentAsString()).isEqualTo(200);
		assertThat(unitStatus(unit)).isEqualTo("OUT_OF_SERVICE");
		JsonNode forOther = json(
				this.mvc.perform(get("/api/v1/incidents/" + other + "/dispatch-options").with(as("operator")))
					.andReturn());
		assertThat(forOther.findValuesAsString("id")).doesNotContain(unit);
	}

	@Test
	void aReferralToGakkumduOpensACaseWithItsClock() throws Exception {
		long id = create("operator", TEMPUREJO, "Bagi-bagi uang");
		int v = act("operator", id, "{\"action\":\"CLAIM\"}", 200).get("version").asInt();
		JsonNode referred = act("operator", id, "{\"action\":\"TRANSITION\",\"version\":" + v
				+ ",\"to\":\"REFERRED\",\"referredTo\":\"SENTRA_GAKKUMDU\"}", 200);
		assertThat(referred.get("referredTo").asString()).isEqualTo("SENTRA_GAKKUMDU");
		JsonNode cases = json(this.mvc.perform(get("/api/v1/gakkumdu/cases").with(as("operator"))).andReturn());
		assertThat(cases.findValuesAsString("title")).contains("Bagi-bagi uang");

		// by hand, judged on chosen days: reported Friday 22 Nov 2024, 14 working days
		// skipping 27 Nov (voting day, a holiday in the table) end on Friday 13 Dec
		MvcResult created = this.mvc.perform(post("/api/v1/gakkumdu/cases").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Kades tidak netral\",\"discoveredOn\":\"2024-11-20\",\"reportedOn\":\"2024-11-22\"}")
			.with(csrf())
			.with(as("operator"))).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		long caseId = json(created).get("id").asLong();
		JsonNode warned = json(
				this.mvc.perform(get("/api/v1/gakkumdu/cases/" + caseId).param("on", "2024-12-11").with(as("polda")))
					.andReturn());
		assertThat(warned.get("stage").asString()).isEqualTo("INVESTIGATION");
		assertThat(warned.at("/clocks/1/deadline").asString()).isEqualTo("2024-12-13");
		assertThat(warned.at("/clocks/1/state").asString()).isEqualTo("WARNING");
		JsonNode overdue = json(
				this.mvc.perform(get("/api/v1/gakkumdu/cases/" + caseId).param("on", "2024-12-16").with(as("operator")))
					.andReturn());
		assertThat(overdue.at("/clocks/1/state").asString()).isEqualTo("OVERDUE");
		// steps go in order
		int version = warned.get("version").asInt();
		MvcResult wrong = this.mvc
			.perform(post("/api/v1/gakkumdu/cases/" + caseId + "/steps").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + ",\"step\":\"TO_COURT\",\"on\":\"2024-12-10\"}")
				.with(csrf())
				.with(as("operator")))
			.andReturn();
		assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
		MvcResult step = this.mvc
			.perform(post("/api/v1/gakkumdu/cases/" + caseId + "/steps").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + ",\"step\":\"TO_PROSECUTOR\",\"on\":\"2024-12-10\"}")
				.with(csrf())
				.with(as("operator")))
			.andReturn();
		assertThat(json(step).get("stage").asString()).isEqualTo("PROSECUTION");
		assertThat(json(step).at("/clocks/1/state").asString()).isEqualTo("MET");
		// prosecution: 5 working days from Tuesday 10 Dec end on Tuesday 17 Dec
		assertThat(json(step).at("/clocks/2/deadline").asString()).isEqualTo("2024-12-17");
	}

	@Test
	void changesOfACasesDatesAreAuditedWithTheirHistory() throws Exception {
		MvcResult created = this.mvc.perform(post("/api/v1/gakkumdu/cases").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"title\":\"Riwayat tanggal uji\",\"discoveredOn\":\"2024-11-20\",\"reportedOn\":\"2024-11-22\"}")
			.with(csrf())
			.with(as("operator"))).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		JsonNode entered = json(created);
		long caseId = entered.get("id").asLong();
		assertThat(entered.findValuesAsString("date")).containsExactly("DISCOVERED", "REPORTED");
		assertThat(entered.at("/dateHistory/0/to").asString()).isEqualTo("2024-11-20");
		assertThat(entered.at("/dateHistory/0/by").asString()).isEqualTo("operator");
		// a refused step changes nothing and leaves no trace
		int version = entered.get("version").asInt();
		assertThat(this.mvc
			.perform(post("/api/v1/gakkumdu/cases/" + caseId + "/steps").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version + ",\"step\":\"TO_COURT\",\"on\":\"2024-12-10\"}")
				.with(csrf())
				.with(as("operator")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);
		JsonNode stepped = json(this.mvc
			.perform(post("/api/v1/gakkumdu/cases/" + caseId + "/steps").contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\":" + version
						+ ",\"step\":\"TO_PROSECUTOR\",\"on\":\"2024-12-10\",\"note\":\"berkas lengkap\"}")
				.with(csrf())
				.with(as("kabagops")))
			.andReturn());
		assertThat(stepped.findValuesAsString("date")).containsExactly("DISCOVERED", "REPORTED", "TO_PROSECUTOR");
		assertThat(stepped.at("/dateHistory/2/from").isNull()).isTrue();
		assertThat(stepped.at("/dateHistory/2/to").asString()).isEqualTo("2024-12-10");
		assertThat(stepped.at("/dateHistory/2/by").asString()).isEqualTo("kabagops");
		assertThat(stepped.at("/dateHistory/2/note").asString()).isEqualTo("berkas lengkap");

		// each change is in the audit trail, with the dates before and after
		List<java.util.Map<String, Object>> audit = this.jdbc
			.queryForList(
					"SELECT actor, before_state, after_state FROM audit_entry WHERE action = 'gakkumdu.dates-changed'"
							+ " AND subject_type = 'gakkumdu-case' AND subject_id = ? ORDER BY id",
					String.valueOf(caseId));
		assertThat(audit).hasSize(2);
		assertThat(audit.get(0).get("actor")).isEqualTo("operator");
		assertThat((String) audit.get(0).get("after_state")).contains("\"DISCOVERED\":\"2024-11-20\"")
			.contains("\"REPORTED\":\"2024-11-22\"");
		assertThat(audit.get(1).get("actor")).isEqualTo("kabagops");
		assertThat((String) audit.get(1).get("before_state")).contains("\"TO_PROSECUTOR\":null");
		assertThat((String) audit.get(1).get("after_state")).contains("\"TO_PROSECUTOR\":\"2024-12-10\"");

		// the history is append-only, and shown with the case
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc
				.update("UPDATE command_gakkumdu_date_change SET to_day = '2024-12-01' WHERE case_id = ?", caseId))
			.rootCause()
			.hasMessageContaining("append-only");
		String page = this.mvc.perform(get("/komando/gakkumdu").with(as("operator")))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// Indonesian dates, the change's time local with its zone
		assertThat(page).contains("Riwayat tanggal")
			.containsPattern(
					"Berkas ke jaksa: – → 10 Des 2024 \\(kabagops, \\d{1,2} \\p{L}{3} \\d{4} \\d{2}\\.\\d{2} WIB\\)");
	}

	@Test
	void aKapolsekSeesAndActsOnHisAreaOnly() throws Exception {
		long kencong = create("operator", KENCONG, "Di Kencong");
		assertThat(this.mvc.perform(get("/api/v1/incidents/" + kencong).with(as("kapolsek.tempurejo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(act("kapolsek.tempurejo", kencong, "{\"action\":\"CLAIM\"}", 404)).isNotNull();
		JsonNode list = json(this.mvc.perform(get("/api/v1/incidents").with(as("kapolsek.tempurejo"))).andReturn());
		assertThat(list.findValuesAsString("tps")).doesNotContain(KENCONG);
		MvcResult outside = this.mvc
			.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
				.content("{\"tps\":\"" + KENCONG + "\",\"type\":\"OTHER\",\"severity\":\"GREEN\",\"title\":\"x\"}")
				.with(csrf())
				.with(as("kapolsek.tempurejo")))
			.andReturn();
		assertThat(outside.getResponse().getStatus()).isEqualTo(422);
	}

	@Test
	void theTimelineIsAppendOnly() throws Exception {
		long id = create("operator", TEMPUREJO, "Uji");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.update("DELETE FROM command_incident_action WHERE incident_id = ?", id))
			.hasMessageContaining("append-only");
	}

	@Test
	void thePagesShowTheOwnerTheRecommendationsAndTheClocks() throws Exception {
		long id = create("operator", TEMPUREJO, "Halaman uji");
		MvcResult claimed = this.mvc
			.perform(post("/komando/insiden/" + id).param("action", "CLAIM")
				.param("version", "0")
				.with(csrf())
				.with(as("operator")))
			.andReturn();
		assertThat(claimed.getResponse().getRedirectedUrl()).endsWith("/komando/insiden/" + id);
		String detail = this.mvc.perform(get("/komando/insiden/" + id).with(as("kabagops")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("dikerjakan oleh operator").contains("id=\"dispatch-options\"");
		String mine = this.mvc.perform(get("/komando/insiden/" + id).with(as("operator")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains("id=\"transition-form\"").contains("Kirim");
		// the recommended unit is marked and each place has its reason, in Indonesian
		assertThat(mine).contains("Direkomendasikan")
			.containsAnyOf("Menurut waktu tiba",
					"Didahulukan: pos yang lebih cepat akan meninggalkan TPS di bawah pola");
		String list = this.mvc.perform(get("/komando/insiden").with(as("polda")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Halaman uji").doesNotContain("id=\"incident-new\"");
		String cases = this.mvc.perform(get("/komando/gakkumdu").with(as("operator")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(cases).contains("Pemungutan suara Pilkada serentak 2024");
	}

	// --- helpers

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String account) {
		return user(this.users.loadUserByUsername(account));
	}

	private long create(String account, String tps, String title) throws Exception {
		MvcResult r = this.mvc
			.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
				.content(
						"{\"tps\":\"" + tps + "\",\"type\":\"OTHER\",\"severity\":\"RED\",\"title\":\"" + title + "\"}")
				.with(csrf())
				.with(as(account)))
			.andReturn();
		assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
		return json(r).get("id").asLong();
	}

	private UUID fieldIncident(String tps, String note) throws Exception {
		UUID id = UUID.randomUUID();
		MvcResult r = this.mvc
			.perform(post("/api/v1/field-reports").contentType(MediaType.APPLICATION_JSON)
				.content("{\"id\":\"" + id + "\",\"tps\":\"" + tps
						+ "\",\"type\":\"INCIDENT\",\"incidentType\":\"VIOLENCE\"," + "\"severity\":\"RED\",\"note\":\""
						+ note + "\",\"occurredAt\":\"2024-11-27T10:00:00+07:00\"}")
				.with(csrf())
				.with(as("lapangan")))
			.andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(201);
		return id;
	}

	private long incidentOf(UUID report) {
		return this.jdbc.queryForObject("SELECT incident_id FROM command_incident_report WHERE report_id = ?",
				Long.class, report);
	}

	private JsonNode act(String account, long id, String body, int expected) throws Exception {
		MvcResult r = this.mvc
			.perform(post("/api/v1/incidents/" + id + "/actions").contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(csrf())
				.with(as(account)))
			.andReturn();
		assertThat(r.getResponse().getStatus()).as(body + " -> " + r.getResponse().getContentAsString())
			.isEqualTo(expected);
		if (expected >= 400) {
			assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
		}
		return json(r);
	}

	private static String transition(int version, String to) {
		return "{\"action\":\"TRANSITION\",\"version\":" + version + ",\"to\":\"" + to + "\"}";
	}

	private static String dispatch(int version, String unit) {
		return "{\"action\":\"DISPATCH\",\"version\":" + version + ",\"unit\":\"" + unit + "\"}";
	}

	private static void assertProblem(JsonNode problem, String reason) {
		assertThat(problem.get("reason").asString()).isEqualTo(reason);
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("SELECT status FROM command_incident WHERE id = ?", String.class, id);
	}

	private String unitStatus(String unit) {
		List<String> s = this.jdbc.queryForList("SELECT status FROM command_unit_status WHERE unit_id = ?",
				String.class, unit);
		return s.isEmpty() ? "AVAILABLE" : s.get(0);
	}

	private static JsonNode json(MvcResult r) throws Exception {
		return JSON.readTree(r.getResponse().getContentAsString());
	}

}
