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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
@org.springframework.context.annotation.Import(id.praja.support.ActingUser.class)
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
			.hasMessageContaining("unknown");
		assertThatThrownBy(() -> record(MON, KENCONG, EventCategory.LAKA_LANTAS, "x", 1, -1, 0, 0, 0, false))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> record(LocalDate.of(2025, 6, 1), KENCONG, EventCategory.KEJAHATAN, "x", 1, 0, 0, 0, 0, false))
			.hasMessageContaining("outside");
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

	static Row find(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + label);
	}

}
