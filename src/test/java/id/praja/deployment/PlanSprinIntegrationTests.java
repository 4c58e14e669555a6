package id.praja.deployment;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import id.praja.operation.OperationManagement;
import id.praja.operation.SprinOrder;
import id.praja.personnel.Officer;
import id.praja.personnel.PersonnelManagement;
import id.praja.personnel.Rank;
import id.praja.support.TestDatabase;
import id.praja.territory.TerritoryManagement;
import id.praja.territory.Tps;
import id.praja.vulnerability.PoliceClass;
import id.praja.vulnerability.VulnerabilityManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The Sprin of the TPS security made from a published plan, and the plan's attachment
 * tied to it, read back with real PDF and XLSX readers: heading, number, date, signatory,
 * page numbers and a recap that agrees with the plan. And the rule that keeps staff
 * functions off TPS posts. On a database of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.security.test.context.support.WithUserDetails("kabagops")
@org.springframework.context.annotation.Import(id.praja.support.ActingUser.class)
class PlanSprinIntegrationTests {

	static final String TEMPUREJO = "POLSEK-TEMPUREJO";

	/** The staff functions that do not guard TPS. */
	static final Set<String> STAFF = Set.of("BAG-OPS", "SI-PROPAM", "SI-DOKKES", "SI-KEU", "SAT-TAHTI", "SAT-INTELKAM");

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	DeploymentPlans plans;

	@Autowired
	DeploymentManagement planner;

	@Autowired
	PersonnelManagement personnel;

	@Autowired
	OperationManagement operation;

	@Autowired
	VulnerabilityManagement vulnerability;

