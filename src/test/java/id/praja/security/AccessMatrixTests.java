package id.praja.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every route × every role (and no login at all): the route list is read from the running
 * application, so a new route without a rule here fails {@link #everyRouteHasARule()}. A
 * role that may use a route never gets 401/403 (nor a server error); any other role gets
 * 403; without a login the API answers 401 and pages send to the login page. Runs on a
 * database of its own, since allowed writes really happen.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessMatrixTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	/** The demo account of each role. */
	static final Map<Role, String> ACCOUNTS = Map.of(Role.ADMIN, "admin", Role.KAOPS, "kapolres", Role.PERENCANA,
			"kabagops", Role.KAPOLSEK, "kapolsek.tempurejo", Role.KASATGAS, "kasatgas.preventif", Role.OPERATOR,
			"operator", Role.LAPANGAN, "lapangan", Role.HUMAS, "humas", Role.PENGAMAT, "polda", Role.KAROOPS,
			"karoops");

	static final Set<Role> ALL = EnumSet.allOf(Role.class);

	static final Set<Role> NOT_HUMAS = EnumSet.complementOf(EnumSet.of(Role.HUMAS));

	static final Set<Role> PLANNERS = EnumSet.of(Role.ADMIN, Role.PERENCANA);

	static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

	static final Set<Role> CLASSIFIERS = EnumSet.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA);

	/**
	 * Deployment module: who reads plans (the Kasatgas and the Polda viewer the published
	 * ones only: a draft is 404 for them).
	 */
	static final Set<Role> PLAN_READERS = EnumSet.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA, Role.KASATGAS,
			Role.PENGAMAT);

	/**
	 * Report module: who reads the Laphar (the report readers, the Kasatgas, and the
	 * Karoops for the Polda's roll-up).
	 */
	static final Set<Role> LAPHAR_READERS = EnumSet.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA, Role.KAPOLSEK,
			Role.PENGAMAT, Role.KASATGAS, Role.KAROOPS);

	static final Set<Role> RECORDERS = EnumSet.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA, Role.KAPOLSEK);

	/** Operation and exercise modules: who logs task-force activities. */
	static final Set<Role> OPERATION_RECORDERS = EnumSet.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA, Role.KASATGAS,
			Role.OPERATOR);

	/**
	 * Operation and exercise modules: the exercise is not for the field or the press
	 * desk.
	 */
	static final Set<Role> EXERCISE_READERS = EnumSet.complementOf(EnumSet.of(Role.HUMAS, Role.LAPANGAN));

	/** Press module: the Humas desk pages. */
	static final Set<Role> PRESS_DESK = EnumSet.of(Role.HUMAS, Role.KAOPS, Role.ADMIN);

	/** Press module: who drafts, edits, submits and publishes. */
	static final Set<Role> PRESS_WRITERS = EnumSet.of(Role.HUMAS, Role.ADMIN);

	/** Press module: who approves. */
	static final Set<Role> PRESS_APPROVERS = EnumSet.of(Role.KAOPS, Role.ADMIN);

	/**
	 * Report module: who reads the Laphar, Anev and dashboard (a Kapolsek his own
	 * Polsek).
	 */
	static final Set<Role> REPORT_READERS = EnumSet.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA, Role.KAPOLSEK,
			Role.PENGAMAT);

	/** Report module: who records kamtibmas, traffic and protest events. */
	static final Set<Role> REPORT_RECORDERS = EnumSet.of(Role.ADMIN, Role.PERENCANA, Role.KAPOLSEK, Role.OPERATOR);

	/**
	 * BKO module: the Karoops edits the Polda's BKO allocation; the Polda viewer reads
	 * it.
	 */
	static final Set<Role> BKO_EDITORS = EnumSet.of(Role.ADMIN, Role.KAROOPS);

	static final Set<Role> BKO_READERS = EnumSet.of(Role.ADMIN, Role.KAROOPS, Role.PENGAMAT);

	/** Public routes: no login needed. */
	static final Set<Role> PUBLIC = null;

	/** A route's rule: who may use it, and a request that exercises it. */
	record Rule(Set<Role> roles, Function<String, AbstractMockHttpServletRequestBuilder<?>> request) {
	}

	static final Map<String, Rule> RULES = new LinkedHashMap<>();

	static final String TEMPUREJO_DESA = "35.09.18.2001";

	static final String KENCONG_DESA = "35.09.02.2001";

	static final String TEMPUREJO_TPS = TEMPUREJO_DESA + "-TPS-001";

	/**
	 * Requests naming a record of Polsek Kencong's sector (n: an officer of Polsek
	 * Kencong).
	 */
	static final Map<String, Function<String, AbstractMockHttpServletRequestBuilder<?>>> OTHER_SECTOR = new LinkedHashMap<>();

	static int created;

	static final String PATTERN = """
			{"groups": {"KURANG_RAWAN": {"police": 2, "tps": 10, "fixed": false},
			  "RAWAN": {"police": 2, "tps": 2, "fixed": false}, "SANGAT_RAWAN": {"police": 2, "tps": 1, "fixed": true},
			  "KHUSUS": {"police": 2, "tps": 1, "fixed": true}}, "linmasPerTps": 2, "reserveShare": 0.1,
			 "responseMinutes": {"KURANG_RAWAN": 60, "RAWAN": 30, "SANGAT_RAWAN": 15, "KHUSUS": 15}}""";

	static {
		rule("GET /", ALL, n -> get("/"));
		rule("GET /login", PUBLIC, n -> get("/login"));
		rule("GET /peta", ALL, n -> get("/peta"));
		rule("GET /tps", ALL, n -> get("/tps"));
		rule("GET /tps/import", PLANNERS, n -> get("/tps/import"));
		rule("POST /tps/import", PLANNERS, n -> multipart("/tps/import").file(badFile("tps.csv")).with(csrf()));
		rule("GET /api/v1/territory/summary", ALL, n -> get("/api/v1/territory/summary"));
		rule("GET /api/v1/kecamatan", ALL, n -> get("/api/v1/kecamatan"));
		rule("GET /api/v1/desa", ALL, n -> get("/api/v1/desa"));
		rule("GET /api/v1/tps", ALL, n -> get("/api/v1/tps"));
		rule("GET /api/v1/tps/{code}", ALL, n -> get("/api/v1/tps/35.09.18.2001-TPS-001"));
		rule("GET /api/v1/geo/{level:kabupaten|kecamatan|desa}", ALL, n -> get("/api/v1/geo/kecamatan"));
		rule("GET /api/v1/geo/tps", ALL, n -> get("/api/v1/geo/tps"));
		rule("POST /api/v1/tps/import", PLANNERS,
				n -> multipart("/api/v1/tps/import").file(badFile("tps.csv")).with(csrf()));
		rule("GET /api/v1/tps/export", ALL, n -> get("/api/v1/tps/export"));
		rule("GET /personel", NOT_HUMAS, n -> get("/personel"));
		rule("GET /personel/{nrp}", NOT_HUMAS, n -> get("/personel/" + n));
		rule("POST /personel/{nrp}/status", EnumSet.of(Role.ADMIN, Role.PERENCANA, Role.KAPOLSEK),
				n -> post("/personel/" + n + "/status").param("status", "CUTI")
					.param("from", "2024-12-01")
					.param("to", "2024-12-02")
					.with(csrf()));
		rule("GET /satuan", NOT_HUMAS, n -> get("/satuan"));
		rule("POST /satuan/wilayah", ADMIN,
				n -> post("/satuan/wilayah").param("kecamatan", "35.09.17")
					.param("polsek", "POLSEK-JENGGAWAH")
					.with(csrf()));
		rule("GET /personel/impor", PLANNERS, n -> get("/personel/impor"));
		rule("POST /personel/impor", PLANNERS,
				n -> multipart("/personel/impor").file(badFile("personel.csv")).with(csrf()));
		rule("GET /api/v1/units", NOT_HUMAS, n -> get("/api/v1/units"));
		rule("GET /api/v1/units/{code}", NOT_HUMAS, n -> get("/api/v1/units/POLRES-JEMBER"));
		rule("GET /api/v1/polsek-areas", NOT_HUMAS, n -> get("/api/v1/polsek-areas"));
		rule("PUT /api/v1/polsek-areas/{kecamatan}", ADMIN,
				n -> put("/api/v1/polsek-areas/35.09.17").contentType(MediaType.APPLICATION_JSON)
					.content("{\"polsek\":\"POLSEK-JENGGAWAH\"}")
					.with(csrf()));
		rule("GET /api/v1/officers", NOT_HUMAS, n -> get("/api/v1/officers"));
		rule("GET /api/v1/officers/{nrp}", NOT_HUMAS, n -> get("/api/v1/officers/" + n));
		rule("POST /api/v1/officers/{nrp}/status", EnumSet.of(Role.ADMIN, Role.PERENCANA, Role.KAPOLSEK),
				n -> post("/api/v1/officers/" + n + "/status").contentType(MediaType.APPLICATION_JSON)
					.content("{\"status\":\"SAKIT\",\"from\":\"2024-12-05\",\"to\":\"2024-12-06\"}")
					.with(csrf()));
		rule("POST /api/v1/officers/import", PLANNERS,
				n -> multipart("/api/v1/officers/import").file(badFile("personel.csv")).with(csrf()));
		rule("GET /api/v1/officers/export", NOT_HUMAS, n -> get("/api/v1/officers/export"));
		rule("GET /api/v1/ranks", NOT_HUMAS, n -> get("/api/v1/ranks"));
		rule("GET /api/v1/linmas", NOT_HUMAS, n -> get("/api/v1/linmas"));
		rule("PUT /api/v1/linmas/{desa}", EnumSet.of(Role.ADMIN, Role.PERENCANA, Role.KAPOLSEK),
				n -> put("/api/v1/linmas/" + TEMPUREJO_DESA).contentType(MediaType.APPLICATION_JSON)
					.content("{\"strength\":null}")
					.with(csrf()));
		rule("GET /admin/pengguna", ADMIN, n -> get("/admin/pengguna"));
		rule("POST /admin/pengguna", ADMIN,
				n -> post("/admin/pengguna").param("username", "matrix." + (created++))
					.param("role", "OPERATOR")
					.param("password", "rahasia-2024")
					.with(csrf()));
		rule("POST /admin/pengguna/{username}/aktif", ADMIN,
				n -> post("/admin/pengguna/operator/aktif").param("enabled", "true").with(csrf()));
		rule("POST /admin/pengguna/{username}/sandi", ADMIN,
				n -> post("/admin/pengguna/humas/sandi").param("password", "praja2024").with(csrf()));
		rule("POST /admin/pengguna/{username}/peran", ADMIN,
				n -> post("/admin/pengguna/humas/peran").param("role", "HUMAS")
					.param("scope", "POLRES-JEMBER")
					.with(csrf()));
		// API tokens: every role its own (an id that does not exist: 404 for those
		// allowed)
		rule("POST /api/v1/tokens", ALL,
				n -> post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\":\"uji matriks\"}")
					.with(csrf()));
		rule("GET /api/v1/tokens", ALL, n -> get("/api/v1/tokens"));
		rule("DELETE /api/v1/tokens/{id}", ALL, n -> delete("/api/v1/tokens/999999").with(csrf()));
		rule("GET /audit", ADMIN, n -> get("/audit"));
		rule("GET /api/v1/audit", ADMIN, n -> get("/api/v1/audit"));
		rule("GET /kerawanan", NOT_HUMAS, n -> get("/kerawanan"));
		rule("GET /kerawanan/tps/{code}", NOT_HUMAS, n -> get("/kerawanan/tps/" + TEMPUREJO_TPS));
		rule("POST /kerawanan/tps/{code}/kelas", CLASSIFIERS,
				n -> post("/kerawanan/tps/" + TEMPUREJO_TPS + "/kelas").param("policeClass", "RAWAN")
					.param("reason", "uji matriks")
					.with(csrf()));
		rule("POST /kerawanan/tps/{code}/usulan", CLASSIFIERS,
				n -> post("/kerawanan/tps/" + TEMPUREJO_TPS + "/usulan").with(csrf()));
		rule("POST /kerawanan/tps/{code}/indikator", RECORDERS,
				n -> post("/kerawanan/tps/" + TEMPUREJO_TPS + "/indikator").param("indicator", "LIS-1")
					.param("source", "uji matriks")
					.with(csrf()));
		rule("POST /kerawanan/tps/{code}/indikator/{indicator}/cabut", RECORDERS,
				n -> post("/kerawanan/tps/" + TEMPUREJO_TPS + "/indikator/LIS-2/cabut").with(csrf()));
		rule("PUT /api/v1/vulnerability/indicators/{code}", PLANNERS,
				n -> put("/api/v1/vulnerability/indicators/LOK-8").contentType(MediaType.APPLICATION_JSON)
					.content("{\"variable\":\"Lokasi\",\"name\":\"Dekat perbatasan kabupaten\"}")
					.with(csrf()));
		rule("POST /api/v1/vulnerability/tps/{code}/indicators", RECORDERS,
				n -> post("/api/v1/vulnerability/tps/" + TEMPUREJO_TPS + "/indicators")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"indicator\":\"LIS-1\",\"source\":\"uji matriks\"}")
					.with(csrf()));
		rule("DELETE /api/v1/vulnerability/tps/{code}/indicators/{indicator}", RECORDERS,
				n -> delete("/api/v1/vulnerability/tps/" + TEMPUREJO_TPS + "/indicators/LIS-2").with(csrf()));
		rule("GET /kerawanan/usulan", NOT_HUMAS, n -> get("/kerawanan/usulan"));
		rule("GET /kerawanan/impor", PLANNERS, n -> get("/kerawanan/impor"));
		rule("POST /kerawanan/impor", PLANNERS,
				n -> multipart("/kerawanan/impor").file(badFile("bawaslu.csv")).with(csrf()));
		rule("GET /api/v1/vulnerability/summary", NOT_HUMAS, n -> get("/api/v1/vulnerability/summary"));
		rule("GET /api/v1/vulnerability/indicators", NOT_HUMAS, n -> get("/api/v1/vulnerability/indicators"));
		rule("GET /api/v1/vulnerability/tps", NOT_HUMAS, n -> get("/api/v1/vulnerability/tps"));
		rule("GET /api/v1/vulnerability/tps/{code}", NOT_HUMAS, n -> get("/api/v1/vulnerability/tps/" + TEMPUREJO_TPS));
		rule("POST /api/v1/vulnerability/tps/{code}/class", CLASSIFIERS,
				n -> post("/api/v1/vulnerability/tps/" + TEMPUREJO_TPS + "/class")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"policeClass\":\"SANGAT_RAWAN\",\"reason\":\"uji matriks\"}")
					.with(csrf()));
		rule("POST /api/v1/vulnerability/tps/{code}/accept-proposal", CLASSIFIERS,
				n -> post("/api/v1/vulnerability/tps/" + TEMPUREJO_TPS + "/accept-proposal")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{}")
					.with(csrf()));
		rule("GET /api/v1/vulnerability/proposals", NOT_HUMAS, n -> get("/api/v1/vulnerability/proposals"));
		rule("GET /api/v1/vulnerability/rules", NOT_HUMAS, n -> get("/api/v1/vulnerability/rules"));
		rule("PUT /api/v1/vulnerability/rules", PLANNERS,
				n -> put("/api/v1/vulnerability/rules").contentType(MediaType.APPLICATION_JSON)
					.content("{\"weights\":{},\"rawanScore\":3,\"sangatRawanScore\":6,\"rawanMinutes\":60,"
							+ "\"sangatRawanMinutes\":180}")
					.with(csrf()));
		rule("POST /api/v1/vulnerability/import", PLANNERS,
				n -> multipart("/api/v1/vulnerability/import").file(badFile("bawaslu.csv")).with(csrf()));
		rule("GET /api/v1/vulnerability/export", NOT_HUMAS, n -> get("/api/v1/vulnerability/export"));
		rule("POST /api/v1/deployment/posts/preview", CLASSIFIERS,
				n -> post("/api/v1/deployment/posts/preview").param("secondsPerPolsek", "0").with(csrf()));
		rule("POST /api/v1/deployment/preview", CLASSIFIERS,
				n -> post("/api/v1/deployment/preview").param("secondsPerPolsek", "0").with(csrf()));
		// deployment plan versions (a plan id that does not exist: 404 for those allowed)
		rule("GET /api/v1/deployment/plans", PLAN_READERS, n -> get("/api/v1/deployment/plans"));
		rule("POST /api/v1/deployment/plans", CLASSIFIERS, n -> post("/api/v1/deployment/plans").with(csrf()));
		rule("GET /api/v1/deployment/plans/{id}", PLAN_READERS, n -> get("/api/v1/deployment/plans/999999"));
		rule("POST /api/v1/deployment/plans/{id}/revise", CLASSIFIERS,
				n -> post("/api/v1/deployment/plans/999999/revise").with(csrf()));
		rule("POST /api/v1/deployment/plans/{id}/solve", CLASSIFIERS,
				n -> post("/api/v1/deployment/plans/999999/solve").with(csrf()));
		rule("POST /api/v1/deployment/plans/{id}/stop", CLASSIFIERS,
				n -> post("/api/v1/deployment/plans/999999/stop").with(csrf()));
		rule("GET /api/v1/deployment/plans/{id}/progress", CLASSIFIERS,
				n -> get("/api/v1/deployment/plans/999999/progress"));
		rule("GET /api/v1/deployment/plans/{id}/state", CLASSIFIERS, n -> get("/api/v1/deployment/plans/999999/state"));
		rule("POST /api/v1/deployment/plans/{id}/pins", CLASSIFIERS,
				n -> post("/api/v1/deployment/plans/999999/pins").contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"post\",\"key\":\"x\",\"on\":true}")
					.with(csrf()));
		rule("PUT /api/v1/deployment/plans/{id}/pattern", CLASSIFIERS,
				n -> put("/api/v1/deployment/plans/999999/pattern").contentType(MediaType.APPLICATION_JSON)
					.content(PATTERN)
					.with(csrf()));
		rule("POST /api/v1/deployment/plans/{id}/publish", EnumSet.of(Role.ADMIN, Role.KAOPS),
				n -> post("/api/v1/deployment/plans/999999/publish").with(csrf()));
		rule("GET /api/v1/deployment/plans/{id}/summary", PLAN_READERS,
				n -> get("/api/v1/deployment/plans/999999/summary"));
		rule("GET /api/v1/deployment/plans/{id}/explain", PLAN_READERS,
				n -> get("/api/v1/deployment/plans/999999/explain").param("subject", "tps").param("key", "x"));
		rule("GET /api/v1/deployment/plans/compare", PLAN_READERS,
				n -> get("/api/v1/deployment/plans/compare").param("from", "999998").param("to", "999999"));
		rule("GET /api/v1/deployment/plans/{id}/map", PLAN_READERS, n -> get("/api/v1/deployment/plans/999999/map"));
		rule("GET /api/v1/deployment/plans/{id}/sprin", PLAN_READERS,
				n -> get("/api/v1/deployment/plans/999999/sprin").param("format", "xlsx"));
		rule("GET /polda/bko", BKO_READERS, n -> get("/polda/bko"));
		rule("GET /polda", BKO_READERS, n -> get("/polda"));
		rule("GET /polda/bko/{id}", BKO_READERS, n -> get("/polda/bko/999999"));
		rule("POST /polda/bko", BKO_EDITORS, n -> post("/polda/bko").with(csrf()));
		rule("POST /polda/bko/{id}/pindah", BKO_EDITORS,
				n -> post("/polda/bko/999999/pindah").param("unit", "BRIMOB-K1").param("platoon", "1").with(csrf()));
		rule("POST /polda/bko/{id}/kunci", BKO_EDITORS,
				n -> post("/polda/bko/999999/kunci").param("unit", "BRIMOB-K1")
					.param("platoon", "1")
					.param("on", "true")
					.with(csrf()));
		rule("POST /polda/bko/{id}/terbitkan", BKO_EDITORS, n -> post("/polda/bko/999999/terbitkan").with(csrf()));
		rule("GET /rencana", PLAN_READERS, n -> get("/rencana"));
		rule("POST /rencana", CLASSIFIERS, n -> post("/rencana").with(csrf()));
		rule("GET /rencana/{id}", PLAN_READERS, n -> get("/rencana/999999"));
		rule("POST /rencana/{id}/versi-baru", CLASSIFIERS, n -> post("/rencana/999999/versi-baru").with(csrf()));
		rule("POST /rencana/{id}/pola", CLASSIFIERS,
				n -> post("/rencana/999999/pola").param("linmas", "2").with(csrf()));
		rule("POST /rencana/{id}/terbitkan", EnumSet.of(Role.ADMIN, Role.KAOPS),
				n -> post("/rencana/999999/terbitkan").with(csrf()));
		rule("POST /rencana/{id}/sprin", CLASSIFIERS, n -> post("/rencana/999999/sprin").with(csrf()));
		rule("POST /rencana/fungsi-tps", CLASSIFIERS,
				n -> post("/rencana/fungsi-tps").param("allowed", "SAT-LANTAS")
					.param("allowed", "SAT-RESKRIM")
					.param("allowed", "SAT-BINMAS")
					.param("allowed", "SAT-RESNARKOBA")
					.param("allowed", "SAT-POLAIRUD")
					.param("allowed", "SPKT")
					.with(csrf()));
		// --- operation and exercise modules ---
		rule("GET /operasi", ALL, n -> get("/operasi"));
		rule("POST /operasi/agenda/{id}", CLASSIFIERS,
				n -> post("/operasi/agenda/1").param("startsAt", "2024-08-14T08:00").with(csrf()));
		rule("GET /operasi/satgas", NOT_HUMAS, n -> get("/operasi/satgas"));
		rule("POST /operasi/satgas/{code}", CLASSIFIERS,
				n -> post("/operasi/satgas/HUMAS").param("duties", "Rilis pers").with(csrf()));
		rule("POST /operasi/satgas/{code}/kegiatan", OPERATION_RECORDERS,
				n -> post("/operasi/satgas/PREVENTIF/kegiatan").param("kind", "SAMBANG")
					.param("at", "2024-09-01T09:00")
					.param("place", "Balai Desa Andongrejo")
					.param("unit", "POLSEK-TEMPUREJO")
					.with(csrf()));
		rule("GET /operasi/sprin", NOT_HUMAS, n -> get("/operasi/sprin"));
		rule("POST /operasi/sprin", CLASSIFIERS,
				n -> post("/operasi/sprin").param("issuedOn", "2024-08-16")
					.param("task", "Pengamanan Pilkada")
					.param("from", "2024-08-19")
					.param("to", "2024-12-31")
					.param("source", "TF:HUMAS")
					.with(csrf()));
		rule("GET /operasi/sprin/{id}/pdf", NOT_HUMAS, n -> get("/operasi/sprin/1/pdf"));
		rule("GET /operasi/sprin/{id}", NOT_HUMAS, n -> get("/operasi/sprin/1"));
		rule("POST /operasi/sprin/{id}/terbitkan", CLASSIFIERS,
				n -> post("/operasi/sprin/999999/terbitkan").param("issuedOn", "2024-11-25").with(csrf()));
		rule("POST /operasi/sprin/register", CLASSIFIERS,
				n -> post("/operasi/sprin/register").param("pattern", "Sprin/OPS/{tahun}")
					.param("nextSerial", "1")
					.with(csrf()));
		rule("GET /api/v1/operation", ALL, n -> get("/api/v1/operation"));
		rule("PUT /api/v1/operation/agenda/{id}", CLASSIFIERS,
				n -> put("/api/v1/operation/agenda/2").contentType(MediaType.APPLICATION_JSON)
					.content("{\"startsAt\":\"2024-08-19T07:30:00\"}")
					.with(csrf()));
		rule("GET /api/v1/operation/task-forces", NOT_HUMAS, n -> get("/api/v1/operation/task-forces"));
		rule("GET /api/v1/operation/activities", ALL, n -> get("/api/v1/operation/activities"));
		rule("POST /api/v1/operation/task-forces/{code}/activities", OPERATION_RECORDERS,
				n -> post("/api/v1/operation/task-forces/PREVENTIF/activities").contentType(MediaType.APPLICATION_JSON)
					.content("{\"kind\":\"PATROLI_DIALOGIS\",\"at\":\"2024-10-01T20:00:00\",\"place\":\"Alun-alun\","
							+ "\"unitCode\":\"SAT-SAMAPTA\",\"officers\":4,\"people\":30}")
					.with(csrf()));
		rule("GET /api/v1/operation/sprin", NOT_HUMAS, n -> get("/api/v1/operation/sprin"));
		rule("POST /api/v1/operation/sprin", CLASSIFIERS,
				n -> post("/api/v1/operation/sprin").contentType(MediaType.APPLICATION_JSON)
					.content("{\"issuedOn\":\"2024-08-16\",\"task\":\"Pengamanan\",\"periodFrom\":\"2024-08-19\","
							+ "\"periodTo\":\"2024-12-31\",\"unitCode\":\"SI-HUMAS\"}")
					.with(csrf()));
		rule("GET /latihan", EXERCISE_READERS, n -> get("/latihan"));
		rule("GET /api/v1/exercise/simulations", EXERCISE_READERS, n -> get("/api/v1/exercise/simulations"));
		rule("POST /api/v1/exercise/simulations", CLASSIFIERS,
				n -> post("/api/v1/exercise/simulations").param("replications", "2")
					.param("fewerTeams", "0")
					.with(csrf()));
		// --- end of operation and exercise modules ---
		// command (command center, field reports, live stream)
		Set<Role> fieldReporters = EnumSet.of(Role.LAPANGAN, Role.OPERATOR, Role.KAPOLSEK, Role.KAOPS, Role.ADMIN);
		Set<Role> commandViewers = EnumSet.of(Role.OPERATOR, Role.KAPOLSEK, Role.KAOPS, Role.ADMIN, Role.PERENCANA,
				Role.PENGAMAT, Role.KASATGAS);
		Set<Role> fieldReaders = EnumSet.copyOf(commandViewers);
		fieldReaders.add(Role.LAPANGAN);
		rule("GET /komando", commandViewers, n -> get("/komando"));
		rule("GET /komando/dinding", commandViewers, n -> get("/komando/dinding"));
		rule("GET /komando/senyap", commandViewers, n -> get("/komando/senyap"));
		rule("GET /api/v1/command/silent", commandViewers, n -> get("/api/v1/command/silent"));
		rule("GET /api/v1/command/hourly", commandViewers,
				n -> get("/api/v1/command/hourly").param("day", "2024-11-27"));
		rule("GET /lapangan", fieldReporters, n -> get("/lapangan"));
		rule("POST /api/v1/field-reports", fieldReporters,
				n -> post("/api/v1/field-reports").contentType(MediaType.APPLICATION_JSON)
					.content("{\"id\":\"" + java.util.UUID.randomUUID() + "\",\"tps\":\"" + TEMPUREJO_TPS
							+ "\",\"type\":\"CHECK_IN\",\"occurredAt\":\"2024-11-27T06:00:00+07:00\"}")
					.with(csrf()));
		rule("GET /api/v1/field-reports", fieldReaders, n -> get("/api/v1/field-reports"));
		rule("GET /api/v1/field-reports/{id}", fieldReaders,
				n -> get("/api/v1/field-reports/00000000-0000-0000-0000-000000000000"));
		rule("GET /api/v1/field-reports/{id}/photo", fieldReaders,
				n -> get("/api/v1/field-reports/00000000-0000-0000-0000-000000000000/photo"));
		rule("GET /api/v1/command/tps-status", commandViewers, n -> get("/api/v1/command/tps-status"));
		rule("GET /api/v1/live", commandViewers, n -> get("/api/v1/live"));
		// --- incidents (command module: incidents, dispatch, unit board, Sentra
		// Gakkumdu) ---
		Set<Role> incidentActors = EnumSet.of(Role.OPERATOR, Role.KAPOLSEK, Role.KAOPS, Role.PERENCANA, Role.ADMIN);
		Set<Role> incidentReaders = EnumSet.copyOf(incidentActors);
		incidentReaders.add(Role.PENGAMAT);
		incidentReaders.add(Role.KASATGAS);
		Set<Role> incidentCommanders = EnumSet.of(Role.KAOPS, Role.ADMIN);
		rule("GET /api/v1/incidents", incidentReaders, n -> get("/api/v1/incidents"));
		rule("POST /api/v1/incidents", incidentActors,
				n -> post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON)
					.content("{\"tps\":\"" + TEMPUREJO_TPS
							+ "\",\"type\":\"CROWD\",\"severity\":\"GREEN\",\"title\":\"Kerumunan\"}")
					.with(csrf()));
		rule("GET /api/v1/incidents/{id}", incidentReaders, n -> get("/api/v1/incidents/999999"));
		rule("POST /api/v1/incidents/{id}/actions", incidentActors,
				n -> post("/api/v1/incidents/999999/actions").contentType(MediaType.APPLICATION_JSON)
					.content("{\"action\":\"CLAIM\"}")
					.with(csrf()));
		rule("POST /api/v1/incidents/{id}/takeover", incidentCommanders,
				n -> post("/api/v1/incidents/999999/takeover").contentType(MediaType.APPLICATION_JSON)
					.content("{}")
					.with(csrf()));
		rule("GET /api/v1/incidents/{id}/dispatch-options", incidentReaders,
				n -> get("/api/v1/incidents/999999/dispatch-options"));
		rule("GET /api/v1/command/units", incidentReaders, n -> get("/api/v1/command/units"));
		rule("POST /api/v1/command/units/{unit}/status", incidentActors,
				n -> post("/api/v1/command/units/NO-SUCH-UNIT/status").contentType(MediaType.APPLICATION_JSON)
					.content("{\"status\":\"OUT_OF_SERVICE\"}")
					.with(csrf()));
		rule("GET /api/v1/gakkumdu/cases", incidentReaders, n -> get("/api/v1/gakkumdu/cases"));
		rule("POST /api/v1/gakkumdu/cases", incidentActors,
				n -> post("/api/v1/gakkumdu/cases").contentType(MediaType.APPLICATION_JSON)
					.content("{\"tps\":\"" + TEMPUREJO_TPS
							+ "\",\"title\":\"Politik uang\",\"discoveredOn\":\"2024-11-25\"}")
					.with(csrf()));
		rule("GET /api/v1/gakkumdu/cases/{id}", incidentReaders, n -> get("/api/v1/gakkumdu/cases/999999"));
		rule("POST /api/v1/gakkumdu/cases/{id}/steps", incidentActors,
				n -> post("/api/v1/gakkumdu/cases/999999/steps").contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":0,\"step\":\"REPORTED\",\"on\":\"2024-11-26\"}")
					.with(csrf()));
		rule("GET /komando/insiden", incidentReaders, n -> get("/komando/insiden"));
		rule("POST /komando/insiden", incidentActors,
				n -> post("/komando/insiden").param("tps", TEMPUREJO_TPS)
					.param("type", "OTHER")
					.param("severity", "GREEN")
					.param("title", "Uji")
					.with(csrf()));
		rule("GET /komando/insiden/{id}", incidentReaders, n -> get("/komando/insiden/999999"));
		rule("POST /komando/insiden/{id}", incidentActors,
				n -> post("/komando/insiden/999999").param("action", "CLAIM").with(csrf()));
		rule("GET /api/v1/command/conflicts", incidentReaders, n -> get("/api/v1/command/conflicts"));
		rule("POST /api/v1/command/conflicts/{id}", incidentActors,
				n -> post("/api/v1/command/conflicts/999999").contentType(MediaType.APPLICATION_JSON)
					.content("{\"decision\":\"CURRENT\"}")
					.with(csrf()));
		rule("POST /komando/laporan-bertentangan/{id}", incidentActors,
				n -> post("/komando/laporan-bertentangan/999999").param("decision", "CURRENT").with(csrf()));
		rule("POST /komando/insiden/{id}/ambil-alih", incidentCommanders,
				n -> post("/komando/insiden/999999/ambil-alih").with(csrf()));
		rule("POST /komando/unit-status", incidentActors,
				n -> post("/komando/unit-status").param("unit", "NO-SUCH-UNIT")
					.param("status", "OUT_OF_SERVICE")
					.with(csrf()));
		rule("GET /komando/gakkumdu", incidentReaders, n -> get("/komando/gakkumdu"));
		rule("POST /komando/gakkumdu", incidentActors,
				n -> post("/komando/gakkumdu").param("tps", TEMPUREJO_TPS)
					.param("title", "Politik uang")
					.param("discoveredOn", "2024-11-25")
					.with(csrf()));
		rule("POST /komando/gakkumdu/{id}", incidentActors,
				n -> post("/komando/gakkumdu/999999").param("version", "0")
					.param("step", "REPORTED")
					.param("on", "2024-11-26")
					.with(csrf()));
		// --- end of incidents ---
		// --- press and report modules ---
		rule("GET /humas", PRESS_DESK, n -> get("/humas"));
		rule("POST /humas/rilis", PRESS_WRITERS, n -> post("/humas/rilis").param("template", "LATPRAOPS").with(csrf()));
		rule("GET /humas/rilis/{id}", PRESS_DESK, n -> get("/humas/rilis/999999"));
		rule("POST /humas/rilis/{id}", PRESS_WRITERS,
				n -> post("/humas/rilis/999999").param("title", "x").param("body", "y").with(csrf()));
		rule("POST /humas/rilis/{id}/ajukan", PRESS_WRITERS, n -> post("/humas/rilis/999999/ajukan").with(csrf()));
		rule("POST /humas/rilis/{id}/setujui", PRESS_APPROVERS, n -> post("/humas/rilis/999999/setujui").with(csrf()));
		rule("POST /humas/rilis/{id}/kembalikan", PRESS_APPROVERS,
				n -> post("/humas/rilis/999999/kembalikan").param("note", "x").with(csrf()));
		rule("POST /humas/rilis/{id}/terbitkan", PRESS_WRITERS,
				n -> post("/humas/rilis/999999/terbitkan").with(csrf()));
		rule("GET /humas/templat", PRESS_DESK, n -> get("/humas/templat"));
		rule("POST /humas/templat/{code}", PRESS_WRITERS,
				n -> post("/humas/templat/LATPRAOPS").param("name", "")
					.param("title", "")
					.param("body", "")
					.with(csrf()));
		rule("POST /humas/fakta", PRESS_WRITERS,
				n -> post("/humas/fakta").param("event", "LATPRAOPS")
					.param("key", "BAD KEY")
					.param("value", "x")
					.param("source", "x")
					.with(csrf()));
		rule("POST /humas/kutipan", PRESS_WRITERS,
				n -> post("/humas/kutipan").param("event", "LATPRAOPS")
					.param("speaker", "")
					.param("text", "")
					.with(csrf()));
		rule("GET /berita", PUBLIC, n -> get("/berita"));
		rule("GET /berita/{slug}", PUBLIC, null);
		rule("GET /berita/feed.atom", PUBLIC, n -> get("/berita/feed.atom"));
		rule("GET /laporan/harian", LAPHAR_READERS, n -> get("/laporan/harian").param("tanggal", "2024-11-27"));
		rule("GET /laporan/harian/pdf", LAPHAR_READERS, n -> get("/laporan/harian/pdf").param("tanggal", "2024-11-27"));
		rule("GET /laporan/harian/xlsx", LAPHAR_READERS,
				n -> get("/laporan/harian/xlsx").param("tanggal", "2024-11-27"));
		rule("GET /laporan/harian/rincian", LAPHAR_READERS,
				n -> get("/laporan/harian/rincian").param("tanggal", "2024-11-27").param("kategori", "KEJAHATAN"));
		rule("GET /laporan/kejadian", REPORT_RECORDERS, n -> get("/laporan/kejadian"));
		rule("POST /laporan/kejadian", REPORT_RECORDERS,
				n -> post("/laporan/kejadian").param("day", "2024-11-27")
					.param("unit", "POLSEK-TEMPUREJO")
					.param("category", "GANGGUAN")
					.param("subcategory", "keributan kecil")
					.with(csrf()));
		rule("GET /api/v1/reports/daily", LAPHAR_READERS, n -> get("/api/v1/reports/daily").param("day", "2024-11-27"));
		rule("GET /api/v1/reports/events", REPORT_READERS,
				n -> get("/api/v1/reports/events").param("from", "2024-11-27").param("to", "2024-11-27"));
		rule("POST /api/v1/reports/events", REPORT_RECORDERS,
				n -> post("/api/v1/reports/events").contentType(MediaType.APPLICATION_JSON)
					.content("{\"day\":\"2024-11-27\",\"unitCode\":\"POLSEK-TEMPUREJO\",\"category\":\"UNJUK_RASA\","
							+ "\"subcategory\":\"aksi damai\"}")
					.with(csrf()));
		// --- end of press and report modules ---
		// --- floor game (exercise module): facilitators run it, Kapolsek and Kasatgas
		// play, the Polda observer watches; not the desk operator, the field or the press
		Set<Role> floorGamePlayers = EnumSet.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA, Role.KAPOLSEK, Role.KASATGAS);
		Set<Role> floorGameViewers = EnumSet.of(Role.ADMIN, Role.KAOPS, Role.PERENCANA, Role.KAPOLSEK, Role.KASATGAS,
				Role.PENGAMAT);
		rule("GET /latihan/tfg", floorGameViewers, n -> get("/latihan/tfg"));
		rule("POST /latihan/tfg", CLASSIFIERS, n -> post("/latihan/tfg").param("name", "").with(csrf()));
		rule("GET /latihan/tfg/{id}", floorGameViewers, n -> get("/latihan/tfg/999999"));
		rule("GET /latihan/tfg/{id}/replay", floorGameViewers, n -> get("/latihan/tfg/999999/replay"));
		rule("GET /latihan/tfg/{id}/aar.pdf", floorGameViewers, n -> get("/latihan/tfg/999999/aar.pdf"));
		rule("GET /api/v1/exercise/floor-games", floorGameViewers, n -> get("/api/v1/exercise/floor-games"));
		rule("POST /api/v1/exercise/floor-games", CLASSIFIERS,
				n -> post("/api/v1/exercise/floor-games").contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\":\"\"}")
					.with(csrf()));
		rule("GET /api/v1/exercise/floor-games/{id}", floorGameViewers,
				n -> get("/api/v1/exercise/floor-games/999999"));
		rule("GET /api/v1/exercise/floor-games/{id}/stream", floorGameViewers,
				n -> get("/api/v1/exercise/floor-games/999999/stream"));
		rule("POST /api/v1/exercise/floor-games/{id}/injects", CLASSIFIERS,
				n -> post("/api/v1/exercise/floor-games/999999/injects").contentType(MediaType.APPLICATION_JSON)
					.content("{}")
					.with(csrf()));
		rule("DELETE /api/v1/exercise/floor-games/{id}/injects/{inject}", CLASSIFIERS,
				n -> delete("/api/v1/exercise/floor-games/999999/injects/1").with(csrf()));
		rule("POST /api/v1/exercise/floor-games/{id}/start", CLASSIFIERS,
				n -> post("/api/v1/exercise/floor-games/999999/start").with(csrf()));
		rule("POST /api/v1/exercise/floor-games/{id}/pause", CLASSIFIERS,
				n -> post("/api/v1/exercise/floor-games/999999/pause").with(csrf()));
		rule("POST /api/v1/exercise/floor-games/{id}/speed", CLASSIFIERS,
				n -> post("/api/v1/exercise/floor-games/999999/speed").contentType(MediaType.APPLICATION_JSON)
					.content("{\"speed\":60}")
					.with(csrf()));
		rule("POST /api/v1/exercise/floor-games/{id}/end", CLASSIFIERS,
				n -> post("/api/v1/exercise/floor-games/999999/end").with(csrf()));
		rule("POST /api/v1/exercise/floor-games/{id}/dispatches", floorGamePlayers,
				n -> post("/api/v1/exercise/floor-games/999999/dispatches").contentType(MediaType.APPLICATION_JSON)
					.content("{\"incident\":1,\"unit\":\"TIM-01\"}")
					.with(csrf()));
		rule("POST /api/v1/exercise/floor-games/{id}/notes", floorGamePlayers,
				n -> post("/api/v1/exercise/floor-games/999999/notes").contentType(MediaType.APPLICATION_JSON)
					.content("{\"text\":\"catatan\"}")
					.with(csrf()));
		rule("PUT /api/v1/exercise/floor-games/{id}/lessons", CLASSIFIERS,
				n -> put("/api/v1/exercise/floor-games/999999/lessons").contentType(MediaType.APPLICATION_JSON)
					.content("{\"text\":\"pelajaran\"}")
					.with(csrf()));
		// --- end of floor game ---
		// --- report module: anev and dashboard ---
		rule("GET /laporan/anev", REPORT_READERS, n -> get("/laporan/anev").param("tanggal", "2024-11-27"));
		rule("GET /api/v1/reports/anev", REPORT_READERS,
				n -> get("/api/v1/reports/anev").param("mode", "WEEK").param("day", "2024-11-27"));
		rule("GET /api/v1/reports/anev/export", REPORT_READERS,
				n -> get("/api/v1/reports/anev/export").param("format", "csv")
					.param("mode", "DAY")
					.param("day", "2024-11-27"));
		rule("GET /laporan/dasbor", REPORT_READERS, n -> get("/laporan/dasbor").param("tanggal", "2024-11-27"));
		rule("GET /api/v1/reports/dashboard", REPORT_READERS,
				n -> get("/api/v1/reports/dashboard").param("day", "2024-11-27"));
		// --- end of report module: anev and dashboard ---
		rule("GET /error", PUBLIC, null);
	}

	static {
		OTHER_SECTOR.put("GET /personel/{nrp}", n -> get("/personel/" + n));
		OTHER_SECTOR.put("GET /api/v1/officers/{nrp}", n -> get("/api/v1/officers/" + n));
		OTHER_SECTOR.put("POST /personel/{nrp}/status",
				n -> post("/personel/" + n + "/status").param("status", "CUTI")
					.param("from", "2024-12-01")
					.param("to", "2024-12-02")
					.with(csrf()));
		OTHER_SECTOR.put("POST /api/v1/officers/{nrp}/status",
				n -> post("/api/v1/officers/" + n + "/status").contentType(MediaType.APPLICATION_JSON)
					.content("{\"status\":\"SAKIT\",\"from\":\"2024-12-05\",\"to\":\"2024-12-06\"}")
					.with(csrf()));
		OTHER_SECTOR.put("GET /api/v1/tps/{code}", n -> get("/api/v1/tps/" + KENCONG_DESA + "-TPS-001"));
		OTHER_SECTOR.put("GET /api/v1/units/{code}", n -> get("/api/v1/units/POLSEK-KENCONG"));
		OTHER_SECTOR.put("GET /kerawanan/tps/{code}", n -> get("/kerawanan/tps/" + KENCONG_DESA + "-TPS-001"));
		OTHER_SECTOR.put("GET /api/v1/vulnerability/tps/{code}",
				n -> get("/api/v1/vulnerability/tps/" + KENCONG_DESA + "-TPS-001"));
		OTHER_SECTOR.put("PUT /api/v1/linmas/{desa}",
				n -> put("/api/v1/linmas/" + KENCONG_DESA).contentType(MediaType.APPLICATION_JSON)
					.content("{\"strength\":null}")
					.with(csrf()));
	}

	static void rule(String route, Set<Role> roles,
			Function<String, AbstractMockHttpServletRequestBuilder<?>> request) {
		RULES.put(route, new Rule(roles, request));
	}

	static MockMultipartFile badFile(String name) {
		return new MockMultipartFile("file", name, "text/csv",
				"nothing,useful\n1,2\n".getBytes(StandardCharsets.UTF_8));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteHasARule() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.add("GET");
			}
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")) {
					continue; // springdoc: public by configuration
				}
				methods.forEach(m -> routes.add(m + " " + pattern));
			}
		}
		assertThat(routes).as("routes without a rule in AccessMatrixTests").isSubsetOf(RULES.keySet());
		assertThat(RULES.keySet()).as("rules for routes that no longer exist").isSubsetOf(routes);
	}

	@Test
	void eachRoleReachesExactlyItsRoutes() throws Exception {
		String ownNrp = ownNrp();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
			Rule rule = entry.getValue();
			if (rule.request() == null) {
				continue;
			}
			for (Role role : Role.values()) {
				AbstractMockHttpServletRequestBuilder<?> request = rule.request().apply(ownNrp);
				MvcResult result = this.mvc
					.perform(request.with(user(this.users.loadUserByUsername(ACCOUNTS.get(role)))))
					.andReturn();
				int status = result.getResponse().getStatus();
				boolean allowed = rule.roles() == null || rule.roles().contains(role);
				if (allowed && (status == 401 || status == 403 || status >= 500)) {
					wrong.add("%s as %s: %d, expected access".formatted(entry.getKey(), role, status));
				}
				if (!allowed && status != 403) {
					wrong.add("%s as %s: %d, expected 403".formatted(entry.getKey(), role, status));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * English phrases that must not reach an Indonesian page (the UI speaks Bahasa
	 * Indonesia by default; these were seen in pages before).
	 */
	static final List<String> ENGLISH = List.of("by hand", "published plan", "ASSUMPTION", "Unexpected error",
			"Whitelabel", "not found", "Loading", "No data");

	/** Upper-case words pages may show as words (names of units and documents). */
	static final Set<String> ALLOWED_CAPITALS = Set.of("TPS", "POLRES", "POLSEK", "POLDA", "LAPHAR", "SPRIN", "ANEV",
			"BKO", "TNI", "DPT", "KPU", "NRP", "PDF", "XLSX", "CSV", "API", "JSON", "GEOJSON", "WIB", "WITA", "WIT",
			"AKBP", "AKP", "IPTU", "IPDA", "AIPTU", "AIPDA", "BRIPKA", "BRIGPOL", "BRIPTU", "BRIPDA", "KOMPOL",
			"BHARAKA", "BHARATU", "BHARADA", "KOMBES", "PAM", "KONSEP");

	/**
	 * Every page, rendered as every role that may see it, shows no enum code (a constant
	 * of one of Praja's enums, such as {@code MONEY_POLITICS} or {@code REPORTED}) and
	 * none of the listed English phrases in its visible text.
	 */
	@Test
	void everyPageSpeaksIndonesianWithoutCodes() throws Exception {
		Set<String> codes = enumConstants();
		String ownNrp = ownNrp();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
			Rule rule = entry.getValue();
			if (rule.request() == null || !entry.getKey().startsWith("GET ")
					|| entry.getKey().startsWith("GET /api/")) {
				continue;
			}
			for (Role role : Role.values()) {
				if (rule.roles() != null && !rule.roles().contains(role)) {
					continue;
				}
				MvcResult result = this.mvc
					.perform(rule.request().apply(ownNrp).with(user(this.users.loadUserByUsername(ACCOUNTS.get(role)))))
					.andReturn();
				String type = result.getResponse().getContentType();
				if (result.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
					continue;
				}
				String text = visibleText(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
				// words as a reader sees them: a hyphenated unit code (SI-HUMAS) is one
				// word
				for (String word : text.split("[^A-Za-z0-9_-]+")) {
					if (codes.contains(word) && !ALLOWED_CAPITALS.contains(word)) {
						wrong.add("%s as %s shows the code %s".formatted(entry.getKey(), role, word));
					}
				}
				for (String phrase : ENGLISH) {
					if (text.contains(phrase)) {
						wrong.add("%s as %s shows \"%s\"".formatted(entry.getKey(), role, phrase));
					}
				}
			}
		}
		assertThat(new java.util.TreeSet<>(wrong)).isEmpty();
	}

	/** The text a person reads: no scripts, styles, tags or hidden i18n blocks. */
	static String visibleText(String html) {
		String text = html.replaceAll("(?is)<script.*?</script>", " ")
			.replaceAll("(?is)<style.*?</style>", " ")
			.replaceAll("(?is)<(div|span|p|section)[^>]*\\shidden[^>]*>.*?</\\1>", " ")
			.replaceAll("(?s)<[^>]*>", " ");
		return org.springframework.web.util.HtmlUtils.htmlUnescape(text);
	}

	/**
	 * The constants of Praja's enums that look like codes (upper case, four letters or
	 * more).
	 */
	static Set<String> enumConstants() throws ClassNotFoundException {
		var scanner = new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(
				(reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
		Set<String> codes = new TreeSet<>();
		for (var definition : scanner.findCandidateComponents("id.praja")) {
			for (Object constant : Class.forName(definition.getBeanClassName()).getEnumConstants()) {
				String name = ((Enum<?>) constant).name();
				if (name.length() >= 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
					codes.add(name);
				}
			}
		}
		return codes;
	}

	@Test
	void withoutLoginTheApiAnswers401AndPagesSendToTheLoginPage() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
			Rule rule = entry.getValue();
			if (rule.request() == null) {
				continue;
			}
			AbstractMockHttpServletRequestBuilder<?> request = rule.request().apply("12345678");
			MvcResult result = this.mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getRedirectedUrl();
			if (rule.roles() == null) {
				if (status != 200) {
					wrong.add(entry.getKey() + " public but answered " + status);
				}
			}
			else if (entry.getKey().contains(" /api/")) {
				if (status != 401 || !result.getResponse().getContentType().startsWith("application/problem+json")) {
					wrong.add(entry.getKey() + " without login: " + status);
				}
			}
			else if (!(status == 302 && location != null && location.endsWith("/login"))) {
				wrong.add(entry.getKey() + " without login: " + status + " " + location);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void recordsOfAnotherSectorDoNotExistForPolsekAccounts() throws Exception {
		String kencong = nrp("POLSEK-KENCONG");
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Function<String, AbstractMockHttpServletRequestBuilder<?>>> entry : OTHER_SECTOR
			.entrySet()) {
			Set<Role> roles = RULES.get(entry.getKey()).roles();
			for (Role role : List.of(Role.PERENCANA, Role.KAPOLSEK, Role.LAPANGAN)) {
				int status = this.mvc.perform(
						entry.getValue().apply(kencong).with(user(this.users.loadUserByUsername(ACCOUNTS.get(role)))))
					.andReturn()
					.getResponse()
					.getStatus();
				// the Polres planner reaches the record (so it exists); a Polsek account
				// gets
				// 404 where its role may use the route, 403 where it may not
				int expected = (role == Role.PERENCANA) ? (entry.getKey().startsWith("POST /personel") ? 302 : 200)
						: roles.contains(role) ? 404 : 403;
				if (status != expected) {
					wrong.add("%s for Polsek Kencong as %s: %d, expected %d".formatted(entry.getKey(), role, status,
							expected));
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * A Kasatgas (Satgas Preventif) logs his own task force's activities, through the
	 * form and the API, and gets 403 for another task force's log; nothing is stored
	 * there.
	 */
	@Test
	void kasatgasLogsOnlyHisOwnTaskForce() throws Exception {
		var kasatgas = user(this.users.loadUserByUsername("kasatgas.preventif"));
		String activity = "{\"kind\":\"PATROLI_DIALOGIS\",\"at\":\"2024-10-02T20:00:00\",\"place\":\"Pasar Tanjung\","
				+ "\"unitCode\":\"SAT-SAMAPTA\",\"officers\":4,\"people\":30}";
		assertThat(this.mvc
			.perform(post("/api/v1/operation/task-forces/PREVENTIF/activities").contentType(MediaType.APPLICATION_JSON)
				.content(activity)
				.with(csrf())
				.with(kasatgas))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		String before = this.mvc
			.perform(get("/api/v1/operation/activities").param("taskForce", "PREEMTIF")
				.param("limit", "1000")
				.with(kasatgas))
			.andReturn()
			.getResponse()
			.getContentAsString();
		MvcResult api = this.mvc
			.perform(post("/api/v1/operation/task-forces/PREEMTIF/activities").contentType(MediaType.APPLICATION_JSON)
				.content(activity)
				.with(csrf())
				.with(kasatgas))
			.andReturn();
		assertThat(api.getResponse().getStatus()).isEqualTo(403);
		assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
		MvcResult form = this.mvc
			.perform(post("/operasi/satgas/PREEMTIF/kegiatan").param("kind", "SAMBANG")
				.param("at", "2024-09-01T09:00")
				.param("place", "Balai Desa Andongrejo")
				.param("unit", "POLSEK-TEMPUREJO")
				.with(csrf())
				.with(kasatgas))
			.andReturn();
		assertThat(form.getResponse().getStatus()).isEqualTo(403);
		String after = this.mvc
			.perform(get("/api/v1/operation/activities").param("taskForce", "PREEMTIF")
				.param("limit", "1000")
				.with(kasatgas))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).isEqualTo(before);
		// the page offers the log form for his own task force only
		String page = this.mvc.perform(get("/operasi/satgas").with(kasatgas))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/operasi/satgas/PREVENTIF/kegiatan")
			.doesNotContain("/operasi/satgas/PREEMTIF/kegiatan");
	}

	/**
	 * The Polda viewer and the Kasatgas read the plans in force: a draft is not in their
	 * list and does not exist for them (404), on the page and in the API, while the
	 * planner reads it.
	 */
	@Test
	void draftPlansDoNotExistForThePoldaViewerAndTheKasatgas() throws Exception {
		var planner = user(this.users.loadUserByUsername("kabagops"));
		String created = this.mvc.perform(post("/api/v1/deployment/plans").with(csrf()).with(planner))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = created.replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
		assertThat(this.mvc.perform(get("/api/v1/deployment/plans/" + id).with(planner))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		for (String reader : List.of("polda", "kasatgas.preventif")) {
			var as = user(this.users.loadUserByUsername(reader));
			for (String path : List.of("/api/v1/deployment/plans/" + id, "/rencana/" + id,
					"/api/v1/deployment/plans/" + id + "/sprin")) {
				assertThat(this.mvc.perform(get(path).with(as)).andReturn().getResponse().getStatus())
					.as(reader + " " + path)
					.isEqualTo(404);
			}
			String list = this.mvc.perform(get("/api/v1/deployment/plans").with(as))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(list).doesNotContain("\"DRAFT\"");
			String page = this.mvc.perform(get("/rencana").with(as))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).doesNotContain("/rencana/" + id + "\"").doesNotContain("plan-create");
		}
	}

	private String ownNrp() throws Exception {
		return nrp("POLSEK-TEMPUREJO");
	}

	private String nrp(String unit) throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/officers").param("unit", unit)
				.param("size", "1")
				.with(user(this.users.loadUserByUsername("kabagops"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.replaceFirst("(?s).*?\"nrp\":\"(\\d{8})\".*", "$1");
	}

	@BeforeAll
	static void rulesAreWellFormed() {
		assertThat(RULES).isNotEmpty();
	}

}
