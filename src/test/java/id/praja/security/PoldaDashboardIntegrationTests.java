package id.praja.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.StaffedPost;
import id.praja.personnel.PersonnelManagement;
import id.praja.report.DailyReport;
import id.praja.report.DailyReports;
import id.praja.report.LapharTable;
import id.praja.report.PoldaOverview;
import id.praja.shared.ClusterCaches;
import id.praja.shared.SystemScope;
import id.praja.support.TestDatabase;
import id.praja.vulnerability.PoliceClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The Polda's dashboard and its Laphar on an installation of two Polres: beside the
 * Jember demo, Polres Banyuwangi (one Polsek, one kecamatan, three TPS, a draft plan, an
 * incident and events of the day) is put into the database as SQL, as
 * {@link PolresScopingIntegrationTests} does. The Polda sees both Polres with their own
 * figures; the staff of one Polres are refused the Polda's pages; the Polda Laphar, read
 * back from its PDF, names each Polres and the total.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoldaDashboardIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	static final String BWI = "POLRES-BANYUWANGI";

	static final String GENTENG = "POLSEK-GENTENG";

	static final String GENTENG_KECAMATAN = "35.10.01";

	static final String GENTENG_TPS = "35.10.01.2001-TPS-001";

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
	PersonnelManagement personnel;

	@Autowired
	DeploymentPlans plans;

	@Autowired
	PoldaOverview overview;

	@Autowired
	DailyReports reports;

	@Autowired
	id.praja.bko.BkoAllocations bko;

	LocalDate today;

	long jemberPlan;

	long bwiPlan;

	@BeforeAll
	void aSecondPolres() {
		String square = "{\"type\":\"Polygon\",\"coordinates\":[[[114.1,-8.3],[114.2,-8.3],[114.2,-8.2],[114.1,-8.2],[114.1,-8.3]]]}";
		this.jdbc.update(
				"INSERT INTO territory_kabupaten (code, name, boundary_geojson) VALUES ('35.10', 'Banyuwangi', ?)",
				square);
		this.jdbc.update(
				"INSERT INTO territory_kecamatan (code, kabupaten_code, name, lat, lon, population, boundary_geojson)"
						+ " VALUES (?, '35.10', 'Genteng', -8.25, 114.15, 90000, ?)",
				GENTENG_KECAMATAN, square);
		this.jdbc.update(
				"INSERT INTO territory_desa (code, kecamatan_code, name, type, lat, lon, boundary_geojson)"
						+ " VALUES ('35.10.01.2001', ?, 'Genteng Kulon', 'desa', -8.25, 114.15, ?)",
				GENTENG_KECAMATAN, square);
		for (int n = 1; n <= 3; n++) {
			this.jdbc.update("INSERT INTO territory_tps (code, desa_code, number, address, lat, lon, voters_male,"
					+ " voters_female, generated) VALUES (?, '35.10.01.2001', ?, 'Genteng Kulon', -8.25, 114.15, 200,"
					+ " 210, false)", "35.10.01.2001-TPS-00" + n, n);
		}
		this.jdbc.update("INSERT INTO personnel_unit (code, name, kind, parent_code, kecamatan_code, base_lat,"
				+ " base_lon, sort_order) VALUES (?, 'Polres Banyuwangi', 'POLRES', 'POLDA-JATIM', ?, -8.21, 114.37,"
				+ " 5000)", BWI, GENTENG_KECAMATAN);
		this.jdbc.update(
				"INSERT INTO personnel_unit (code, name, kind, parent_code, kecamatan_code, base_lat,"
						+ " base_lon, sort_order) VALUES (?, 'Polsek Genteng', 'POLSEK', ?, ?, -8.25, 114.15, 5001)",
				GENTENG, BWI, GENTENG_KECAMATAN);
		this.jdbc.update("INSERT INTO personnel_polsek_area (kecamatan_code, unit_code) VALUES (?, ?)",
				GENTENG_KECAMATAN, GENTENG);
		this.caches.changed("personnel.polsek-areas");
		this.today = LocalDate.now(this.personnel.timeZone());

		SystemScope.run("test fixture", () -> {
			this.accounts.create(UserAccount.of("kapolres.bwi", "Kapolres Banyuwangi", Role.KAOPS, BWI, false),
					"praja2024");
			this.accounts.create(UserAccount.of("admin.bwi", "Admin Polres Banyuwangi", Role.ADMIN, BWI, false),
					"praja2024");
		});

		// Jember's plan published; Banyuwangi's a draft copy of it
		this.jemberPlan = as("kabagops", () -> this.plans.createDraft("kabagops").version().id());
		this.jdbc.update("UPDATE deployment_plan SET status = 'PUBLISHED', published_by = 'kapolres',"
				+ " published_at = now() WHERE id = ?", this.jemberPlan);
		this.bwiPlan = this.jdbc.queryForObject("""
				INSERT INTO deployment_plan (version, status, election_day, pattern, pins, plan, distance_m, missing,
				    created_by, polres_code)
				SELECT (SELECT max(version) + 1 FROM deployment_plan), 'DRAFT', election_day, pattern, pins, plan,
				    distance_m, missing, 'kabagops.bwi', ?
				FROM deployment_plan WHERE id = ? RETURNING id""", Long.class, BWI, this.jemberPlan);

		// a red incident in Banyuwangi, today
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("INSERT INTO command_incident (tps_code, kecamatan_code, incident_type, severity, status,"
				+ " title, created_at, created_by, updated_at) VALUES (?, ?, 'INTIMIDATION', 'RED', 'REPORTED',"
				+ " 'Intimidasi pemilih', ?, 'operator', ?)", GENTENG_TPS, GENTENG_KECAMATAN, now, now);
		// the events of the day: 3 crimes and a protest in Banyuwangi, 2 crimes in Jember
		event(GENTENG, "KEJAHATAN", 3);
		event(GENTENG, "UNJUK_RASA", 1);
		event("POLSEK-TEMPUREJO", "KEJAHATAN", 2);
	}

	@Test
	void thePoldaDashboardListsEveryPolresWithItsOwnFigures() throws Exception {
		List<PoldaOverview.PolresRow> rows = as("polda", () -> this.overview.polres(this.today));
		assertThat(rows).extracting(PoldaOverview.PolresRow::code).containsExactly("POLRES-JEMBER", BWI);
		PoldaOverview.PolresRow jember = rows.get(0);
		PoldaOverview.PolresRow bwi = rows.get(1);

		// TPS by class, as the vulnerability module holds them for each Polres' kecamatan
		for (PoliceClass c : PoliceClass.values()) {
			assertThat(bwi.tpsByClass().get(c)).as(c.name()).isEqualTo(classes("35.10.%", c));
			assertThat(jember.tpsByClass().get(c)).as(c.name()).isEqualTo(classes("35.09.%", c));
		}
		assertThat(jember.tps()).isGreaterThan(1000);

		// each Polres' own plan: Jember's published, Banyuwangi's a draft
		assertThat(jember.plan()).isEqualTo(PoldaOverview.PlanState.PUBLISHED);
		assertThat(bwi.plan()).isEqualTo(PoldaOverview.PlanState.DRAFT);
		int[] staffing = as("polda", () -> staffing(this.jemberPlan));
		assertThat(staffing[0]).isPositive();
		assertThat(jember.posted()).isEqualTo(staffing[0]);
		assertThat(jember.shortfall()).isEqualTo(staffing[1]);
		// Banyuwangi's draft is a copy of Jember's plan: the same figures, read from it
		assertThat(as("polda", () -> staffing(this.bwiPlan))).containsExactly(staffing);
		assertThat(bwi.posted()).isEqualTo(staffing[0]);

		// today's incidents: Banyuwangi's red one is Banyuwangi's only
		assertThat(bwi.incidents()).isEqualTo(1);
		assertThat(bwi.redIncidents()).isEqualTo(1);

		// the page shows both rows, in Indonesian
		String page = page("/polda?tanggal=" + this.today, "polda").getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Dasbor Polda", "Polres Jember", "Polres Banyuwangi", "Diterbitkan v", "Konsep v",
				"id=\"polres-POLRES-BANYUWANGI\"", "id=\"polres-total\"", "Legenda");
		assertThat(page("/polda", "karoops").getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void theStaffOfOnePolresAreRefusedThePoldaPages() {
		// by role: the Kapolres (KAOPS) is no Polda staff
		assertThat(page("/polda", "kapolres.bwi").getResponse().getStatus()).isEqualTo(403);
		assertThat(page("/polda", "kabagops").getResponse().getStatus()).isEqualTo(403);
		// by scope: an administrator of one Polres among several
		assertThat(page("/polda", "admin.bwi").getResponse().getStatus()).isEqualTo(404);
		assertThat(page("/laporan/harian?satuan=POLDA&tanggal=" + this.today, "kapolres.bwi").getResponse().getStatus())
			.isEqualTo(404);
		assertThat(page("/laporan/harian/pdf?satuan=POLDA&tanggal=" + this.today, "kabagops").getResponse().getStatus())
			.isEqualTo(404);
		assertThatThrownBy(() -> as("admin.bwi", () -> this.overview.polres(this.today)))
			.isInstanceOf(id.praja.shared.NotFound.class);
		// while their own Laphar stays theirs
		assertThat(page("/laporan/harian?tanggal=" + this.today, "kapolres.bwi").getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void thePoldaLapharRollsUpEveryPolresAndTheirTotal() throws Exception {
		DailyReport laphar = as("polda", () -> this.reports.laphar(this.today, DailyReports.POLDA));
		LapharTable polres = laphar.tables().stream().filter(t -> t.id().equals("polres")).findFirst().orElseThrow();
		List<List<String>> rows = polres.texts();
		assertThat(rows).hasSize(3);
		// Polres, public order yesterday and today, protests, accidents, incidents, red
		assertThat(rows.get(1)).containsExactly("Polres Banyuwangi", "0", "3", "1", "0", "1", "1");
		assertThat(rows.get(0).get(0)).isEqualTo("Polres Jember");
		assertThat(Integer.parseInt(rows.get(0).get(2))).isGreaterThanOrEqualTo(2);
		List<String> total = rows.get(2);
		assertThat(total.get(0)).isEqualTo("JUMLAH");
		for (int k = 1; k < total.size(); k++) {
			assertThat(Integer.parseInt(total.get(k).replace(".", ""))).as(polres.header().get(k))
				.isEqualTo(Integer.parseInt(rows.get(0).get(k).replace(".", ""))
						+ Integer.parseInt(rows.get(1).get(k).replace(".", "")));
		}
		// the Polda's roll-up of two Polres goes under the Polda's name, to the Kapolri
		assertThat(laphar.unitName()).isEqualTo("Polda Jawa Timur");
		assertThat(laphar.letter().attention()).contains("Asops");

		MvcTestResult pdf = page("/laporan/harian/pdf?satuan=POLDA&tanggal=" + this.today, "polda");
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		StringBuilder text = new StringBuilder();
		try (PdfReader reader = new PdfReader(pdf.getResponse().getContentAsByteArray())) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				text.append(extractor.getTextFromPage(p)).append('\n');
			}
		}
		assertThat(text.toString()).contains("REKAPITULASI PER POLRES", "Polres Jember", "Polres Banyuwangi", "JUMLAH",
				"REKAPITULASI POLRES JAJARAN");
	}

	@Test
	void theBkoShortfallsReadEveryPolresOwnPlanAndArePoldaOnly() throws Exception {
		List<id.praja.bko.PolresShortfall> shortfalls = as("karoops", () -> this.bko.shortfalls());
		int[] staffing = as("karoops", () -> staffing(this.jemberPlan));
		assertThat(staffing[1]).as("the demo plan leaves places empty").isPositive();
		// Banyuwangi's draft is a copy of Jember's plan, so it is short by as much; each
		// Polres is read from its own plan, not from the newest plan of the installation
		assertThat(shortfalls).extracting(id.praja.bko.PolresShortfall::polresCode)
			.containsExactlyInAnyOrder("POLRES-JEMBER", BWI);
		for (id.praja.bko.PolresShortfall s : shortfalls) {
			assertThat(s.officersMissing()).as(s.polresCode()).isEqualTo(staffing[1]);
		}
		// the staff of one Polres among several find none of the Polda's allocation
		assertThat(page("/polda/bko", "admin.bwi").getResponse().getStatus()).isEqualTo(404);
		assertThatThrownBy(() -> as("admin.bwi", () -> this.bko.shortfalls()))
			.isInstanceOf(id.praja.shared.NotFound.class);
		assertThat(page("/polda/bko", "karoops").getResponse().getStatus()).isEqualTo(200);
	}

	private long classes(String tpsLike, PoliceClass c) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM vulnerability_current_class WHERE tps_code LIKE ? AND police_class = ?",
				Long.class, tpsLike, c.name());
	}

	/** Police posted and short in a plan, read from the plan itself. */
	private int[] staffing(long plan) {
		int posted = 0;
		int short_ = 0;
		for (StaffedPost s : this.plans.get(plan).plan().staffed()) {
			posted += s.officers().size();
			short_ += Math.max(0, s.post().police() - s.officers().size());
		}
		return new int[] { posted, short_ };
	}

	private void event(String unit, String category, int count) {
		this.jdbc.update("INSERT INTO report_event (day, unit_code, category, subcategory, count, recorded_by)"
				+ " VALUES (?, ?, ?, 'uji', ?, 'operator')", this.today, unit, category, count);
	}

	private MvcTestResult page(String uri, String username) {
		return this.mvc.get().uri(uri).with(user(this.users.loadUserByUsername(username))).exchange();
	}

	private <T> T as(String username, Supplier<T> work) {
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

}
