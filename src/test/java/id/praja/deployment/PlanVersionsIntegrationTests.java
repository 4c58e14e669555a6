package id.praja.deployment;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.praja.shared.Conflict;
import id.praja.support.TestDatabase;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.TpsQuery;
import id.praja.vulnerability.PoliceClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Plan versions: pins survive a re-solve, a published version cannot change (neither
 * through Praja nor in the database), a new version starts from it, versions compare, and
 * the Sprin of a published plan opens in real PDF and XLSX readers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.security.test.context.support.WithUserDetails("kabagops")
@org.springframework.context.annotation.Import(id.praja.support.ActingUser.class)
class PlanVersionsIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	DeploymentPlans plans;

	@Autowired
	id.praja.personnel.PersonnelManagement personnel;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TerritoryManagement territory;

	@Test
	void pinsSurviveReSolvingAndAPublishedPlanIsFinal() throws Exception {
		StoredPlan draft = this.plans.createDraft("kabagops");
		long id = draft.version().id();
		assertThat(draft.version().status()).isEqualTo(PlanStatus.DRAFT);
		List<StaffedPost> mobile = draft.plan()
			.staffed()
			.stream()
			.filter(s -> !s.post().fixed() && s.post().tps().size() >= 3 && s.post().polsek().equals("POLSEK-KENCONG")
					&& !s.officers().isEmpty())
			.toList();
		assertThat(mobile).hasSizeGreaterThanOrEqualTo(3);
		// pin a whole post, an anchor alone, and an officer onto another post
		StaffedPost whole = mobile.get(0);
		StaffedPost anchorOnly = mobile.get(1);
		StaffedPost target = mobile.get(2);
		String officer = whole.officers().get(whole.officers().size() - 1).nrp();
		this.plans.pin(id, "post", whole.post().anchor(), null, true);
		this.plans.pin(id, "anchor", anchorOnly.post().anchor(), null, true);
		this.plans.pin(id, "officer", officer, target.post().anchor(), true);
		assertThatThrownBy(() -> this.plans.pin(id, "post", "35.09.99.9999-TPS-001", null, true))
			.isInstanceOf(IllegalArgumentException.class);

		// a background solve reports progress and finishes; then a synchronous one
		this.plans.solve(id, 0.2);
		for (int i = 0; i < 600 && this.plans.solveState(id).equals("RUNNING"); i++) {
			Thread.sleep(100);
		}
		assertThat(this.plans.solveState(id)).isEqualTo("DONE");
		StoredPlan solved = this.plans.solveNow(id, 0.2);
		DeploymentPlan plan = solved.plan();
		Post kept = plan.posts()
			.posts()
			.stream()
			.filter(p -> p.anchor().equals(whole.post().anchor()))
			.findFirst()
			.orElseThrow();
		assertThat(kept.tps()).containsExactlyInAnyOrderElementsOf(whole.post().tps());
		assertThat(plan.posts().posts()).extracting(Post::anchor).contains(anchorOnly.post().anchor());
		StaffedPost onTarget = plan.staffed()
			.stream()
			.filter(s -> s.post().anchor().equals(target.post().anchor()))
			.findFirst()
			.orElseThrow();
		assertThat(onTarget.officers()).extracting(PostedOfficer::nrp).contains(officer);
		assertThat(plan.unmetPins()).isEmpty();
		// still every TPS exactly once, and no officer twice
		Set<String> tps = plan.posts().posts().stream().flatMap(p -> p.tps().stream()).collect(Collectors.toSet());
		assertThat(tps).hasSize(plan.posts().tps());
		List<String> nrps = plan.staffed()
			.stream()
			.flatMap(s -> s.officers().stream())
			.map(PostedOfficer::nrp)
			.toList();
		assertThat(nrps).doesNotHaveDuplicates();

		// explanations and the summary
		PlanExplanation whyTps = this.plans.explain(id, "tps", whole.post().tps().get(1));
		assertThat(whyTps.anchor()).isEqualTo(whole.post().anchor());
		assertThat(whyTps.pinned()).isTrue();
		assertThat(whyTps.reasons()).isNotEmpty();
		PlanExplanation whyOfficer = this.plans.explain(id, "officer", officer);
		assertThat(whyOfficer.pinned()).isTrue();
		assertThat(whyOfficer.anchor()).isEqualTo(target.post().anchor());
		PlanSummary summary = this.plans.summary(id);
		assertThat(summary.policeAssigned() + summary.missing()).isEqualTo(summary.policeNeeded());
		assertThat(summary.belowPattern().stream().mapToInt(PlanSummary.Shortfall::missing).sum())
			.isEqualTo(summary.missing());
		assertThat(summary.longestTpsTravels()).hasSize(10);
		assertThat(summary.longestTpsTravels().get(0).metres())
			.isGreaterThanOrEqualTo(summary.longestTpsTravels().get(9).metres());

		// the planner may not publish; the Kapolres may; then nothing changes any more
		assertThat(this.mvc.post()
			.uri("/api/v1/deployment/plans/" + id + "/publish")
			.with(httpBasic("kabagops", "praja2024"))).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/api/v1/deployment/plans/" + id + "/publish")
			.with(httpBasic("kapolres", "praja2024"))).hasStatusOk();
		assertThat(this.plans.get(id).version().published()).isTrue();
		assertThat(this.plans.published()).map(p -> p.version().id()).contains(id);
		assertThat(this.mvc.post()
			.uri("/api/v1/deployment/plans/" + id + "/pins")
			.contentType("application/json")
			.content("{\"kind\":\"anchor\",\"key\":\"" + whole.post().tps().get(1) + "\",\"on\":true}")
			.with(httpBasic("kabagops", "praja2024"))).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("published");
		assertThat(this.mvc.post()
			.uri("/api/v1/deployment/plans/" + id + "/solve")
			.with(httpBasic("kabagops", "praja2024"))).hasStatus(409);
		assertThatThrownBy(() -> this.plans.solveNow(id, 0)).isInstanceOf(Conflict.class);
		assertThatThrownBy(
				() -> this.jdbc.sql("UPDATE deployment_plan SET missing = 0 WHERE id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("is published");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM deployment_plan WHERE id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("is published");

		// a new version starts from the published one, with its pins; they compare equal
		StoredPlan next = this.plans.revise(id, "kabagops");
		assertThat(next.version().status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(next.version().basedOn()).isEqualTo(solved.version().version());
		assertThat(next.pins()).isEqualTo(solved.pins());
		PlanComparison same = this.plans.compare(id, next.version().id());
		assertThat(same.tpsMoved()).isZero();
		assertThat(same.officersMoved()).isZero();
		// unpinning the officer on the new draft leaves the published plan as it was
		this.plans.pin(next.version().id(), "officer", officer, null, false);
		StoredPlan moved = this.plans.solveNow(next.version().id(), 0);
		assertThat(moved.pins().officers()).doesNotContainKey(officer);
		PlanComparison diff = this.plans.compare(id, moved.version().id());
		assertThat(diff.officersMoved()).isEqualTo(diff.officerMoves().size());
		// a re-solve keeps officers where they were unless something better offers
		assertThat(diff.officersMoved()).isLessThan(50);
		assertThat(diff.tpsMoved()).isEqualTo(diff.tpsMoves().size());
		assertThat(this.plans.get(id).plan()).isEqualTo(solved.plan());
	}

	@Test
	void aDraftTakesAnotherPatternFromThePageAtTheNextSolve() {
		StoredPlan draft = this.plans.createDraft("kabagops");
		long id = draft.version().id();
		int before = draft.plan().staffed().size();
		org.springframework.test.web.servlet.assertj.MvcTestResult saved = this.mvc.post()
			.uri("/rencana/" + id + "/pola")
			.param("police-KURANG_RAWAN", "3")
			.param("tps-KURANG_RAWAN", "5")
			.param("police-RAWAN", "2")
			.param("tps-RAWAN", "2")
			.param("police-SANGAT_RAWAN", "3")
			.param("tps-SANGAT_RAWAN", "1")
			.param("fixed-SANGAT_RAWAN", "on")
			.param("police-KHUSUS", "3")
			.param("tps-KHUSUS", "1")
			.param("fixed-KHUSUS", "on")
			.param("minutes-KURANG_RAWAN", "60")
			.param("minutes-RAWAN", "30")
			.param("minutes-SANGAT_RAWAN", "15")
			.param("minutes-KHUSUS", "15")
			.param("linmas", "2")
			.param("reserve", "12")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("kabagops")
				.roles("PERENCANA"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertThat(saved).hasStatus(302).flash().containsKey("patternSaved");
		// the plan page renders the draft with its pattern editor and summary
		assertThat(this.mvc.get()
			.uri("/rencana/" + id)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("kabagops")
				.roles("PERENCANA")))
			.hasStatusOk()
			.bodyText()
			.contains("name=\"tps-KURANG_RAWAN\"")
			.contains("value=\"5\"")
			.contains("plan-reserve");
		assertThat(this.mvc.get()
			.uri("/rencana")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("kabagops")
				.roles("PERENCANA")))
			.hasStatusOk()
			.bodyText()
			.contains("/rencana/" + id);
		StoredPlan changed = this.plans.get(id);
		assertThat(changed.pattern().groups().get(PoliceClass.KURANG_RAWAN).tps()).isEqualTo(5);
		assertThat(changed.pattern().reserveShare()).isEqualTo(0.12);
		// the plan follows at the next solve: smaller mobile groups make more posts
		StoredPlan solved = this.plans.solveNow(id, 0);
		assertThat(solved.plan().staffed().size()).isGreaterThan(before);
		// more police than the Polres has: the plan still comes, with the shortfall per
		// post and the BKO to ask for
		PlanSummary summary = this.plans.summary(id);
		assertThat(summary.missing()).isPositive();
		assertThat(summary.belowPattern().stream().mapToInt(PlanSummary.Shortfall::missing).sum())
			.isEqualTo(summary.missing());
		assertThat(summary.suggestedBko()).isGreaterThanOrEqualTo(summary.missing());
		assertThat(summary.policeAssigned() + summary.missing()).isEqualTo(summary.policeNeeded());
		// a fixed group of more than one TPS is refused with the reason, nothing changes
		assertThat(this.mvc.post()
			.uri("/rencana/" + id + "/pola")
			.param("police-KURANG_RAWAN", "2")
			.param("tps-KURANG_RAWAN", "10")
			.param("fixed-KURANG_RAWAN", "on")
			.param("police-RAWAN", "2")
			.param("tps-RAWAN", "2")
			.param("police-SANGAT_RAWAN", "2")
			.param("tps-SANGAT_RAWAN", "1")
			.param("police-KHUSUS", "2")
			.param("tps-KHUSUS", "1")
			.param("minutes-KURANG_RAWAN", "60")
			.param("minutes-RAWAN", "30")
			.param("minutes-SANGAT_RAWAN", "15")
			.param("minutes-KHUSUS", "15")
			.param("linmas", "2")
			.param("reserve", "10")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("kabagops")
				.roles("PERENCANA"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.flash()
			.containsKey("patternError");
		assertThat(this.plans.get(id).pattern()).isEqualTo(changed.pattern());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSprinOfAPublishedPlanOpensAsPdfAndAsWorkbook() throws Exception {
		StoredPlan draft = this.plans.createDraft("kabagops");
		long id = draft.version().id();
		byte[] konsep = sprin(id, "pdf");
		try (PdfReader reader = new PdfReader(konsep)) {
			assertThat(new PdfTextExtractor(reader).getTextFromPage(1)).contains("KONSEP");
		}
		this.plans.publish(id, "kapolres");
		byte[] pdf = sprin(id, "pdf");
		try (PdfReader reader = new PdfReader(pdf)) {
			assertThat(reader.getNumberOfPages()).isPositive();
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("LAMPIRAN SURAT PERINTAH")
				.contains("POLSEK TEMPUREJO")
				.contains("Kec. Tempurejo")
				.contains("diterbitkan")
				.contains("kapolres")
				.doesNotContain("KONSEP");
			// signed by the Kapolres of the roster, at the Polres' seat, on the day of
			// publication
			id.praja.personnel.Officer kapolres = this.personnel.official("Kapolres").orElseThrow();
			String last = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages());
			assertThat(last).contains("KEPALA KEPOLISIAN RESOR JEMBER")
				.contains(kapolres.name().toUpperCase(java.util.Locale.ROOT))
				.contains("NRP " + kapolres.nrp())
				.contains("Jember, ")
				.doesNotContain("NRP ....");
		}
		byte[] xlsx = sprin(id, "xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet places = workbook.getSheet("TPS per pos");
			long tempurejo = this.territory.findTps(new TpsQuery("35.09.18", null, null, 0, 1)).totalElements();
			assertThat(places.getLastRowNum()).isEqualTo((int) tempurejo);
			Sheet people = workbook.getSheet("Personel per pos");
			assertThat(people.getLastRowNum()).isPositive();
			assertThat(people.getRow(1).getCell(7).getStringCellValue()).isEqualTo("Ketua");
			assertThat(people.getRow(1).getCell(4).getStringCellValue()).matches("[0-9]{8}");
		}
		// the map of the plan: a point per post, a line per other TPS, the reserve bases
		Map<String, Object> map = this.plans.mapGeoJson(id);
		List<Map<String, Object>> features = (List<Map<String, Object>>) map.get("features");
		StoredPlan published = this.plans.get(id);
		int lines = published.plan().staffed().stream().mapToInt(s -> s.post().tps().size() - 1).sum();
		assertThat(features)
			.hasSize(published.plan().staffed().size() + lines + published.plan().reserves().bases().size());
		assertThat(
				this.mvc.get().uri("/api/v1/deployment/plans/" + id + "/map").with(httpBasic("kabagops", "praja2024")))
			.hasStatusOk()
			.hasContentType("application/geo+json")
			.bodyJson()
			.extractingPath("$.type")
			.isEqualTo("FeatureCollection");
		Map<String, Object> audit = this.jdbc
			.sql("SELECT count(*) AS n FROM audit_entry WHERE action = 'plan.published' AND subject_id = ?")
			.param("v" + draft.version().version())
			.query()
			.singleRow();
		assertThat(((Number) audit.get("n")).intValue()).isEqualTo(1);
	}

	private byte[] sprin(long id, String format) throws Exception {
		return this.mvc.get()
			.uri("/api/v1/deployment/plans/" + id + "/sprin?format=" + format + "&polsek=POLSEK-TEMPUREJO")
			.with(httpBasic("kabagops", "praja2024"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
	}

}