	@Autowired
	TerritoryManagement territory;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theAttachmentIsHeadedWithItsSprinPagedSignedAndRecapsThePlan() throws Exception {
		StoredPlan draft = this.plans.createDraft("kabagops");
		long id = draft.version().id();
		this.plans.publish(id, "kapolres");
		// no Sprin yet: the heading says so honestly
		assertThat(pages(pdf(id))).first()
			.asString()
			.contains("LAMPIRAN SURAT PERINTAH KAPOLRES JEMBER")
			.contains("NOMOR: (belum diterbitkan)");

		// one action on the published plan makes the draft Sprin of its posted officers
		assertThat(this.mvc.post().uri("/rencana/" + id + "/sprin").with(planner()).with(csrf())).hasStatus(302)
			.redirectedUrl()
			.startsWith("/operasi/sprin/");
		SprinOrder sprinDraft = this.plans.sprinOf(id).orElseThrow();
		StoredPlan published = this.plans.get(id);
		Set<String> posted = published.plan()
			.staffed()
			.stream()
			.flatMap(s -> s.officers().stream())
			.map(PostedOfficer::nrp)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		assertThat(sprinDraft.draft()).isTrue();
		assertThat(sprinDraft.number()).isNull();
		assertThat(sprinDraft.planVersion()).isEqualTo(id);
		assertThat(sprinDraft.personnel()).extracting(m -> m.nrp()).containsExactlyElementsOf(posted);
		assertThat(this.plans.makeSprin(id).id()).as("one Sprin per version").isEqualTo(sprinDraft.id());
		assertThat(pages(pdf(id))).first().asString().contains("NOMOR: (belum diterbitkan — konsep)");

		SprinOrder sprin = this.operation.issueDraft(sprinDraft.id(), LocalDate.of(2024, 11, 25));
		assertThat(sprin.number()).matches("Sprin/\\d+/XI/OPS\\.1\\.3\\./2024");
		List<String> pages = pages(pdf(id));
		assertThat(pages.get(0)).contains("LAMPIRAN SURAT PERINTAH KAPOLRES JEMBER")
			.contains("NOMOR: " + sprin.number())
			.contains("TANGGAL: 25 NOVEMBER 2024")
			.contains("REKAPITULASI PER POLSEK");
		for (int i = 0; i < pages.size(); i++) {
			assertThat(pages.get(i)).contains("Halaman " + (i + 1) + " dari " + pages.size());
		}
		Officer kapolres = this.personnel.official("Kapolres").orElseThrow();
		assertThat(pages.get(pages.size() - 1)).contains("Jember, 25 November 2024")
			.contains("KEPALA KEPOLISIAN RESOR JEMBER")
			.contains(kapolres.name().toUpperCase(Locale.ROOT))
			.contains(kapolres.rank().abbreviation().toUpperCase(Locale.ROOT) + " NRP " + kapolres.nrp());

		// the recap agrees with the plan's own numbers
		Expected expected = expected(published, TEMPUREJO);
		String all = String.join("\n", pages);
		// (the reader runs the cells of a table row together, so compare without spaces)
		String figures = "" + expected.classes.get(PoliceClass.KURANG_RAWAN) + expected.classes.get(PoliceClass.RAWAN)
				+ expected.classes.get(PoliceClass.SANGAT_RAWAN) + expected.classes.get(PoliceClass.KHUSUS)
				+ expected.tps + expected.posts + expected.posted + "/" + expected.needed + expected.linmas;
		assertThat(all.replaceAll("\\s+", "")).contains("1PolsekTempurejoTempurejo" + figures)
			.contains("JUMLAH" + figures);
		// TPS grouped by kecamatan and desa with their class; names, not codes
		assertThat(all).contains("POLSEK TEMPUREJO")
			.contains("Kec. Tempurejo")
			.contains(expected.aDesa)
			.contains("TPS 001")
			.contains("Kurang rawan")
			.doesNotContain("POLSEK-TEMPUREJO")
			.doesNotContain("35.09.18.")
			.doesNotContain("KURANG_RAWAN");

		// the workbook: the same heading and recap, Indonesian column headers
		byte[] xlsx = sprin(id, "xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet recap = workbook.getSheet("Rekap");
			assertThat(recap.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("LAMPIRAN SURAT PERINTAH KAPOLRES JEMBER");
			assertThat(recap.getRow(1).getCell(0).getStringCellValue()).isEqualTo("NOMOR: " + sprin.number());
			assertThat(recap.getRow(2).getCell(0).getStringCellValue()).isEqualTo("TANGGAL: 25 NOVEMBER 2024");
			Row total = null;
			for (Row row : recap) {
				if (row.getCell(1) != null && "JUMLAH".equals(row.getCell(1).getStringCellValue())) {
					total = row;
				}
			}
			assertThat(total).isNotNull();
			assertThat((int) total.getCell(3).getNumericCellValue())
				.isEqualTo(expected.classes.get(PoliceClass.KURANG_RAWAN));
			assertThat((int) total.getCell(7).getNumericCellValue()).isEqualTo(expected.tps);
			assertThat((int) total.getCell(8).getNumericCellValue()).isEqualTo(expected.posts);
			assertThat((int) total.getCell(9).getNumericCellValue()).isEqualTo(expected.posted);
			assertThat((int) total.getCell(10).getNumericCellValue()).isEqualTo(expected.needed);
			assertThat((int) total.getCell(11).getNumericCellValue()).isEqualTo(expected.linmas);
			List<String> headers = new ArrayList<>();
			for (Cell c : workbook.getSheet("TPS per pos").getRow(0)) {
				headers.add(c.getStringCellValue());
			}
			for (Cell c : workbook.getSheet("Personel per pos").getRow(0)) {
				headers.add(c.getStringCellValue());
			}
			assertThat(headers).contains("Kecamatan", "Desa/Kelurahan", "Kelas kerawanan", "Nama", "Pangkat", "Satuan")
				.noneMatch(h -> h.contains("_"))
				.noneMatch(h -> h.equals(h.toLowerCase(Locale.ROOT)) && !h.equals("NRP"));
			Sheet places = workbook.getSheet("TPS per pos");
			assertThat(places.getLastRowNum()).isEqualTo(expected.tps);
			assertThat(places.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Polsek Tempurejo");
			Sheet people = workbook.getSheet("Personel per pos");
			assertThat(people.getLastRowNum()).isEqualTo(expected.posted);
			assertThat(people.getRow(1).getCell(8).getStringCellValue()).doesNotContain("-");
		}
	}

	@Test
	void staffFunctionsNeverGuardATpsAndChangingTheRuleChangesThePlan() throws Exception {
		List<TpsDuty> rule = this.planner.tpsDuty();
		assertThat(rule).filteredOn(d -> STAFF.contains(d.unitCode()))
			.hasSize(STAFF.size())
			.noneMatch(TpsDuty::allowed);
		assertThat(rule).filteredOn(d -> d.unitCode().equals("SAT-LANTAS")).singleElement().matches(TpsDuty::allowed);
		LocalDate day = this.operation.votingDay().orElseThrow();
		DeploymentPlan plan = this.planner.planDeployment(StaffingPattern.national2020(), 0, 2, day, Rank.BRIPDA);
		assertThat(unitsOnPosts(plan)).doesNotContainAnyElementsOf(STAFF);
		assertThat(plan.missing()).as("the demo Polres is short of police, so every allowed officer is posted")
			.isPositive();

		List<String> allowed = new ArrayList<>(rule.stream().filter(TpsDuty::allowed).map(TpsDuty::unitCode).toList());
		allowed.add("BAG-OPS");
		try {
			// the Kabag Ops ticks Bag Ops on the versions page
			var request = this.mvc.post().uri("/rencana/fungsi-tps").with(planner()).with(csrf());
			for (String code : allowed) {
				request = request.param("allowed", code);
			}
			assertThat(request).hasStatus(302);
			assertThat(this.planner.tpsDuty()).filteredOn(d -> d.unitCode().equals("BAG-OPS"))
				.singleElement()
				.matches(TpsDuty::allowed);
			DeploymentPlan changed = this.planner.planDeployment(StaffingPattern.national2020(), 0, 2, day,
					Rank.BRIPDA);
			assertThat(unitsOnPosts(changed)).contains("BAG-OPS").doesNotContain("SI-PROPAM", "SAT-TAHTI");
			// the page shows the rule
			assertThat(this.mvc.get().uri("/rencana").with(planner())).hasStatusOk()
				.bodyText()
				.contains("Fungsi yang boleh ditugaskan di TPS")
				.contains("Si Propam Polres Jember");
		}
		finally {
			this.planner
				.changeTpsDuty(Set.copyOf(rule.stream().filter(TpsDuty::allowed).map(TpsDuty::unitCode).toList()));
		}
		assertThat(this.planner.tpsDuty()).isEqualTo(rule);
	}

	private static Set<String> unitsOnPosts(DeploymentPlan plan) {
		return plan.staffed()
			.stream()
			.flatMap(s -> s.officers().stream())
			.map(PostedOfficer::unitCode)
			.collect(Collectors.toSet());
	}

	record Expected(Map<PoliceClass, Integer> classes, int tps, int posts, int needed, int posted, int linmas,
			String aDesa) {
	}

	private Expected expected(StoredPlan plan, String polsek) {
		Map<String, PoliceClass> classes = this.vulnerability.classes();
		Map<String, Tps> tps = new HashMap<>();
		this.territory.forEachTps(null, t -> tps.put(t.code(), t));
		Map<String, Integer> linmas = new HashMap<>();
		this.personnel.linmas().forEach(l -> linmas.put(l.desaCode(), l.strength()));
		Map<PoliceClass, Integer> byClass = new EnumMap<>(PoliceClass.class);
		for (PoliceClass c : PoliceClass.values()) {
			byClass.put(c, 0);
		}
		Set<String> desa = new LinkedHashSet<>();
		int count = 0;
		int posts = 0;
		int needed = 0;
		int posted = 0;
		String aDesa = null;
		for (StaffedPost s : plan.plan().staffed()) {
			if (!s.post().polsek().equals(polsek)) {
				continue;
			}
			posts++;
			needed += s.post().police();
			posted += s.officers().size();
			for (String code : s.post().tps()) {
				count++;
				byClass.merge(classes.getOrDefault(code, PoliceClass.KURANG_RAWAN), 1, Integer::sum);
				desa.add(tps.get(code).desaCode());
				aDesa = tps.get(code).desaName();
			}
		}
		int strength = desa.stream().mapToInt(d -> linmas.getOrDefault(d, 0)).sum();
		return new Expected(byClass, count, posts, needed, posted, strength, aDesa);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor planner() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user("kabagops")
			.roles("PERENCANA");
	}

	private byte[] pdf(long id) throws Exception {
		return sprin(id, "pdf");
	}

	private byte[] sprin(long id, String format) throws Exception {
		return this.mvc.get()
			.uri("/api/v1/deployment/plans/" + id + "/sprin?format=" + format + "&polsek=" + TEMPUREJO)
			.with(httpBasic("kabagops", "praja2024"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
	}

	private static List<String> pages(byte[] pdf) throws Exception {
		List<String> pages = new ArrayList<>();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor text = new PdfTextExtractor(reader);
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				pages.add(text.getTextFromPage(page));
			}
		}
		return pages;
	}

}
