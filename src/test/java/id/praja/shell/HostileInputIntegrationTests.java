package id.praja.shell;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.praja.command.CommandManagement;
import id.praja.command.FieldReportRejected;
import id.praja.command.FieldReportRequest;
import id.praja.command.IncidentType;
import id.praja.command.Severity;
import id.praja.command.ReportType;
import id.praja.command.TpsStatus;
import id.praja.personnel.OfficerQuery;
import id.praja.personnel.PersonnelManagement;
import id.praja.report.DailyReports;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.SystemScope;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * What a hostile tester found, each fault with the behaviour that must hold instead: bad
 * input gets a 4xx in the user's words and changes nothing (never a 500, SQL or a class
 * name), one bad field report never fails another, errors are Praja pages or
 * problem+json, and scope fails closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HostileInputIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String TEMPUREJO = "35.09.18.2001-TPS-001";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DailyReports reports;

	@Autowired
	CommandManagement command;

	@Autowired
	PersonnelManagement personnel;

	@Autowired
	AccessScopes scopes;

	@Autowired
	JdbcTemplate jdbc;

	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta"));
	}

	MockHttpServletResponse send(String username, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(csrf()).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
	}

	MockHttpServletResponse json(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
		return send(username, request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	static void assertCleanProblem(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertClean(response.getContentAsString());
	}

	/** No SQL, no stack trace, no library or Java class names. */
	static void assertClean(String body) {
		assertThat(body).doesNotContainIgnoringCase("sql")
			.doesNotContain("org.")
			.doesNotContain("java.")
			.doesNotContain("tools.jackson")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

	@Test
	void aGakkumduCaseWithoutTpsKeepsTheLapharWorking() throws Exception {
		MockHttpServletResponse created = json("operator", post("/api/v1/gakkumdu/cases"),
				"{\"title\":\"Politik uang tanpa TPS\",\"discoveredOn\":\"" + today() + "\"}");
		assertThat(created.getStatus()).isEqualTo(201);
		MockHttpServletResponse page = send("kabagops",
				get("/laporan/harian").param("tanggal", today().toString()).param("satuan", "POLRES"));
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Politik uang tanpa TPS");
		MockHttpServletResponse polsek = send("kapolsek.tempurejo",
				get("/laporan/harian").param("tanggal", today().toString()));
		assertThat(polsek.getStatus()).isEqualTo(200);
		assertThat(polsek.getContentAsString()).doesNotContain("Politik uang tanpa TPS");
	}

	@Test
	void aNulInAFieldReportIsRefusedWithItsOwnAnswer() throws Exception {
		String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"tps\":\"" + TEMPUREJO
				+ "\",\"type\":\"INCIDENT\",\"incidentType\":\"OTHER\",\"severity\":\"GREEN\","
				+ "\"note\":\"ada\\u0000nul\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}";
		MockHttpServletResponse answer = json("operator", post("/api/v1/field-reports"), body);
		assertCleanProblem(answer, 400);
		assertThat(answer.getContentAsString()).contains("note").contains("NUL");
	}

	/**
	 * Reports arriving together share a transaction. A report the database refuses (a NUL
	 * in its note, which only the database catches when the service is called directly)
	 * is answered on its own, and every good report of its batch is stored.
	 */
	@Test
	void oneReportTheDatabaseRefusesNeverFailsItsBatch() throws Exception {
		Authentication operator = authentication("operator");
		ExecutorService pool = Executors.newFixedThreadPool(12);
		List<UUID> good = new ArrayList<>();
		List<Future<Object>> answers = new ArrayList<>();
		UUID bad = UUID.randomUUID();
		try {
			for (int round = 0; round < 5; round++) {
				for (int i = 0; i < 12; i++) {
					boolean isBad = round == 2 && i == 6;
					UUID id = isBad ? bad : UUID.randomUUID();
					if (!isBad) {
						good.add(id);
					}
					String tps = "35.09.18.2001-TPS-%03d".formatted(1 + (round * 12 + i) % 9);
					FieldReportRequest request = new FieldReportRequest(id, tps, ReportType.INCIDENT, null, null,
							IncidentType.OTHER, Severity.GREEN, isBad ? "rusak\u0000" : "baik", null, null, null,
							Instant.parse("2024-11-27T01:00:00Z"));
					answers.add(pool.submit(() -> {
						SecurityContextHolder.getContext().setAuthentication(operator);
						try {
							return this.command.ingest(request, "operator");
						}
						catch (FieldReportRejected ex) {
							return ex;
						}
						finally {
							SecurityContextHolder.clearContext();
						}
					}));
				}
			}
			List<Object> results = new ArrayList<>();
			for (Future<Object> f : answers) {
				results.add(f.get());
			}
			List<FieldReportRejected> rejected = results.stream()
				.filter(FieldReportRejected.class::isInstance)
				.map(FieldReportRejected.class::cast)
				.toList();
			assertThat(rejected).hasSize(1);
			assertThat(rejected.get(0).reason()).isEqualTo(FieldReportRejected.Reason.UNSTORABLE);
			assertClean(rejected.get(0).getMessage());
			assertThat(this.command.countStored(good)).isEqualTo(good.size());
			assertThat(this.command.countStored(List.of(bad))).isZero();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void jsonIsReadStrictlyAndErrorsNameTheField() throws Exception {
		MockHttpServletResponse number = json("operator", post("/api/v1/gakkumdu/cases"),
				"{\"title\":12345,\"discoveredOn\":\"" + today() + "\"}");
		assertCleanProblem(number, 400);
		assertThat(number.getContentAsString()).contains("'title' must be text");

		MockHttpServletResponse unknown = json("operator", post("/api/v1/gakkumdu/cases"),
				"{\"title\":\"x\",\"discoveredOn\":\"" + today() + "\",\"suspect\":\"AB\"}");
		assertCleanProblem(unknown, 400);
		assertThat(unknown.getContentAsString()).contains("unknown field 'suspect'");

		MockHttpServletResponse impossible = json("operator", post("/api/v1/gakkumdu/cases"),
				"{\"title\":\"x\",\"discoveredOn\":\"2024-02-31\"}");
		assertCleanProblem(impossible, 400);
		assertThat(impossible.getContentAsString()).contains("discoveredOn");

		MockHttpServletResponse farFuture = json("operator", post("/api/v1/gakkumdu/cases"),
				"{\"title\":\"x\",\"discoveredOn\":\"9999-01-01\"}");
		assertCleanProblem(farFuture, 400);
		MockHttpServletResponse ancient = json("operator", post("/api/v1/gakkumdu/cases"),
				"{\"title\":\"x\",\"discoveredOn\":\"0001-01-01\"}");
		assertCleanProblem(ancient, 400);

		MockHttpServletResponse nul = json("operator", post("/api/v1/gakkumdu/cases"),
				"{\"title\":\"a\\u0000b\",\"discoveredOn\":\"" + today() + "\"}");
		assertCleanProblem(nul, 400);
		assertThat(nul.getContentAsString()).contains("'title'").contains("NUL");

		MockHttpServletResponse notJson = json("operator", post("/api/v1/gakkumdu/cases"), "{\"title\":");
		assertCleanProblem(notJson, 400);

		Integer before = this.jdbc.queryForObject("SELECT count(*) FROM command_gakkumdu_case", Integer.class);
		assertThat(before).isZero();
	}

	@Test
	void numbersMustBeFiniteAndInRange() throws Exception {
		String rules = "{\"weights\":{},\"rawanScore\":%s,\"sangatRawanScore\":6,\"rawanMinutes\":60,"
				+ "\"sangatRawanMinutes\":180}";
		assertCleanProblem(json("kabagops", put("/api/v1/vulnerability/rules"), rules.formatted("\"NaN\"")), 400);
		assertCleanProblem(json("kabagops", put("/api/v1/vulnerability/rules"), rules.formatted("1e400")), 400);
		MockHttpServletResponse huge = json("kabagops", put("/api/v1/vulnerability/rules"), rules.formatted("1e308"));
		assertCleanProblem(huge, 400);
		assertThat(huge.getContentAsString()).contains("rawanScore");
	}

	@Test
	void aChangeMustSayWhatItChanges() throws Exception {
		assertCleanProblem(json("kabagops", put("/api/v1/linmas/35.09.18.2001"), "{}"), 400);
		MockHttpServletResponse incident = json("operator", post("/api/v1/incidents"),
				"{\"tps\":\"" + TEMPUREJO + "\",\"type\":\"OTHER\",\"severity\":\"GREEN\",\"title\":\"Uji\"}");
		assertThat(incident.getStatus()).isEqualTo(201);
		long id = JSON.readTree(incident.getContentAsString()).get("id").asLong();
		MockHttpServletResponse takeover = json("kapolres", post("/api/v1/incidents/" + id + "/takeover"), "{}");
		assertCleanProblem(takeover, 400);
		assertThat(takeover.getContentAsString()).contains("version");
	}

	@Test
	void badParametersAnswer400ProblemJson() throws Exception {
		assertCleanProblem(send("admin", get("/api/v1/audit").param("size", "-1")), 400);
		assertCleanProblem(send("admin", get("/api/v1/audit").param("size", "abc")), 400);
		MockHttpServletResponse nul = send("kabagops", get("/tps").param("q", "a\u0000b"));
		assertThat(nul.getStatus()).isEqualTo(400);
	}

	@Test
	void errorsAreAPrajaPageOrProblemJsonNeverTheContainersPage() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> error = http.send(HttpRequest.newBuilder(url("/error")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.body()).contains("Halaman tidak ditemukan").contains("Praja").doesNotContain("Whitelabel");

		HttpResponse<String> news = http.send(HttpRequest.newBuilder(url("/berita/tidak-ada-berita-ini")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(news.statusCode()).isEqualTo(404);
		assertThat(news.body()).contains("Halaman tidak ditemukan").doesNotContain("Whitelabel");

		HttpResponse<String> encoded = http.send(HttpRequest.newBuilder(url("/tps/..%2F..%2Fetc")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(encoded.statusCode()).isBetween(400, 404);
		assertThat(encoded.body()).doesNotContain("Whitelabel").doesNotContain("Apache Tomcat");

		HttpResponse<String> api = http.send(HttpRequest.newBuilder(url("/api/v1/tidak-ada"))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder().encodeToString("kabagops:praja2024".getBytes()))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertClean(api.body());
	}

	/**
	 * An upload over the 25 MB limit is answered, not cut off: the API with problem+json,
	 * the page with a Praja page in Indonesian; nothing is imported.
	 */
	@Test
	void anUploadOverTheLimitIsAnsweredInTheUsersWords() throws Exception {
		Integer before = this.jdbc.queryForObject("select count(*) from personnel_officer", Integer.class);
		HttpClient http = HttpClient.newHttpClient();
		byte[] big = new byte[30 * 1024 * 1024];
		java.util.Arrays.fill(big, (byte) 'a');
		HttpResponse<String> api = http.send(multipart(url("/api/v1/officers/import"), "file", "personel.csv", big),
				HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue("Content-Type").orElse("")).as(api.body())
			.startsWith("application/problem+json");
		assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertClean(api.body());

		HttpResponse<String> page = http.send(multipart(url("/personel/impor"), "file", "personel.csv", big),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(page.body()).contains("Praja").contains("terlalu besar").doesNotContain("Tomcat");
		assertClean(page.body());
		assertThat(this.jdbc.queryForObject("select count(*) from personnel_officer", Integer.class)).isEqualTo(before);
	}

	/**
	 * A NUL in a form field of a multipart upload is refused like one in any other form.
	 */
	@Test
	void aNulInAMultipartFieldIsRefused() throws Exception {
		MockHttpServletResponse answer = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/v1/officers/import")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "personel.csv", "text/csv",
						"nrp,name\n".getBytes()))
				.param("note", "a\u0000b")
				.with(csrf())
				.with(user(this.users.loadUserByUsername("kabagops"))))
			.andReturn()
			.getResponse();
		assertThat(answer.getStatus()).isEqualTo(400);
		assertClean(answer.getContentAsString());
	}

	private static HttpRequest multipart(URI uri, String field, String filename, byte[] content) {
		String boundary = "praja" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		return HttpRequest.newBuilder(uri)
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder().encodeToString("kabagops:praja2024".getBytes()))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.build();
	}

	@Test
	void aKapolsekSeesAndChangesOnlyTheUnitsOfHisSector() throws Exception {
		JsonNode all = JSON.readTree(send("kabagops", get("/api/v1/command/units")).getContentAsString()).get("units");
		JsonNode own = JSON.readTree(send("kapolsek.tempurejo", get("/api/v1/command/units")).getContentAsString())
			.get("units");
		assertThat(all.size()).isGreaterThan(own.size());
		assertThat(own.size()).isPositive();
		String reserve = null;
		for (JsonNode u : all) {
			if (u.get("kind").asString().equals("RESERVE")) {
				reserve = u.get("id").asString();
			}
		}
		for (JsonNode u : own) {
			assertThat(u.get("kind").asString()).isEqualTo("POST");
			assertThat(u.get("id").asString()).startsWith("POST:35.09.18.");
		}
		assertThat(reserve).isNotNull();
		MockHttpServletResponse change = json("kapolsek.tempurejo",
				post("/api/v1/command/units/" + reserve + "/status"), "{\"status\":\"OUT_OF_SERVICE\"}");
		assertThat(change.getStatus()).isEqualTo(404);
	}

	@Test
	void sprinOrdersAreScopedLikeThePeopleTheyName() throws Exception {
		String template = "{\"issuedOn\":\"2024-11-20\",\"task\":\"Pengamanan TPS\",\"periodFrom\":\"2024-11-26\","
				+ "\"periodTo\":\"2024-11-28\",%s}";
		assertThat(json("kabagops", post("/api/v1/operation/sprin"), template.formatted("\"taskForce\":\"PREVENTIF\""))
			.getStatus()).isEqualTo(200);
		assertThat(json("kabagops", post("/api/v1/operation/sprin"),
				template.formatted("\"unitCode\":\"POLSEK-TEMPUREJO\""))
			.getStatus()).isEqualTo(200);
		assertCleanProblem(json("kabagops", post("/api/v1/operation/sprin"),
				template.replace("2024-11-20", "9999-11-20").formatted("\"taskForce\":\"PREVENTIF\"")), 400);
		JsonNode all = JSON.readTree(send("kabagops", get("/api/v1/operation/sprin")).getContentAsString());
		assertThat(all.size()).isPositive();
		JsonNode polsek = JSON
			.readTree(send("kapolsek.tempurejo", get("/api/v1/operation/sprin")).getContentAsString());
		assertThat(polsek.size()).isPositive().isLessThan(all.size());
		for (JsonNode order : polsek) {
			for (JsonNode member : order.get("personnel")) {
				assertThat(member.get("unitCode").asString()).isEqualTo("POLSEK-TEMPUREJO");
			}
		}
		JsonNode field = JSON.readTree(send("lapangan", get("/api/v1/operation/sprin")).getContentAsString());
		assertThat(field.size()).isLessThan(all.size());
		long firstOther = all.get(0).get("id").asLong();
		boolean visibleToField = false;
		for (JsonNode order : field) {
			visibleToField |= order.get("id").asLong() == firstOther;
		}
		if (!visibleToField) {
			assertThat(send("lapangan", get("/operasi/sprin/" + firstOther + "/pdf")).getStatus()).isEqualTo(404);
		}
	}

	@Test
	void scopeFailsClosedWithoutAUserAndIsExplicitForTheSystem() {
		SecurityContextHolder.clearContext();
		assertThat(this.scopes.current()).isEqualTo(AccessScope.NOTHING);
		assertThat(this.personnel.officers(new OfficerQuery(null, null, null, 0, 10)).content()).isEmpty();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("mystery", null,
					List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_MYSTERY"))));
		try {
			assertThat(this.scopes.current()).isEqualTo(AccessScope.NOTHING);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		long all = SystemScope.call("test",
				() -> this.personnel.officers(new OfficerQuery(null, null, null, 0, 10)).totalElements());
		assertThat(all).isGreaterThan(1000);
		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
	}

	private Authentication authentication(String username) {
		UserDetails details = this.users.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
	}

	private URI url(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
