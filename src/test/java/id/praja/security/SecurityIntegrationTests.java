package id.praja.security;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.praja.audit.AuditEntry;
import id.praja.audit.AuditQuery;
import id.praja.audit.AuditTrail;
import id.praja.press.PressDesk;
import id.praja.press.PressRelease;
import id.praja.shared.PrajaCommand;
import id.praja.shared.SystemScope;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Logins held back without locking anyone out or telling which accounts exist, CSRF for
 * sessions whatever else a request carries, API tokens, Actuator for administrators, and
 * public links that ignore the {@code Host} header; on a database of its own. Each test
 * uses addresses and accounts of its own, since the throttle remembers.
 */
@SpringBootTest(properties = "praja.public-base-url=https://humas.polres-jember.example/")
@AutoConfigureMockMvc
class SecurityIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	static final String PASSWORD = "praja2024";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	PressDesk desk;

	@Autowired
	List<PrajaCommand> commands;

	/** A request from a client address. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MockHttpServletResponse basic(String username, String password, String address) throws Exception {
		return this.mvc.perform(get("/api/v1/ranks").with(httpBasic(username, password)).with(from(address)))
			.andReturn()
			.getResponse();
	}

	MvcResult form(String username, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)))
			.andReturn();
	}

	Instant blockedUntil(String key) {
		return this.jdbc.sql("SELECT blocked_until FROM security_login_throttle WHERE throttle_key = ?")
			.param(key)
			.query((rs, n) -> (rs.getTimestamp(1) != null) ? rs.getTimestamp(1).toInstant() : Instant.EPOCH)
			.optional()
			.orElse(Instant.EPOCH);
	}

	@Test
	void anAttackersFailuresFromOneAddressDoNotStopTheUserLoggingInFromAnother() throws Exception {
		String attacker = "10.66.0.1";
		for (int i = 0; i < 20; i++) {
			assertThat(basic("kabagops", "tebakan-" + i, attacker).getStatus()).isEqualTo(401);
			assertThat(form("kabagops", "tebakan-" + i, attacker).getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
		// the attacker's address is held back: there even the right password is refused
		assertThat(basic("kabagops", PASSWORD, attacker).getStatus()).isEqualTo(401);
		assertThat(blockedUntil("address:" + attacker)).isAfter(Instant.now());

		// the officer at his own desk is not: by HTTP Basic and by the login page
		String office = "10.10.5.20";
		assertThat(basic("kabagops", PASSWORD, office).getStatus()).isEqualTo(200);
		assertThat(form("kabagops", PASSWORD, office).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(blockedUntil("account:kabagops")).isBefore(Instant.now());
	}

	@Test
	void anUnknownAndAnExistingAccountGetTheSameAnswers() throws Exception {
		// HTTP Basic: five wrong passwords, two more while held back, then the right one
		List<String> existing = basicAnswers("operator", "10.1.0.1");
		List<String> unknown = basicAnswers("operator.palsu", "10.1.0.2");
		assertThat(existing).hasSize(8).allSatisfy(answer -> assertThat(answer).startsWith("401 "));
		assertThat(existing).isEqualTo(unknown);
		assertThat(String.join("\n", existing)).doesNotContainIgnoringCase("lock").doesNotContain("Disabled");

		// the login page: the same redirect, never a hint
		List<String> existingForm = formAnswers("humas", "10.1.0.3");
		assertThat(existingForm).allSatisfy(answer -> assertThat(answer).isEqualTo("302 /login?error"));
		assertThat(existingForm).isEqualTo(formAnswers("humas.palsu", "10.1.0.4"));
		// and the page it sends to says the same for both
		String page = this.mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan");

		// a disabled account, even with its right password, answers as a wrong password
		// the test acts as the server's operator (accounts are managed in a scope)
		SystemScope.run("test", () -> this.accounts.create(
				new UserAccount("nonaktif.uji", "Akun nonaktif", Role.OPERATOR, "POLRES-JEMBER", null, false, false),
				"rahasia-nonaktif"));
		MockHttpServletResponse disabled = basic("nonaktif.uji", "rahasia-nonaktif", "10.1.0.5");
		assertThat(disabled.getStatus() + " " + disabled.getContentType() + " " + disabled.getHeader("WWW-Authenticate")
				+ " " + disabled.getContentAsString())
			.isEqualTo(unknown.get(0));
		assertThat(form("nonaktif.uji", "rahasia-nonaktif", "10.1.0.5").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");

		// the audit trail, for administrators, tells the held-back attempts apart
		List<AuditEntry> failures = this.audit
			.find(new AuditQuery("operator", "login.failure", null, null, null, 0, 20))
			.content();
		assertThat(failures).hasSize(8);
		assertThat(failures.get(0).after()).contains("LoginThrottledException");
		assertThat(failures.get(7).after()).contains("BadCredentialsException");
		assertThat(failures.get(0).remoteAddress()).isEqualTo("10.1.0.1");
	}

	/**
	 * A burst of parallel guesses from one address gets no more password checks than the
	 * threshold: the others are refused unchecked, as the audit trail shows.
	 */
	@Test
	void aParallelBurstFromOneAddressGetsNoMorePasswordChecksThanTheThreshold() throws Exception {
		String address = "10.77.0.1";
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
		try {
			List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			for (int i = 0; i < 32; i++) {
				String guess = "serbu-" + i;
				answers.add(pool.submit(() -> {
					start.await();
					return basic("kapolres", guess, address).getStatus();
				}));
			}
			start.countDown();
			for (java.util.concurrent.Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(401);
			}
		}
		finally {
			pool.shutdownNow();
		}
		List<AuditEntry> failures = this.audit
			.find(new AuditQuery("kapolres", "login.failure", null, null, null, 0, 100))
			.content()
			.stream()
			.filter(entry -> address.equals(entry.remoteAddress()))
			.toList();
		assertThat(failures).hasSize(32);
		assertThat(failures.stream().filter(entry -> !entry.after().contains("LoginThrottledException")))
			.hasSizeLessThanOrEqualTo(5);
		// every place taken was given back
		assertThat(this.jdbc.sql("SELECT in_flight FROM security_login_throttle WHERE throttle_key = ?")
			.param("address:" + address)
			.query(Integer.class)
			.single()).isZero();
	}

	List<String> basicAnswers(String username, String address) throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			MockHttpServletResponse r = basic(username, (i == 7) ? PASSWORD : "salah-" + i, address);
			answers.add(r.getStatus() + " " + r.getContentType() + " " + r.getHeader("WWW-Authenticate") + " "
					+ r.getContentAsString());
		}
		return answers;
	}

	List<String> formAnswers(String username, String address) throws Exception {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			MvcResult r = form(username, (i == 7) ? PASSWORD : "salah-" + i, address);
			answers.add(r.getResponse().getStatus() + " " + r.getResponse().getRedirectedUrl());
		}
		return answers;
	}

	@Test
	void failuresFromManyAddressesHoldTheAccountBackBrieflyForEveryone() throws Exception {
		for (int a = 1; a <= 7; a++) {
			for (int i = 0; i < 5; i++) {
				assertThat(basic("polda", "salah-" + i, "10.2.0." + a).getStatus()).isEqualTo(401);
			}
		}
		// a large-scale attack on the account: its owner waits too, but not long
		String fresh = "10.2.1.1";
		assertThat(basic("polda", PASSWORD, fresh).getStatus()).isEqualTo(401);
		Instant until = blockedUntil("account:polda");
		assertThat(until).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofMinutes(2)));
		// other accounts from that address are not held back
		assertThat(basic("kapolres", PASSWORD, fresh).getStatus()).isEqualTo(200);
	}

	@Test
	void aSessionNeedsTheCsrfTokenWhateverAuthorizationHeaderComesWithIt() throws Exception {
		MvcResult login = form("kasatgas.preventif", PASSWORD, "10.3.0.1");
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString(("kasatgas.preventif:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		for (String header : List.of("Bearer x", basic)) {
			assertThat(this.mvc.perform(newToken("csrf").session(session).header("Authorization", header))
				.andReturn()
				.getResponse()
				.getStatus()).as(header).isEqualTo(403);
		}
		assertThat(this.mvc.perform(newToken("csrf").session(session)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		// with the token the session may, and HTTP Basic without a session needs none
		assertThat(
				this.mvc.perform(newToken("csrf").session(session).with(csrf())).andReturn().getResponse().getStatus())
			.isEqualTo(201);
		assertThat(this.mvc.perform(newToken("basic").header("Authorization", basic).with(from("10.3.0.1")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(201);
	}

	static MockHttpServletRequestBuilder newToken(String name) {
		return post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"%s\"}".formatted(name));
	}

	@Test
	void metricsAndInfoAreForAdministratorsOnlyAndHealthForEveryone() throws Exception {
		for (String path : List.of("/actuator/metrics", "/actuator/info")) {
			assertThat(status(get(path).with(user(this.users.loadUserByUsername("admin"))))).isEqualTo(200);
			for (String account : List.of("operator", "kapolres", "kabagops")) {
				assertThat(status(get(path).with(user(this.users.loadUserByUsername(account))))).as(account)
					.isEqualTo(403);
			}
			assertThat(status(get(path))).isEqualTo(302);
		}
		assertThat(
				status(get("/actuator/metrics/jvm.memory.used").with(user(this.users.loadUserByUsername("operator")))))
			.isEqualTo(403);
		assertThat(status(get("/actuator/health"))).isEqualTo(200);
	}

	int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String secret) {
		return request.header("Authorization", "Bearer " + secret).with(from("10.4.9.9"));
	}

	@Test
	void anApiTokenActsAsItsAccountUntilRevokedAndIsAudited() throws Exception {
		MockHttpServletResponse made = this.mvc
			.perform(newToken("skrip laporan Polsek").with(httpBasic("kapolsek.tempurejo", PASSWORD))
				.with(from("10.4.0.1")))
			.andReturn()
			.getResponse();
		assertThat(made.getStatus()).isEqualTo(201);
		String secret = group(made.getContentAsString(), "\"token\":\"([^\"]+)\"");
		long id = Long.parseLong(group(made.getContentAsString(), "\"id\":(\\d+)"));
		assertThat(secret).startsWith("praja_").hasSizeGreaterThanOrEqualTo(6 + 43);
		// only its SHA-256 is kept
		assertThat(this.jdbc.sql("SELECT token_hash FROM security_api_token WHERE id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo(ApiTokens.hash(secret)).doesNotContain(secret);

		// the Kapolsek's role and Polsek, nothing more
		assertThat(status(bearer(get("/api/v1/units/POLSEK-TEMPUREJO"), secret))).isEqualTo(200);
		assertThat(status(bearer(get("/api/v1/units/POLSEK-KENCONG"), secret))).isEqualTo(404);
		assertThat(status(bearer(get("/api/v1/audit"), secret))).isEqualTo(403);
		// listed without its secret
		String list = this.mvc.perform(bearer(get("/api/v1/tokens"), secret))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("skrip laporan Polsek").doesNotContain(secret).doesNotContain(ApiTokens.hash(secret));
		// a token makes no tokens; a wrong token is refused
		assertThat(status(bearer(newToken("lagi"), secret))).isEqualTo(403);
		assertThat(status(bearer(get("/api/v1/ranks"), "praja_salah"))).isEqualTo(401);
		// another user cannot revoke it (it does not exist for him); the administrator
		// could
		assertThat(status(delete("/api/v1/tokens/" + id).with(httpBasic("operator", PASSWORD)).with(from("10.4.0.2"))))
			.isEqualTo(404);
		assertThat(status(bearer(delete("/api/v1/tokens/" + id), secret))).isEqualTo(204);
		assertThat(status(bearer(get("/api/v1/units/POLSEK-TEMPUREJO"), secret))).isEqualTo(401);

		List<AuditEntry> entries = this.audit
			.find(new AuditQuery(null, "account.token", "kapolsek.tempurejo", null, null, 0, 10))
			.content();
		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly("account.token-revoked", "account.token-created");
		assertThat(entries.get(1).actor()).isEqualTo("kapolsek.tempurejo");
		assertThat(entries).allSatisfy(e -> assertThat(e.after()).contains("skrip laporan Polsek")
			.doesNotContain(secret)
			.doesNotContain(ApiTokens.hash(secret)));
	}

	@Test
	void aTokenStopsWorkingWhileItsAccountIsDisabledAndWhenItExpires() throws Exception {
		SystemScope.run("test",
				() -> this.accounts.create(
						UserAccount.of("skrip.impor", "Skrip impor TPS", Role.PERENCANA, "POLRES-JEMBER", false),
						"rahasia-skrip"));
		String secret = this.tokens.issue("skrip.impor", "impor TPS", null).secret();
		assertThat(status(bearer(get("/api/v1/ranks"), secret))).isEqualTo(200);
		SystemScope.run("test", () -> this.accounts.setEnabled("skrip.impor", false));
		assertThat(status(bearer(get("/api/v1/ranks"), secret))).isEqualTo(401);
		SystemScope.run("test", () -> this.accounts.setEnabled("skrip.impor", true));
		assertThat(status(bearer(get("/api/v1/ranks"), secret))).isEqualTo(200);

		IssuedApiToken day = this.tokens.issue("skrip.impor", "sehari", Instant.now().plus(Duration.ofDays(1)));
		assertThat(status(bearer(get("/api/v1/ranks"), day.secret()))).isEqualTo(200);
		this.jdbc.sql("UPDATE security_api_token SET expires_at = ? WHERE id = ?")
			.params(Timestamp.from(Instant.now().minusSeconds(1)), day.token().id())
			.update();
		assertThat(status(bearer(get("/api/v1/ranks"), day.secret()))).isEqualTo(401);
	}

	@Test
	void theUserCommandMakesListsAndRevokesTokens() throws Exception {
		PrajaCommand user = this.commands.stream().filter(c -> c.name().equals("user")).findFirst().orElseThrow();
		String made = run(user, "token", "add", "lapangan", "--name", "HP lapangan", "--expires", "2099-12-31");
		String secret = group(made, "(praja_\\S+)");
		long id = Long.parseLong(group(made, "API token (\\d+) for lapangan"));
		assertThat(made).contains("valid until 2099-12-30T17:00:00Z");
		assertThat(status(bearer(get("/api/v1/tps/35.09.18.2001-TPS-001"), secret))).isEqualTo(200);
		assertThat(run(user, "token", "list", "lapangan")).contains("active").contains("HP lapangan");
		assertThat(run(user, "token", "revoke", String.valueOf(id))).contains("revoked");
		assertThat(run(user, "token", "list", "lapangan")).contains("REVOKED").doesNotContain(secret);
		assertThat(status(bearer(get("/api/v1/tps/35.09.18.2001-TPS-001"), secret))).isEqualTo(401);
	}

	static String run(PrajaCommand command, String... args) throws Exception {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		assertThat(command.run(List.of(args), new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8))).isZero();
		return bytes.toString(StandardCharsets.UTF_8);
	}

	@Test
	void publicNewsLinksUseTheConfiguredAddressNeverTheHostHeader() throws Exception {
		Set<Role> humas = Set.of(Role.HUMAS);
		PressRelease r = this.desk.generate("LATPRAOPS", "humas", humas);
		String filled = r.body()
			.replaceAll("«\\[KUTIPAN:[^\\]]*\\]»",
					"Kompol Istono menegaskan seluruh Satgas siap menjalankan tugas pokoknya.");
		this.desk.edit(r.id(), r.title(), null, filled, null, "humas", humas);
		this.desk.submit(r.id(), "humas", humas);
		this.desk.approve(r.id(), "kapolres", Set.of(Role.KAOPS));
		PressRelease published = this.desk.publish(r.id(), "humas", humas);

		String base = "https://humas.polres-jember.example";
		String feed = this.mvc.perform(get("/berita/feed.atom").header("Host", "evil.example"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(feed).doesNotContain("evil.example")
			.contains("href=\"" + base + "/berita/feed.atom\"")
			.contains(base + "/berita/" + published.slug());
		String article = this.mvc.perform(get("/berita/" + published.slug()).header("Host", "evil.example"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(article).doesNotContain("evil.example")
			.contains("<link rel=\"canonical\" href=\"" + base + "/berita/" + published.slug() + "\"");
		assertThat(this.mvc.perform(get("/berita").header("Host", "evil.example"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("evil.example");
	}

	static String group(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as(regex + " in " + text).isTrue();
		return m.group(1);
	}

}
