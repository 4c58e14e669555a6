package id.praja.security;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.praja.command.IncidentManagement;
import id.praja.deployment.DeploymentPlans;
import id.praja.personnel.OfficerQuery;
import id.praja.personnel.PersonnelManagement;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.ClusterCaches;
import id.praja.shared.SystemScope;
import id.praja.support.TestDatabase;
import id.praja.territory.TerritoryManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * One installation for a Polda and several Polres: beside the Jember demo, a second
 * Polres (Polres Banyuwangi with one Polsek, one kecamatan, its desa, TPS and officers, a
 * published plan, an incident and a field report) is put into the database as SQL, the
 * way an import would leave it. The staff of one Polres (its administrator, its Kapolres)
 * find nothing of the other Polres (404 on the API and on the pages, nothing in lists);
 * the Polda sees both; an administrator manages the accounts of his own Polres only; and
 * a thread without a scope sees nothing. Runs on a database of its own: the second Polres
 * turns the demo installation into a Polda one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolresScopingIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	static final String PASSWORD = "praja2024";

	static final String OTHER_POLRES = "POLRES-BANYUWANGI";

	static final String OTHER_POLSEK = "POLSEK-GENTENG";

	static final String OTHER_KECAMATAN = "35.10.01";

	static final String OTHER_TPS = "35.10.01.2001-TPS-001";

	static final String OTHER_NRP = "99100001";

	static final String JEMBER_TPS = "35.09.18.2001-TPS-001";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	ClusterCaches caches;

	@Autowired
	AccessScopes scopes;

	@Autowired
	TerritoryManagement territory;

	@Autowired
	PersonnelManagement personnel;

	@Autowired
	DeploymentPlans plans;

	@Autowired
	IncidentManagement incidents;

	String jemberNrp;

	long jemberPlan;

	long otherPlan;

	long jemberIncident;

	long otherIncident;

	UUID jemberReport;

	UUID otherReport;

	@BeforeAll
	void aSecondPolres() {
		String square = "{\"type\":\"Polygon\",\"coordinates\":[[[114.1,-8.3],[114.2,-8.3],[114.2,-8.2],[114.1,-8.2],[114.1,-8.3]]]}";
		this.jdbc.update(
				"INSERT INTO territory_kabupaten (code, name, boundary_geojson) VALUES ('35.10', 'Banyuwangi', ?)",
				square);
		this.jdbc.update(
				"INSERT INTO territory_kecamatan (code, kabupaten_code, name, lat, lon, population, boundary_geojson)"
						+ " VALUES (?, '35.10', 'Genteng', -8.25, 114.15, 90000, ?)",
				OTHER_KECAMATAN, square);
		this.jdbc.update(
				"INSERT INTO territory_desa (code, kecamatan_code, name, type, lat, lon, boundary_geojson)"
						+ " VALUES ('35.10.01.2001', ?, 'Genteng Kulon', 'desa', -8.25, 114.15, ?)",
				OTHER_KECAMATAN, square);
		for (int n = 1; n <= 3; n++) {
			this.jdbc.update("INSERT INTO territory_tps (code, desa_code, number, address, lat, lon, voters_male,"
					+ " voters_female, generated) VALUES (?, '35.10.01.2001', ?, 'Genteng Kulon', -8.25, 114.15, 200,"
					+ " 210, false)", "35.10.01.2001-TPS-00" + n, n);
		}
		this.jdbc
			.update("INSERT INTO personnel_unit (code, name, kind, parent_code, kecamatan_code, base_lat, base_lon,"
					+ " sort_order) VALUES (?, 'Polres Banyuwangi', 'POLRES', 'POLDA-JATIM', ?, -8.21, 114.37, 5000)",
					OTHER_POLRES, OTHER_KECAMATAN);
		this.jdbc.update(
				"INSERT INTO personnel_unit (code, name, kind, parent_code, kecamatan_code, base_lat, base_lon,"
						+ " sort_order) VALUES (?, 'Polsek Genteng', 'POLSEK', ?, ?, -8.25, 114.15, 5001)",
				OTHER_POLSEK, OTHER_POLRES, OTHER_KECAMATAN);
		this.jdbc.update("INSERT INTO personnel_polsek_area (kecamatan_code, unit_code) VALUES (?, ?)", OTHER_KECAMATAN,
				OTHER_POLSEK);
		this.jdbc.update("INSERT INTO personnel_officer (nrp, name, rank, function, unit_code) VALUES"
				+ " (?, 'Agus Genteng', 'BRIPDA', 'Bhabinkamtibmas', ?), ('99100002', 'Budi Genteng', 'BRIPKA', 'Kanit Samapta', ?)",
				OTHER_NRP, OTHER_POLSEK, OTHER_POLSEK);
		// the scopes read the unit tree once: tell them it changed
		this.caches.changed("personnel.polsek-areas");
		this.jemberNrp = this.jdbc.queryForObject(
				"SELECT nrp FROM personnel_officer WHERE unit_code = 'POLSEK-TEMPUREJO' ORDER BY nrp LIMIT 1",
				String.class);

		SystemScope.run("test fixture", () -> {
			this.accounts.create(
					UserAccount.of("admin.bwi", "Admin Polres Banyuwangi", Role.ADMIN, OTHER_POLRES, false), PASSWORD);
			this.accounts.create(UserAccount.of("kapolres.bwi", "Kapolres Banyuwangi", Role.KAOPS, OTHER_POLRES, false),
					PASSWORD);
			this.accounts.create(
					UserAccount.of("kabagops.bwi", "Kabag Ops Banyuwangi", Role.PERENCANA, OTHER_POLRES, false),
					PASSWORD);
			this.accounts.create(UserAccount.of("admin.polda", "Admin Polda Jatim", Role.ADMIN, "POLDA-JATIM", false),
					PASSWORD);
		});

		// Jember's plan, made by its planner, published; Banyuwangi's, a copy of it
		this.jemberPlan = as("kabagops", () -> this.plans.createDraft("kabagops").version().id());
		this.jdbc.update("UPDATE deployment_plan SET status = 'PUBLISHED', published_by = 'kapolres',"
				+ " published_at = now() WHERE id = ?", this.jemberPlan);
		this.otherPlan = this.jdbc.queryForObject("""
				INSERT INTO deployment_plan (version, status, election_day, pattern, pins, plan, distance_m, missing,
				    created_by, polres_code, published_by, published_at)
				SELECT (SELECT max(version) + 1 FROM deployment_plan), 'PUBLISHED', election_day, pattern, pins, plan,
				    distance_m, missing, 'kabagops.bwi', ?, 'kapolres.bwi', now()
				FROM deployment_plan WHERE id = ? RETURNING id""", Long.class, OTHER_POLRES, this.jemberPlan);

		this.jemberIncident = incident(JEMBER_TPS, "35.09.18");
		this.otherIncident = incident(OTHER_TPS, OTHER_KECAMATAN);
		this.jemberReport = report(JEMBER_TPS, "35.09.18");
		this.otherReport = report(OTHER_TPS, OTHER_KECAMATAN);
	}

	@Test
	void theStaffOfOnePolresFindNothingOfAnother() {
		for (String user : List.of("admin.bwi", "kapolres.bwi")) {
			assertThat(get("/api/v1/tps/" + JEMBER_TPS, user)).as(user).isEqualTo(404);
			assertThat(get("/api/v1/officers/" + this.jemberNrp, user)).as(user).isEqualTo(404);
			assertThat(get("/api/v1/deployment/plans/" + this.jemberPlan, user)).as(user).isEqualTo(404);
			assertThat(get("/api/v1/incidents/" + this.jemberIncident, user)).as(user).isEqualTo(404);
			assertThat(get("/api/v1/field-reports/" + this.jemberReport, user)).as(user).isEqualTo(404);
			assertThat(get("/kerawanan/tps/" + JEMBER_TPS, user)).as(user).isEqualTo(404);
			assertThat(get("/personel/" + this.jemberNrp, user)).as(user).isEqualTo(404);
			assertThat(get("/rencana/" + this.jemberPlan, user)).as(user).isEqualTo(404);
			assertThat(get("/komando/insiden/" + this.jemberIncident, user)).as(user).isEqualTo(404);
			assertThat(get("/laporan/harian?satuan=POLSEK-TEMPUREJO", user)).as(user).isEqualTo(404);
			// and their own Polres' records are there
			assertThat(get("/api/v1/tps/" + OTHER_TPS, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/officers/" + OTHER_NRP, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/deployment/plans/" + this.otherPlan, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/incidents/" + this.otherIncident, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/field-reports/" + this.otherReport, user)).as(user).isEqualTo(200);
			assertThat(get("/personel/" + OTHER_NRP, user)).as(user).isEqualTo(200);
			assertThat(get("/laporan/harian?satuan=" + OTHER_POLSEK, user)).as(user).isEqualTo(200);
		}
		// the other way round: Jember's Kapolres does not see Banyuwangi
		assertThat(get("/api/v1/tps/" + OTHER_TPS, "kapolres")).isEqualTo(404);
		assertThat(get("/api/v1/officers/" + OTHER_NRP, "kapolres")).isEqualTo(404);
		assertThat(get("/api/v1/deployment/plans/" + this.otherPlan, "kapolres")).isEqualTo(404);
		assertThat(get("/api/v1/incidents/" + this.otherIncident, "kapolres")).isEqualTo(404);
		assertThat(get("/api/v1/field-reports/" + this.otherReport, "kapolres")).isEqualTo(404);
		assertThat(get("/rencana/" + this.otherPlan, "kapolres")).isEqualTo(404);
		assertThat(get("/api/v1/tps/" + JEMBER_TPS, "kapolres")).isEqualTo(200);
	}

	@Test
	void listsOfOnePolresLeaveTheOtherOut() {
		as("kapolres.bwi", () -> {
			assertThat(this.territory.summary().tps()).isEqualTo(3);
			assertThat(this.territory.kecamatan()).extracting(k -> k.code()).containsExactly(OTHER_KECAMATAN);
			assertThat(this.personnel.officers(new OfficerQuery(null, null, null, 0, 100)).totalElements())
				.isEqualTo(2);
			assertThat(this.personnel.units()).extracting(u -> u.code())
				.contains(OTHER_POLRES, OTHER_POLSEK, "POLDA-JATIM")
				.doesNotContain("POLRES-JEMBER", "POLSEK-TEMPUREJO");
			assertThat(this.plans.versions()).extracting(v -> v.id()).containsExactly(this.otherPlan);
			assertThat(this.plans.published())
				.hasValueSatisfying(p -> assertThat(p.version().id()).isEqualTo(this.otherPlan));
			assertThat(this.incidents.incidents(false, null, null, null, 100)).extracting(i -> i.id())
				.containsExactly(this.otherIncident);
			return null;
		});
		as("kabagops", () -> {
			assertThat(this.territory.summary().tps()).isEqualTo(4046);
			assertThat(this.plans.versions()).extracting(v -> v.id()).containsExactly(this.jemberPlan);
			assertThat(this.personnel.units()).extracting(u -> u.code()).doesNotContain(OTHER_POLRES, OTHER_POLSEK);
			return null;
		});
	}

	@Test
	void thePoldaSeesEveryPolres() {
		for (String user : List.of("polda", "admin.polda")) {
			assertThat(get("/api/v1/tps/" + JEMBER_TPS, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/tps/" + OTHER_TPS, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/officers/" + this.jemberNrp, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/officers/" + OTHER_NRP, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/deployment/plans/" + this.jemberPlan, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/deployment/plans/" + this.otherPlan, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/incidents/" + this.jemberIncident, user)).as(user).isEqualTo(200);
			assertThat(get("/api/v1/incidents/" + this.otherIncident, user)).as(user).isEqualTo(200);
		}
		as("polda", () -> {
			assertThat(this.scopes.current()).isEqualTo(AccessScope.EVERYTHING);
			assertThat(this.territory.summary().tps()).isEqualTo(4049);
			assertThat(this.plans.versions()).extracting(v -> v.id()).contains(this.jemberPlan, this.otherPlan);
			return null;
		});
	}

	@Test
	void aPolresAdministratorManagesTheAccountsOfHisPolresOnly() {
		// another Polres' account does not exist for him
		assertThat(post("/admin/pengguna/kabagops/aktif?enabled=false", "admin.bwi")).isEqualTo(404);
		assertThat(this.accounts.find("kabagops")).hasValueSatisfying(a -> assertThat(a.enabled()).isTrue());
		assertThat(post("/admin/pengguna/kabagops/sandi?password=rahasia-baru", "admin.bwi")).isEqualTo(404);
		// nor may he make one there, nor one without a unit
		post("/admin/pengguna?username=penyusup&role=PERENCANA&scope=POLRES-JEMBER&password=rahasia-baru", "admin.bwi");
		post("/admin/pengguna?username=penyusup2&role=ADMIN&password=rahasia-baru", "admin.bwi");
		assertThat(this.accounts.find("penyusup")).isEmpty();
		assertThat(this.accounts.find("penyusup2")).isEmpty();
		// his own Polres': yes
		post("/admin/pengguna?username=kapolsek.genteng&role=KAPOLSEK&scope=" + OTHER_POLSEK + "&password=rahasia-baru",
				"admin.bwi");
		assertThat(this.accounts.find("kapolsek.genteng")).isPresent();
		assertThat(this.mvc.get().uri("/admin/pengguna").with(login("/admin/pengguna", "admin.bwi"))).bodyText()
			.contains("kapolsek.genteng", "kapolres.bwi")
			.doesNotContain("user-kabagops\"", "user-kapolsek.tempurejo\"");
		// the Polda's administrator manages both
		assertThat(post("/admin/pengguna/kapolres.bwi/aktif?enabled=false", "admin.polda")).isEqualTo(302);
		assertThat(post("/admin/pengguna/kapolres.bwi/aktif?enabled=true", "admin.polda")).isEqualTo(302);
		assertThat(post("/admin/pengguna/kabagops/aktif?enabled=true", "admin.polda")).isEqualTo(302);
	}

	@Test
	void aPolresPlannerImportsTheTpsOfHisPolresOnly() {
		String jemberDesa = JEMBER_TPS.substring(0, 13);
		String csv = "desa_code,tps_number,address,lat,lon,voters_male,voters_female,special_site\n" + jemberDesa
				+ ",1,Jl. Baru,-8.3,113.6,100,100,\n";
		var answer = this.mvc.post()
			.uri("/api/v1/tps/import")
			.multipart()
			.file(new org.springframework.mock.web.MockMultipartFile("file", "tps.csv", "text/csv",
					csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(httpBasic("kabagops.bwi", PASSWORD))
			.exchange()
			.getResponse();
		assertThat(answer.getStatus()).isEqualTo(422);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM territory_tps WHERE desa_code = ?", Integer.class,
				jemberDesa))
			.isGreaterThan(1);
	}

	@Test
	void everyAuditLineRecordsThePolresOfWhoActed() {
		as("admin.bwi", () -> {
			this.accounts.create(
					UserAccount.of("operator.bwi", "Operator Banyuwangi", Role.OPERATOR, OTHER_POLSEK, false),
					PASSWORD);
			return null;
		});
		assertThat(this.jdbc.queryForList("SELECT DISTINCT polres_code FROM audit_entry WHERE actor = 'admin.bwi'"
				+ " AND action = 'account.created'", String.class))
			.containsExactly(OTHER_POLRES);
		assertThat(this.jdbc.queryForList("SELECT DISTINCT polres_code FROM audit_entry WHERE actor = 'kabagops'"
				+ " AND action = 'plan.created'", String.class))
			.containsExactly("POLRES-JEMBER");
	}

	@Test
	void aThreadWithoutAScopeSeesNothing() throws Exception {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread job = new Thread(() -> {
			try {
				assertThat(this.scopes.current()).isEqualTo(AccessScope.NOTHING);
				assertThat(this.territory.summary().tps()).isZero();
				assertThat(this.personnel.officers(new OfficerQuery(null, null, null, 0, 10)).totalElements()).isZero();
				assertThat(this.plans.versions()).isEmpty();
				assertThat(this.plans.published()).isEmpty();
				assertThat(this.incidents.incidents(false, null, null, null, 100)).isEmpty();
				assertThat(this.accounts.all()).isEmpty();
				// the explicit system scope sees both Polres
				SystemScope.run("test job", () -> {
					assertThat(this.territory.summary().tps()).isEqualTo(4049);
					assertThat(this.plans.versions()).hasSizeGreaterThanOrEqualTo(2);
				});
			}
			catch (Throwable t) {
				failure.set(t);
			}
		});
		job.start();
		job.join();
		assertThat(failure.get()).isNull();
	}

	private int get(String uri, String user) {
		return this.mvc.get().uri(uri).with(login(uri, user)).exchange().getResponse().getStatus();
	}

	/** The API takes HTTP Basic; pages a logged-in session. */
	private RequestPostProcessor login(String uri, String username) {
		return uri.startsWith("/api/") ? httpBasic(username, PASSWORD) : user(this.users.loadUserByUsername(username));
	}

	private int post(String uri, String user) {
		return this.mvc.post().uri(uri).with(login(uri, user)).with(csrf()).exchange().getResponse().getStatus();
	}

	private <T> T as(String username, java.util.function.Supplier<T> work) {
		UserDetails details = this.users.loadUserByUsername(username);
		var before = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	private long incident(String tps, String kecamatan) {
		Timestamp now = Timestamp.from(Instant.now());
		return this.jdbc
			.queryForObject("INSERT INTO command_incident (tps_code, kecamatan_code, incident_type, severity,"
					+ " status, title, created_at, created_by, updated_at) VALUES (?, ?, 'INTIMIDATION', 'YELLOW', 'REPORTED',"
					+ " 'Intimidasi pemilih', ?, 'operator', ?) RETURNING id", Long.class, tps, kecamatan, now, now);
	}

	private UUID report(String tps, String kecamatan) {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("INSERT INTO command_field_report (id, tps_code, kecamatan_code, type, status, occurred_at,"
				+ " received_at, reported_by, applied, content_hash) VALUES (?, ?, ?, 'STATUS', 'DIBUKA', ?, ?,"
				+ " 'lapangan', true, ?)", id, tps, kecamatan, now, now, new byte[32]);
		return id;
	}

}
