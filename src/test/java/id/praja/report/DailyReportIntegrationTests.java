package id.praja.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Laphar against hand-counted fixtures on a database of its own: two days of events
 * in two Polsek, the previous-day change (count and %, "–" against an empty day), an
 * empty day, the Polsek and Polres views, the records behind a number, and the PDF and
 * XLSX read back by OpenPDF and POI.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.springframework.security.test.context.support.WithUserDetails("kabagops")
@org.springframework.context.annotation.Import({ id.praja.support.ActingUser.class,
		DailyReportIntegrationTests.RedIncidents.class })
class DailyReportIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	static final LocalDate MON = LocalDate.of(2024, 10, 7);

	static final LocalDate TUE = MON.plusDays(1);

	static final String TEMPUREJO = "POLSEK-TEMPUREJO";

	static final String KENCONG = "POLSEK-KENCONG";

	@Autowired
	DailyReports reports;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	org.springframework.test.web.servlet.request.RequestPostProcessor as(String account) {
		return user(this.users.loadUserByUsername(account));
	}

	@BeforeAll
	void fixtures() {
		// recorded before any test's user is set: in the explicit system scope
		id.praja.shared.SystemScope.run("test fixtures", this::recordFixtures);
	}

	private void recordFixtures() {
		// Monday: Tempurejo 2 kejahatan (one record of 2), Kencong 1 kejahatan, 1
		// gangguan;
		// one accident in Kencong (1 MD, 0 LB, 2 LR, Rp 1.500.000)
		record(MON, TEMPUREJO, EventCategory.KEJAHATAN, "curanmor", 2, 0, 0, 0, 0, false);
		record(MON, KENCONG, EventCategory.KEJAHATAN, "pencurian", 1, 0, 0, 0, 0, false);
		record(MON, KENCONG, EventCategory.GANGGUAN, "perkelahian pendukung", 1, 0, 0, 0, 0, false);
		record(MON, KENCONG, EventCategory.LAKA_LANTAS, "tabrakan", 1, 1, 0, 2, 1_500_000, false);
		// Tuesday: Tempurejo 3 kejahatan, 1 pelanggaran, 1 bencana (notable), 1 protest;
		// Kencong 2 accidents (0 MD, 1 LB, 1 LR, Rp 2.000.000 + Rp 500.000)
		record(TUE, TEMPUREJO, EventCategory.KEJAHATAN, "curat", 3, 0, 0, 0, 0, false);
		record(TUE, TEMPUREJO, EventCategory.PELANGGARAN, "APK dirusak", 1, 0, 0, 0, 0, false);
		record(TUE, TEMPUREJO, EventCategory.BENCANA, "banjir", 1, 0, 0, 0, 0, true);
		record(TUE, TEMPUREJO, EventCategory.UNJUK_RASA, "unjuk rasa di kantor Bawaslu", 1, 0, 0, 0, 0, false);
		record(TUE, KENCONG, EventCategory.LAKA_LANTAS, "tabrakan", 1, 0, 1, 0, 2_000_000, false);
		record(TUE, KENCONG, EventCategory.LAKA_LANTAS, "terjatuh", 1, 0, 0, 1, 500_000, false);
	}

	void record(LocalDate day, String unit, EventCategory c, String sub, int count, int md, int lb, int lr, long loss,
			boolean notable) {
		this.reports.record(new NewReportEvent(day, unit, c, sub, count, md, lb, lr, loss, notable, null), "test");
	}

	@Test
	void thePolresRollUpMatchesTheHandCount() {
		DailyReport r = this.reports.laphar(TUE, null);
		assertThat(r.unitCode()).isEqualTo("POLRES");
		assertThat(r.kamtibmas())
			.extracting(DailyReport.Line::code, DailyReport.Line::today, DailyReport.Line::previous,
					DailyReport.Line::change, DailyReport.Line::percent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("KEJAHATAN", 3, 3, "0", "0%"),
					org.assertj.core.groups.Tuple.tuple("PELANGGARAN", 1, 0, "+1", "–"),
					org.assertj.core.groups.Tuple.tuple("GANGGUAN", 0, 1, "-1", "-100%"),
					org.assertj.core.groups.Tuple.tuple("BENCANA", 1, 0, "+1", "–"));
		assertThat(r.kamtibmasTotal()).isEqualTo(new DailyReport.Line("TOTAL", 5, 4, "+1", "+25%"));
		assertThat(r.traffic()).isEqualTo(new DailyReport.Traffic(2, 0, 1, 1, 2_500_000));
		assertThat(r.trafficPrevious()).isEqualTo(new DailyReport.Traffic(1, 1, 0, 2, 1_500_000));
		assertThat(r.accidents().percent()).isEqualTo("+100%");
		assertThat(r.protests().today()).isEqualTo(1);
		assertThat(r.protests().percent()).isEqualTo("–");
		// a notable flood: the status line is computed, not "aman dan kondusif"
		assertThat(r.statusLine()).doesNotContain("aman dan kondusif")
			.contains("1 kejadian menonjol")
			.contains("banjir");
		assertThat(r.header()).contains("RESOR JEMBER");
		assertThat(r.tps()).isNull();
		assertThat(r.activities()).extracting(DailyReport.TaskForceActivity::code).contains("PREEMTIF", "GAKKUM");

		DailyReport polda = this.reports.laphar(TUE, "POLDA");
		assertThat(polda.kamtibmasTotal()).isEqualTo(r.kamtibmasTotal());
		assertThat(polda.header()).contains("DAERAH JAWA TIMUR", "REKAPITULASI POLRES JEMBER")
			.doesNotContain("RESOR JEMBER");
	}

	@Test
	void aPolsekSeesOnlyItsOwnRecordsAndAnEmptyDayIsCalm() {
		DailyReport kencong = this.reports.laphar(MON, KENCONG);
		assertThat(kencong.kamtibmas()).extracting(DailyReport.Line::today).containsExactly(1, 0, 1, 0);
		assertThat(kencong.kamtibmasTotal().previous()).isZero();
		assertThat(kencong.kamtibmasTotal().percent()).isEqualTo("–");
		assertThat(kencong.header()).contains("SEKTOR KENCONG");

		DailyReport tempurejo = this.reports.laphar(TUE, TEMPUREJO);
		assertThat(tempurejo.kamtibmasTotal()).isEqualTo(new DailyReport.Line("TOTAL", 5, 2, "+3", "+150%"));
		assertThat(tempurejo.traffic().accidents()).isZero();

		// Wednesday: nothing recorded, against a busy Tuesday
		DailyReport empty = this.reports.laphar(TUE.plusDays(1), null);
		assertThat(empty.kamtibmasTotal()).isEqualTo(new DailyReport.Line("TOTAL", 0, 5, "-5", "-100%"));
		assertThat(empty.statusLine()).endsWith("aman dan kondusif.").contains("9 Oktober 2024");
		assertThat(this.reports.laphar(MON.minusDays(20), null).kamtibmas())
			.allSatisfy(l -> assertThat(l.percent()).isEqualTo("–"));

		// voting day carries the TPS section (no command center yet: all unreported)
		DailyReport voting = this.reports.laphar(LocalDate.of(2024, 11, 27), TEMPUREJO);
		assertThat(voting.tps()).isNotNull();
		assertThat(voting.tps().total()).isPositive().isEqualTo(voting.tps().unreported());
	}

	@Test
	void badEventsAreRefusedAndChangeNothing() {
		int before = this.reports.events(MON, TUE, null, null).size();
		assertThatThrownBy(() -> record(MON, "NO-SUCH-UNIT", EventCategory.KEJAHATAN, "x", 1, 0, 0, 0, 0, false))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("report.event.refused.unit");
		assertThatThrownBy(() -> record(MON, KENCONG, EventCategory.LAKA_LANTAS, "x", 1, -1, 0, 0, 0, false))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> record(LocalDate.of(2025, 6, 1), KENCONG, EventCategory.KEJAHATAN, "x", 1, 0, 0, 0, 0, false))
			.hasMessage("report.event.refused.day");
		assertThat(this.reports.events(MON, TUE, null, null)).hasSize(before);
	}

	@Test
	void aRefusedEventIsExplainedInIndonesianOnTheFormAndInEnglishOnTheApi() throws Exception {
		int before = this.reports.events(MON, TUE, null, null).size();
		MvcResult refused = this.mvc
			.perform(post("/laporan/kejadian").with(as("kabagops"))
				.with(csrf())
				.param("day", MON.toString())
				.param("unit", "NO-SUCH-UNIT")
				.param("category", "KEJAHATAN")
				.param("subcategory", "curanmor")
				.param("count", "1"))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/laporan/kejadian");
		Object problem = refused.getFlashMap().get("problem");
		assertThat(problem).isEqualTo("Kejadian tidak disimpan: pilih satuan (Polsek atau fungsi) dari daftar; "
				+ "satuan itu tidak dikenal atau di luar wilayah Anda.");
		String page = this.mvc
			.perform(get("/laporan/kejadian").param("tanggal", MON.toString())
				.with(as("kabagops"))
				.flashAttrs(refused.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kejadian tidak disimpan: pilih satuan").doesNotContain("report.event.refused");

		MvcResult negative = this.mvc
			.perform(post("/laporan/kejadian").with(as("kabagops"))
				.with(csrf())
				.param("day", MON.toString())
				.param("unit", KENCONG)
				.param("category", "LAKA_LANTAS")
				.param("subcategory", "tabrakan")
				.param("dead", "-1"))
			.andReturn();
		assertThat(negative.getFlashMap().get("problem"))
			.isEqualTo("Kejadian tidak disimpan: jumlah korban (MD, LB, LR) tidak boleh negatif.");

		var api = this.mvc
			.perform(post("/api/v1/reports/events").with(as("kabagops"))
				.with(csrf())
				.contentType("application/json")
				.content("{\"day\":\"2025-06-01\",\"unitCode\":\"" + KENCONG
						+ "\",\"category\":\"KEJAHATAN\",\"subcategory\":\"x\",\"count\":1}"))
			.andReturn()
			.getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("Event not saved: the day lies outside the operation's period.")
			.doesNotContain("report.event.refused");
		assertThat(this.reports.events(MON, TUE, null, null)).hasSize(before);
	}

	@Test
	void everyNumberLinksToItsRecordsAndTheKapolsekSeesOnlyHisPolsek() throws Exception {
		String page = this.mvc.perform(get("/laporan/harian").param("tanggal", TUE.toString()).with(as("kabagops")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/laporan/harian/rincian?tanggal=2024-10-08&amp;satuan=POLRES&amp;kategori=KEJAHATAN")
			.contains("/laporan/harian/pdf?tanggal=2024-10-08&amp;satuan=POLRES");
		String details = this.mvc
			.perform(get("/laporan/harian/rincian").param("tanggal", TUE.toString())
				.param("kategori", "KEJAHATAN")
				.with(as("kabagops")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(details).contains("curat").doesNotContain("curanmor").doesNotContain("APK dirusak");
		// the Kapolsek of Tempurejo: his own Polsek by default, Kencong does not exist
		String own = this.mvc
			.perform(get("/laporan/harian").param("tanggal", MON.toString()).with(as("kapolsek.tempurejo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("SEKTOR TEMPUREJO");
		assertThat(this.mvc
			.perform(get("/laporan/harian").param("tanggal", MON.toString())
				.param("satuan", KENCONG)
				.with(as("kapolsek.tempurejo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void thePdfAndTheWorkbookCarryTheSameNumbers() throws Exception {
		MvcResult pdf = this.mvc
			.perform(get("/laporan/harian/pdf").param("tanggal", TUE.toString()).with(as("kapolres")))
			.andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		PdfReader reader = new PdfReader(pdf.getResponse().getContentAsByteArray());
		StringBuilder text = new StringBuilder();
		for (int p = 1; p <= reader.getNumberOfPages(); p++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
		}
		reader.close();
		String t = text.toString();
		assertThat(t).contains("LAPORAN HARIAN (LAPHAR) OPERASI MANTAP PRAJA SEMERU 2024")
			.contains("8 Oktober 2024")
			.contains("Kejahatan")
			.contains("+25%")
			.contains("Meninggal dunia (MD)")
			.contains("2.500.000")
			.contains("kejadian menonjol");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.reports.writeXlsx(this.reports.laphar(TUE, null), out);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = book.getSheet("Laphar");
			Row kejahatan = find(sheet, "Kejahatan");
			assertThat(kejahatan.getCell(1).getNumericCellValue()).isEqualTo(3);
			assertThat(kejahatan.getCell(2).getNumericCellValue()).isEqualTo(3);
			Row total = find(sheet, "Jumlah");
			assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(4);
			assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(5);
			assertThat(total.getCell(4).getStringCellValue()).isEqualTo("+25%");
			Row lr = find(sheet, "Luka ringan (LR)");
			assertThat(lr.getCell(1).getNumericCellValue()).isEqualTo(2);
			assertThat(lr.getCell(2).getNumericCellValue()).isEqualTo(1);
		}
	}

	static final LocalDate THU = TUE.plusDays(2);

	static final LocalDate FRI = TUE.plusDays(3);

	/**
	 * The command center as the report reads it: an open red incident in Kencong on
	 * Thursday at 09.40, a red one already handled on Friday.
	 */
	@org.springframework.boot.test.context.TestConfiguration
	static class RedIncidents {

		@org.springframework.context.annotation.Bean
		IncidentSource redIncidents() {
			java.util.List<IncidentSource.Incident> all = java.util.List.of(
					new IncidentSource.Incident("T-1", THU.atTime(9, 40), KENCONG, EventCategory.KEJAHATAN, true,
							"pembakaran APK (TPS 001)", true),
					new IncidentSource.Incident("T-2", FRI.atTime(14, 5), KENCONG, EventCategory.GANGGUAN, true,
							"kericuhan pendukung (TPS 002)", false));
			return new IncidentSource() {
				@Override
				public java.util.List<Incident> incidents(LocalDate day, java.util.Set<String> units) {
					return all.stream()
						.filter(i -> i.at().toLocalDate().equals(day))
						.filter(i -> units == null || units.contains(i.unitCode()))
						.toList();
				}
			};
		}

	}

	@Autowired
	id.praja.personnel.PersonnelManagement personnel;

	@Test
	void theConclusionIsCalmOnlyWhenTheRecordsSupportIt() {
		// nothing recorded, no TPS expected to report: aman dan kondusif
		DailyReport calm = this.reports.laphar(TUE.plusDays(1), null);
		assertThat(calm.conclusion().secure()).isTrue();
		assertThat(calm.statusLine()).contains("aman dan kondusif");
		assertThat(calm.narrative()).isEmpty();

		// an open red incident: the conclusion says what is missing, the narrative tells
		// it
		DailyReport open = this.reports.laphar(THU, null);
		assertThat(open.conclusion()).isEqualTo(new DailyReport.Conclusion(false, 0, 1, 0));
		assertThat(open.statusLine()).doesNotContain("aman dan kondusif")
			.contains("belum dapat dinyatakan kondusif")
			.contains("1 kejadian merah masih terbuka");
		assertThat(open.narrative()).singleElement()
			.asString()
			.contains("pukul 09.40 WIB")
			.contains("Polsek Kencong")
			.contains("pembakaran APK")
			.contains("masih ditangani");

		// a red incident already handled is still a notable event: terkendali, not aman
		DailyReport handled = this.reports.laphar(FRI, null);
		assertThat(handled.conclusion()).isEqualTo(new DailyReport.Conclusion(false, 0, 0, 1));
		assertThat(handled.statusLine()).doesNotContain("aman dan kondusif")
			.contains("terkendali")
			.contains("1 kejadian menonjol");
		assertThat(handled.narrative()).singleElement()
			.asString()
			.contains("pukul 14.05 WIB")
			.contains("telah ditangani");

		// voting day without the TPS reports: the TPS that have not reported are named
		DailyReport voting = this.reports.laphar(LocalDate.of(2024, 11, 27), TEMPUREJO);
		int unreported = voting.tps().unreported();
		assertThat(unreported).isPositive();
		assertThat(voting.conclusion().secure()).isFalse();
		assertThat(voting.statusLine()).doesNotContain("aman dan kondusif")
			.contains(id.praja.shared.Formats.indonesian().number(unreported) + " TPS belum melapor");
	}

	@Test
	void aNotableEventIsToldWithItsLocalTime() {
		LocalDate sat = TUE.plusDays(4);
		DailyReport before = this.reports.laphar(sat, TEMPUREJO);
		assertThat(before.conclusion().secure()).isTrue();
		ReportEvent stored = this.reports.record(new NewReportEvent(sat, TEMPUREJO, EventCategory.BENCANA,
				"tanah longsor", 1, 0, 0, 0, 0L, true, "akses ke TPS 005 tertutup", java.time.LocalTime.of(7, 15)),
				"test");
		// stored as an instant: 07.15 WIB is 00.15 UTC
		assertThat(stored.occurredAt()).isEqualTo(java.time.Instant.parse("2024-10-12T00:15:00Z"));
		DailyReport after = this.reports.laphar(sat, TEMPUREJO);
		assertThat(after.conclusion().secure()).isFalse();
		assertThat(after.narrative()).singleElement()
			.isEqualTo(
					"Pada pukul 07.15 WIB di wilayah Polsek Tempurejo terjadi tanah longsor — akses ke TPS 005 tertutup.");
		assertThat(after.statusLine()).contains("terkendali").contains("1 kejadian menonjol: tanah longsor");
	}

	@Test
	void theLapharTakesItsNumberFromTheRegisterWhenIssuedAndKeepsIt() {
		LocalDate first = LocalDate.of(2024, 11, 2);
		LocalDate second = LocalDate.of(2024, 11, 3);
		assertThat(this.reports.laphar(first, null).letter().number()).isNull();
		String a = this.reports.issue(first, null, "kabagops").letter().number();
		assertThat(a).matches("LAPHAR/\\d+/XI/2024/Bag Ops");
		int n = Integer.parseInt(a.split("/")[1]);
		String b = this.reports.issue(second, null, "kabagops").letter().number();
		assertThat(b).isEqualTo("LAPHAR/" + (n + 1) + "/XI/2024/Bag Ops");
		// printed again: the same number; read on the page: the number it was given
		assertThat(this.reports.issue(first, null, "kapolres").letter().number()).isEqualTo(a);
		assertThat(this.reports.laphar(first, null).letter().number()).isEqualTo(a);
		// the Polsek's own Laphar of that day is another document with a number of its
		// own
		assertThat(this.reports.issue(first, KENCONG, "kabagops").letter().number())
			.isEqualTo("LAPHAR/" + (n + 2) + "/XI/2024/Bag Ops");
	}

	@Test
	void onlyThePlannersWhoSignForThePolresIssueTheLapharOthersPrintADraft() throws Exception {
		LocalDate day = LocalDate.of(2024, 11, 5);
		// the Kasatgas and the Polda viewer read the Laphar: their print is a draft
		for (String reader : new String[] { "kasatgas.preventif", "polda" }) {
			var response = this.mvc
				.perform(get("/laporan/harian/pdf").param("tanggal", day.toString()).with(as(reader)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("Content-Disposition")).contains("konsep-laphar-");
			String text = pdfText(response.getContentAsByteArray());
			assertThat(text).contains("KONSEP").contains("(konsep, belum bernomor)").doesNotContain("LAPHAR/");
		}
		// a Kapolsek prints his own Polsek's Laphar as a draft too
		var polsek = this.mvc
			.perform(get("/laporan/harian/pdf").param("tanggal", day.toString())
				.param("satuan", "POLSEK-TEMPUREJO")
				.with(as("kapolsek.tempurejo")))
			.andReturn()
			.getResponse();
		assertThat(pdfText(polsek.getContentAsByteArray())).contains("KONSEP").doesNotContain("LAPHAR/");
		// nothing was registered
		assertThat(this.reports.laphar(day, null).letter().number()).isNull();
		assertThat(this.reports.laphar(day, "POLSEK-TEMPUREJO").letter().number()).isNull();
		String page = this.mvc.perform(get("/laporan/harian").param("tanggal", day.toString()).with(as("polda")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Cetak konsep (PDF, tanpa nomor)");

		// the Kapolres issues it: a number from the register, no draft mark
		var issued = this.mvc.perform(get("/laporan/harian/pdf").param("tanggal", day.toString()).with(as("kapolres")))
			.andReturn()
			.getResponse();
		assertThat(issued.getHeader("Content-Disposition")).doesNotContain("konsep");
		String number = this.reports.laphar(day, null).letter().number();
		assertThat(number).matches("LAPHAR/\\d+/XI/2024/Bag Ops");
		assertThat(pdfText(issued.getContentAsByteArray())).contains(number).doesNotContain("KONSEP");
		// a reader printing it later gets the issued number, without the draft mark
		String later = pdfText(this.mvc
			.perform(get("/laporan/harian/pdf").param("tanggal", day.toString()).with(as("kasatgas.preventif")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(later).contains(number).doesNotContain("KONSEP");
	}

	@Test
	@org.springframework.security.test.context.support.WithUserDetails("kasatgas.preventif")
	void aReaderWhoMayNotIssueCannotTakeANumberThroughTheFacade() {
		LocalDate day = LocalDate.of(2024, 11, 6);
		assertThatThrownBy(() -> this.reports.issue(day, null, "kasatgas.preventif"))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(this.reports.print(day, null, "kasatgas.preventif").letter().number()).isNull();
		assertThat(this.reports.laphar(day, null).letter().number()).isNull();
	}

	private static String pdfText(byte[] pdf) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		StringBuilder text = new StringBuilder();
		for (int p = 1; p <= reader.getNumberOfPages(); p++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
		}
		reader.close();
		return text.toString();
	}

	@Test
	void theLetterGoesUpTheUnitTreeAndIsSignedFromTheRoster() {
		id.praja.personnel.Officer kabagOps = this.personnel.official("Kabag Ops").orElseThrow();
		DailyReport.Letter polres = this.reports.laphar(TUE, null).letter();
		assertThat(polres.addressee()).isEqualTo("Kapolda Jawa Timur");
		assertThat(polres.attention()).isEqualTo("Karoops");
		assertThat(polres.signatoryName()).isEqualTo(kabagOps.name().toUpperCase(java.util.Locale.ROOT));
		assertThat(polres.signatoryRankNrp()).endsWith("NRP " + kabagOps.nrp());
		assertThat(polres.signatoryTitle()).containsExactly("a.n. KEPALA KEPOLISIAN RESOR JEMBER", "KABAG OPS");
		assertThat(polres.copies()).contains("Kapolres Jember");
		assertThat(polres.place()).isEqualTo("Jember");

		DailyReport.Letter polda = this.reports.laphar(TUE, "POLDA").letter();
		assertThat(polda.addressee()).isEqualTo("Kapolri");
		assertThat(polda.attention()).isEqualTo("Asops Kapolri");

		DailyReport.Letter polsek = this.reports.laphar(TUE, KENCONG).letter();
		assertThat(polsek.addressee()).isEqualTo("Kapolres Jember");
		assertThat(polsek.attention()).isEqualTo("Kabag Ops");
		assertThat(polsek.signatoryTitle()).containsExactly("KEPALA KEPOLISIAN SEKTOR KENCONG");
	}

	@Test
	void thePrintedLapharCarriesNumberAddresseeAndTheSignatoryWithTheLastSection() throws Exception {
		id.praja.personnel.Officer kabagOps = this.personnel.official("Kabag Ops").orElseThrow();
		byte[] pdf = this.mvc.perform(get("/laporan/harian/pdf").param("tanggal", THU.toString()).with(as("kabagops")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfReader reader = new PdfReader(pdf);
		int pages = reader.getNumberOfPages();
		String first = new PdfTextExtractor(reader).getTextFromPage(1);
		String last = new PdfTextExtractor(reader).getTextFromPage(pages);
		reader.close();
		String number = this.reports.laphar(THU, null).letter().number();
		assertThat(number).startsWith("LAPHAR/").endsWith("/X/2024/Bag Ops");
		assertThat(first).contains("Nomor")
			.contains(number)
			.contains("Kepada Yth.")
			.contains("Kapolda Jawa Timur")
			.contains("Karoops");
		last = last.replaceAll("\\s+", " ");
		assertThat(last).contains("KESIMPULAN")
			.contains("1 kejadian merah masih terbuka")
			.contains(kabagOps.name().toUpperCase(java.util.Locale.ROOT))
			.contains("NRP " + kabagOps.nrp())
			.contains("Tembusan:")
			.contains("Kapolres Jember");
		assertThat(String.join("\n", first, last)).contains("KEJADIAN MENONJOL");
	}

	@Test
	void theWebPageAndThePdfShowTheSameRows() throws Exception {
		String page = this.mvc.perform(get("/laporan/harian").param("tanggal", TUE.toString()).with(as("kabagops")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.Map<String, java.util.List<java.util.List<String>>> web = webTables(page);
		DailyReport report = this.reports.laphar(TUE, null);
		assertThat(web.keySet()).containsExactlyElementsOf(report.tables().stream().map(LapharTable::id).toList());
		for (LapharTable t : report.tables()) {
			assertThat(web.get(t.id())).as(t.id()).isEqualTo(t.texts());
		}
		assertThat(web.get("kamtibmas").get(4)).containsExactly("Jumlah", "4", "5", "+1", "+25%");

		PdfReader reader = new PdfReader(
				this.mvc.perform(get("/laporan/harian/pdf").param("tanggal", TUE.toString()).with(as("kabagops")))
					.andReturn()
					.getResponse()
					.getContentAsByteArray());
		StringBuilder text = new StringBuilder();
		for (int p = 1; p <= reader.getNumberOfPages(); p++) {
			text.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
		}
		reader.close();
		String pdf = text.toString().replaceAll("\\s+", "");
		// every row of the page, cell after cell, in the PDF in the same order
		int at = 0;
		for (java.util.List<java.util.List<String>> rows : web.values()) {
			for (java.util.List<String> row : rows) {
				for (String cell : row) {
					String c = cell.replaceAll("\\s+", "");
					if (c.isEmpty()) {
						continue;
					}
					int found = pdf.indexOf(c, at);
					assertThat(found).as("«%s» of row %s in the PDF after position %d", c, row, at).isNotNegative();
					at = found + c.length();
				}
			}
		}
	}

	/** The tables of the Laphar page: id → rows of cell texts. */
	static java.util.Map<String, java.util.List<java.util.List<String>>> webTables(String html) {
		java.util.Map<String, java.util.List<java.util.List<String>>> tables = new java.util.LinkedHashMap<>();
		java.util.regex.Matcher table = java.util.regex.Pattern
			.compile("<table class=\"data laphar\" id=\"([^\"]+)\">.*?<tbody>(.*?)</tbody>",
					java.util.regex.Pattern.DOTALL)
			.matcher(html);
		while (table.find()) {
			java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
			java.util.regex.Matcher tr = java.util.regex.Pattern
				.compile("<tr>(.*?)</tr>", java.util.regex.Pattern.DOTALL)
				.matcher(table.group(2));
			while (tr.find()) {
				java.util.List<String> cells = new java.util.ArrayList<>();
				java.util.regex.Matcher td = java.util.regex.Pattern
					.compile("<td>(.*?)</td>", java.util.regex.Pattern.DOTALL)
					.matcher(tr.group(1));
				while (td.find()) {
					cells.add(org.springframework.web.util.HtmlUtils.htmlUnescape(td.group(1).replaceAll("<[^>]+>", ""))
						.strip());
				}
				rows.add(cells);
			}
			tables.put(table.group(1), rows);
		}
		return tables;
	}

	static Row find(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + label);
	}

}
