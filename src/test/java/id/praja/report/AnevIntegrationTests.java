package id.praja.report;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.praja.deployment.DeploymentPlans;
import id.praja.deployment.StoredPlan;
import id.praja.operation.ActivityKind;
import id.praja.operation.NewActivity;
import id.praja.operation.OperationManagement;
import id.praja.report.internal.ReportUnits;
import id.praja.shared.NotFound;
import id.praja.support.TestDatabase;
import id.praja.vulnerability.PoliceClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The evaluation (Anev) and the dashboard against hand-counted fixtures on a database of
 * their own: two weeks of events, activities and incidents in two Polsek, compared day
 * against day, week against week, stage against stage, Polsek against Polsek and ranked;
 * an empty period; the CSV and XLSX exports read back by Commons CSV and POI; the
 * dashboard's figures for the Kaops and the Polda viewer, a Kapolsek's own Polsek, and no
 * dashboard for Humas and field officers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.springframework.security.test.context.support.WithUserDetails("kabagops")
@org.springframework.context.annotation.Import(id.praja.support.ActingUser.class)
class AnevIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	static final String TEMPUREJO = "POLSEK-TEMPUREJO";

	static final String KENCONG = "POLSEK-KENCONG";

	/** Monday of the first week (14–20 October 2024). */
	static final LocalDate W1 = LocalDate.of(2024, 10, 14);

	/** Monday of the second week (21–27 October 2024). */
	static final LocalDate W2 = LocalDate.of(2024, 10, 21);

	/**
	 * Incidents of the command center, as an {@link IncidentSource} reports them: one
	 * ordinary in Kencong in week 1; on 21 October a red one in Tempurejo and an ordinary
	 * one in Kencong.
	 */
	@TestConfiguration
	static class Incidents {

		@Bean
		IncidentSource fixtureIncidents() {
			List<IncidentSource.Incident> all = List.of(
					new IncidentSource.Incident("T-1", LocalDateTime.of(2024, 10, 16, 10, 0), KENCONG,
							EventCategory.GANGGUAN, false, "keributan kecil"),
					new IncidentSource.Incident("T-2", LocalDateTime.of(2024, 10, 21, 9, 0), TEMPUREJO,
							EventCategory.KEJAHATAN, true, "pembakaran APK"),
					new IncidentSource.Incident("T-3", LocalDateTime.of(2024, 10, 21, 15, 0), KENCONG,
							EventCategory.GANGGUAN, false, "massa berkumpul"));
			return new IncidentSource() {
				@Override
				public List<Incident> incidents(LocalDate day, Set<String> units) {
					return all.stream()
						.filter(i -> i.at().toLocalDate().equals(day))
						.filter(i -> units == null || units.contains(i.unitCode()))
						.toList();
				}
			};
		}

	}

	@Autowired
	Evaluations evaluations;

	@Autowired
	Dashboards dashboards;

	@Autowired
	DailyReports reports;

	@Autowired
	ReportUnits units;

	@Autowired
	OperationManagement operation;

	@Autowired
	DeploymentPlans plans;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	StoredPlan published;

	RequestPostProcessor as(String account) {
		return user(this.users.loadUserByUsername(account));
	}

	@BeforeAll
	void fixtures() {
		// recorded before any test's user is set: in the explicit system scope
		id.praja.shared.SystemScope.run("test fixtures", this::recordFixtures);
	}

	private void recordFixtures() {
		// week 1: Tempurejo 2 kejahatan (one record of 2) and 1 pelanggaran;
		// Kencong 1 gangguan and an accident (1 MD, 2 LR, Rp 1.000.000)
		record(W1, TEMPUREJO, EventCategory.KEJAHATAN, "curanmor", 2, 0, 0, 0, 0);
		record(W1.plusDays(2), KENCONG, EventCategory.GANGGUAN, "perkelahian", 1, 0, 0, 0, 0);
		record(W1.plusDays(6), TEMPUREJO, EventCategory.PELANGGARAN, "APK dirusak", 1, 0, 0, 0, 0);
		record(W1.plusDays(6), KENCONG, EventCategory.LAKA_LANTAS, "tabrakan", 1, 1, 0, 2, 1_000_000);
		// week 2: Tempurejo 1 kejahatan, 1 protest, 1 bencana; Kencong 3 kejahatan and
		// two
		// accidents (1 LB, Rp 500.000; 1 LR, Rp 250.000)
		record(W2, TEMPUREJO, EventCategory.KEJAHATAN, "curat", 1, 0, 0, 0, 0);
		record(W2, TEMPUREJO, EventCategory.UNJUK_RASA, "aksi di KPU", 1, 0, 0, 0, 0);
		record(W2, KENCONG, EventCategory.KEJAHATAN, "pencurian", 3, 0, 0, 0, 0);
		record(W2.plusDays(2), KENCONG, EventCategory.LAKA_LANTAS, "tabrakan", 1, 0, 1, 0, 500_000);
		record(W2.plusDays(2), KENCONG, EventCategory.LAKA_LANTAS, "terjatuh", 1, 0, 0, 1, 250_000);
		record(W2.plusDays(4), TEMPUREJO, EventCategory.BENCANA, "banjir", 1, 0, 0, 0, 0);
		// the quiet period (masa tenang, 24–26 November): Tempurejo 2 gangguan
		record(LocalDate.of(2024, 11, 25), TEMPUREJO, EventCategory.GANGGUAN, "pawai liar", 2, 0, 0, 0, 0);
		// activities: Kencong Preemtif in week 1; Tempurejo Preemtif and Preventif in
		// week 2
		activity("PREEMTIF", ActivityKind.SAMBANG, W1.plusDays(1), KENCONG);
		activity("PREEMTIF", ActivityKind.COOLING_SYSTEM, W2, TEMPUREJO);
		activity("PREVENTIF", ActivityKind.PATROLI_DIALOGIS, W2.plusDays(1), TEMPUREJO);
		// a published plan for the dashboard
		StoredPlan draft = this.plans.createDraft("kabagops");
		this.published = this.plans.publish(draft.version().id(), "kapolres");
	}

	void record(LocalDate day, String unit, EventCategory c, String sub, int count, int md, int lb, int lr, long loss) {
		this.reports.record(new NewReportEvent(day, unit, c, sub, count, md, lb, lr, loss, false, null), "test");
	}

	void activity(String taskForce, ActivityKind kind, LocalDate day, String unit) {
		this.operation.recordActivity(taskForce,
				new NewActivity(kind, day.atTime(9, 0), "Desa uji", unit, 4, 20, null));
	}

	static AnevQuery day(LocalDate day, String unit) {
		return new AnevQuery(AnevMode.DAY, day, null, null, null, unit, null, null, null, null);
	}

	@Test
	void dayAgainstDayMatchesTheHandCount() {
		Evaluation e = this.evaluations.compare(day(W2, null));
		assertThat(e.a().from()).isEqualTo(W2);
		assertThat(e.b().from()).isEqualTo(W2.minusDays(1));
		assertThat(e.rows())
			.extracting(Evaluation.Row::code, Evaluation.Row::a, Evaluation.Row::b, Evaluation.Row::change,
					Evaluation.Row::percent)
			.contains(tuple("KEJAHATAN", 4L, 0L, "+4", "–"), tuple("PELANGGARAN", 0L, 1L, "-1", "-100%"),
					tuple("KAMTIBMAS", 4L, 1L, "+3", "+300%"), tuple("LAKA_LANTAS", 0L, 1L, "-1", "-100%"),
					tuple("MD", 0L, 1L, "-1", "-100%"), tuple("LR", 0L, 2L, "-2", "-100%"),
					tuple("KERUGIAN", 0L, 1_000_000L, "-1000000", "-100%"), tuple("UNJUK_RASA", 1L, 0L, "+1", "–"),
					tuple("KEGIATAN_PREEMTIF", 1L, 0L, "+1", "–"), tuple("KEGIATAN", 1L, 0L, "+1", "–"),
					tuple("INSIDEN", 2L, 0L, "+2", "–"), tuple("INSIDEN_MERAH", 1L, 0L, "+1", "–"));
		// the Laphar of the same day says the same
		DailyReport laphar = this.reports.laphar(W2, null);
		assertThat(e.row("KAMTIBMAS").a()).isEqualTo(laphar.kamtibmasTotal().today());
		assertThat(e.row("KAMTIBMAS").percent()).isEqualTo(laphar.kamtibmasTotal().percent());

		// another day chosen to compare with, in one Polsek
		Evaluation t = this.evaluations
			.compare(new AnevQuery(AnevMode.DAY, W2, W1, null, null, TEMPUREJO, null, null, null, null));
		assertThat(t.row("KEJAHATAN")).extracting(Evaluation.Row::a, Evaluation.Row::b, Evaluation.Row::percent)
			.containsExactly(1L, 2L, "-50%");
		assertThat(t.row("INSIDEN").a()).isEqualTo(1);
	}

	@Test
	void anEmptyPeriodIsAllZeroAndAgainstABusyDayFallsByAHundredPercent() {
		Evaluation empty = this.evaluations.compare(day(LocalDate.of(2024, 10, 30), null));
		assertThat(empty.rows()).allSatisfy(r -> {
			assertThat(r.a()).isZero();
			assertThat(r.b()).isZero();
			assertThat(r.change()).isEqualTo("0");
			assertThat(r.percent()).isEqualTo("–");
		});
		Evaluation after = this.evaluations.compare(day(W2.plusDays(1), null));
		assertThat(after.row("KAMTIBMAS"))
			.extracting(Evaluation.Row::a, Evaluation.Row::b, Evaluation.Row::change, Evaluation.Row::percent)
			.containsExactly(0L, 4L, "-4", "-100%");
		assertThat(after.row("KEGIATAN_PREVENTIF").a()).isEqualTo(1);
	}

	@Test
	void weekAgainstWeekInThePolresAndInOnePolsek() {
		Evaluation e = this.evaluations
			.compare(new AnevQuery(AnevMode.WEEK, W2.plusDays(6), null, null, null, null, null, null, null, null));
		assertThat(e.a().from()).isEqualTo(W2);
		assertThat(e.b().from()).isEqualTo(W1);
		assertThat(e.b().to()).isEqualTo(W1.plusDays(6));
		assertThat(e.rows())
			.extracting(Evaluation.Row::code, Evaluation.Row::a, Evaluation.Row::b, Evaluation.Row::change,
					Evaluation.Row::percent)
			.contains(tuple("KEJAHATAN", 4L, 2L, "+2", "+100%"), tuple("PELANGGARAN", 0L, 1L, "-1", "-100%"),
					tuple("GANGGUAN", 0L, 1L, "-1", "-100%"), tuple("BENCANA", 1L, 0L, "+1", "–"),
					tuple("KAMTIBMAS", 5L, 4L, "+1", "+25%"), tuple("LAKA_LANTAS", 2L, 1L, "+1", "+100%"),
					tuple("MD", 0L, 1L, "-1", "-100%"), tuple("LB", 1L, 0L, "+1", "–"),
					tuple("LR", 1L, 2L, "-1", "-50%"), tuple("KERUGIAN", 750_000L, 1_000_000L, "-250000", "-25%"),
					tuple("UNJUK_RASA", 1L, 0L, "+1", "–"), tuple("KEGIATAN_PREEMTIF", 1L, 1L, "0", "0%"),
					tuple("KEGIATAN_PREVENTIF", 1L, 0L, "+1", "–"), tuple("KEGIATAN", 2L, 1L, "+1", "+100%"),
					tuple("INSIDEN", 2L, 1L, "+1", "+100%"));
		Evaluation t = this.evaluations
			.compare(new AnevQuery(AnevMode.WEEK, W2.plusDays(6), null, null, null, TEMPUREJO, null, null, null, null));
		assertThat(t.a().unitName()).isEqualTo("Polsek Tempurejo");
		assertThat(t.row("KAMTIBMAS")).extracting(Evaluation.Row::a, Evaluation.Row::b, Evaluation.Row::percent)
			.containsExactly(2L, 3L, "-33%");
		assertThat(t.row("LAKA_LANTAS").a()).isZero();
		assertThat(t.row("KEGIATAN").a()).isEqualTo(2);
	}

	@Test
	void stageAgainstStageComparesTotalsAndDailyRates() {
		Evaluation e = this.evaluations.compare(
				new AnevQuery(AnevMode.STAGE, null, null, "TENANG", "KAMPANYE", TEMPUREJO, null, null, null, null));
		assertThat(e.a().days()).isEqualTo(3);
		assertThat(e.b().days()).isEqualTo(60);
		assertThat(e.unequalLengths()).isTrue();
		assertThat(e.row("KAMTIBMAS"))
			.extracting(Evaluation.Row::a, Evaluation.Row::b, Evaluation.Row::change, Evaluation.Row::percent,
					Evaluation.Row::aPerDay, Evaluation.Row::bPerDay)
			.containsExactly(2L, 5L, "-3", "-60%", 0.67, 0.08);
		assertThat(e.row("GANGGUAN").a()).isEqualTo(2);
		// the stage running on a day, against the one before it
		Evaluation running = this.evaluations.compare(new AnevQuery(AnevMode.STAGE, LocalDate.of(2024, 11, 25), null,
				null, null, null, null, null, null, null));
		assertThat(running.a().label()).isEqualTo("Masa tenang");
		assertThat(running.b().to()).isBefore(LocalDate.of(2024, 11, 25));
		assertThatThrownBy(() -> this.evaluations
			.compare(new AnevQuery(AnevMode.STAGE, null, null, "NO-SUCH", null, null, null, null, null, null)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("unknown stage");
	}

	@Test
	void polsekAgainstPolsekAndAllPolsekRanked() {
		Evaluation e = this.evaluations.compare(
				new AnevQuery(AnevMode.UNIT, null, null, null, null, TEMPUREJO, KENCONG, W1, W2.plusDays(6), null));
		assertThat(e.a().label()).isEqualTo("Polsek Tempurejo");
		assertThat(e.b().label()).isEqualTo("Polsek Kencong");
		assertThat(e.rows())
			.extracting(Evaluation.Row::code, Evaluation.Row::a, Evaluation.Row::b, Evaluation.Row::change,
					Evaluation.Row::percent)
			.contains(tuple("KEJAHATAN", 3L, 3L, "0", "0%"), tuple("KAMTIBMAS", 5L, 4L, "+1", "+25%"),
					tuple("LAKA_LANTAS", 0L, 3L, "-3", "-100%"), tuple("KERUGIAN", 0L, 1_750_000L, "-1750000", "-100%"),
					tuple("KEGIATAN", 2L, 1L, "+1", "+100%"), tuple("INSIDEN", 1L, 2L, "-1", "-50%"));

		Evaluation.Ranking r = this.evaluations.rank(W2, W2.plusDays(6), null);
		assertThat(r.by()).isEqualTo("KAMTIBMAS");
		assertThat(r.previous().from()).isEqualTo(W1);
		assertThat(r.previous().to()).isEqualTo(W1.plusDays(6));
		assertThat(r.rows()).hasSize(this.units.polseks().size());
		assertThat(r.rows().subList(0, 2))
			.extracting(Evaluation.RankRow::rank, Evaluation.RankRow::unitCode, Evaluation.RankRow::value,
					Evaluation.RankRow::previous, Evaluation.RankRow::change, Evaluation.RankRow::percent)
			.containsExactly(tuple(1, KENCONG, 3L, 1L, "+2", "+200%"), tuple(2, TEMPUREJO, 2L, 3L, "-1", "-33%"));
		// every other Polsek had nothing: they share third place
		assertThat(r.rows().subList(2, r.rows().size())).allSatisfy(x -> {
			assertThat(x.rank()).isEqualTo(3);
			assertThat(x.value()).isZero();
		});
		Evaluation.Ranking byTraffic = this.evaluations.rank(W1, W2.plusDays(6), "LAKA_LANTAS");
		assertThat(byTraffic.rows().get(0).unitCode()).isEqualTo(KENCONG);
		assertThat(byTraffic.rows().get(0).values()).containsEntry("LAKA_LANTAS", 3L).containsEntry("MD", 1L);
		assertThatThrownBy(() -> this.evaluations.rank(W1, W2, "NOPE")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.evaluations.rank(W2, W1, null)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("end");
		assertThatThrownBy(() -> this.evaluations.rank(W1, W1.plusDays(Evaluations.MAX_DAYS), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theKapolsekComparesOnlyHisOwnPolsek() throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/reports/anev").param("mode", "WEEK")
				.param("day", W2.plusDays(6).toString())
				.with(as("kapolsek.tempurejo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(json).contains("\"unitCode\":\"POLSEK-TEMPUREJO\"").doesNotContain("\"unitCode\":\"POLRES\"");
		assertThat(this.mvc
			.perform(get("/api/v1/reports/anev").param("mode", "UNIT")
				.param("unit", TEMPUREJO)
				.param("againstUnit", KENCONG)
				.param("from", W1.toString())
				.param("to", W2.toString())
				.with(as("kapolsek.tempurejo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		String ranked = this.mvc
			.perform(get("/api/v1/reports/anev").param("mode", "RANK")
				.param("from", W2.toString())
				.param("to", W2.plusDays(6).toString())
				.with(as("kapolsek.tempurejo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ranked).contains(TEMPUREJO).doesNotContain(KENCONG);
		// bad input: 400 problem+json
		MvcResult bad = this.mvc
			.perform(get("/api/v1/reports/anev").param("mode", "MONTH").param("day", "2024-10-27").with(as("kapolres")))
			.andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
		assertThat(bad.getResponse().getContentType()).startsWith("application/problem+json");
	}

	@Test
	void thePageShowsTheComparisonAndItsExportsReadBack() throws Exception {
		String page = this.mvc
			.perform(get("/laporan/anev").param("mode", "WEEK")
				.param("tanggal", W2.plusDays(6).toString())
				.with(as("kapolres")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"row-KAMTIBMAS\"")
			.contains("data-chart=")
			.contains("/js/anev.js")
			.contains("/api/v1/reports/anev/export?format=csv&amp;mode=WEEK&amp;day=2024-10-27&amp;unit=POLRES");
		String row = page.substring(page.indexOf("id=\"row-KAMTIBMAS\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains(">5<").contains(">4<").contains(">+1<").contains(">+25%<");

		String rankPage = this.mvc
			.perform(get("/laporan/anev").param("mode", "RANK")
				.param("dari", W2.toString())
				.param("sampai", W2.plusDays(6).toString())
				.with(as("polda")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rankPage).contains("id=\"rank-POLSEK-KENCONG\"").contains("id=\"rank-table\"");
		// a period ending before it starts: 400 and the reason, not an error page
		MvcResult reversed = this.mvc
			.perform(get("/laporan/anev").param("mode", "RANK")
				.param("dari", W2.toString())
				.param("sampai", W1.toString())
				.with(as("kapolres")))
			.andReturn();
		assertThat(reversed.getResponse().getStatus()).isEqualTo(400);
		assertThat(reversed.getResponse().getContentAsString()).contains("id=\"problem\"").contains("end");

		// CSV, read by Commons CSV
		byte[] csv = download("csv", "WEEK");
		List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records.get(0).get(0)).isEqualTo("Uraian");
		CSVRecord kamtibmas = records.stream()
			.filter(r -> r.get(0).equals("Jumlah gangguan kamtibmas"))
			.findFirst()
			.orElseThrow();
		assertThat(List.of(kamtibmas.get(1), kamtibmas.get(2), kamtibmas.get(3), kamtibmas.get(4))).containsExactly("5",
				"4", "+1", "+25%");
		CSVRecord loss = records.stream()
			.filter(r -> r.get(0).equals("Kerugian materiil (Rp)"))
			.findFirst()
			.orElseThrow();
		assertThat(loss.get(1)).isEqualTo("750000");

		// XLSX, read by POI: the same numbers, as numbers
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx", "WEEK")))) {
			Sheet sheet = book.getSheet("Anev");
			Row k = find(sheet, "Jumlah gangguan kamtibmas");
			assertThat(k.getCell(1).getNumericCellValue()).isEqualTo(5);
			assertThat(k.getCell(2).getNumericCellValue()).isEqualTo(4);
			assertThat(k.getCell(4).getStringCellValue()).isEqualTo("+25%");
			assertThat(find(sheet, "Kegiatan Satgas Preventif").getCell(1).getNumericCellValue()).isEqualTo(1);
		}
		// the ranking exports too
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download("xlsx", "RANK")))) {
			Row first = book.getSheet("Peringkat").getRow(1);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(1).getStringCellValue()).isEqualTo(KENCONG);
		}
		assertThat(this.mvc
			.perform(get("/api/v1/reports/anev/export").param("format", "pdf")
				.param("mode", "DAY")
				.param("day", "2024-10-21")
				.with(as("kapolres")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	byte[] download(String format, String mode) throws Exception {
		MvcResult started = this.mvc
			.perform(get("/api/v1/reports/anev/export").param("format", format)
				.param("mode", mode)
				.param("day", W2.plusDays(6).toString())
				.param("from", W2.toString())
				.param("to", W2.plusDays(6).toString())
				.with(as("kapolres")))
			.andReturn();
		MvcResult done = this.mvc.perform(asyncDispatch(started)).andReturn();
		assertThat(done.getResponse().getStatus()).isEqualTo(200);
		assertThat(done.getResponse().getHeader("Content-Disposition")).contains("anev-").endsWith("." + format + "\"");
		return done.getResponse().getContentAsByteArray();
	}

	static Row find(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + label);
	}

	@Test
	void theDashboardCountsToDateAndOverTheLastFourteenDays() {
		Dashboard d = this.dashboards.dashboard(W2.plusDays(6), null);
		assertThat(d.operation()).isEqualTo("Mantap Praja Semeru 2024");
		assertThat(d.votingDay()).isEqualTo(LocalDate.of(2024, 11, 27));
		assertThat(d.daysToVoting()).isEqualTo(31);
		assertThat(d.stages()).contains("Masa kampanye");
		assertThat(d.tps()).isEqualTo(4046);
		assertThat(d.tpsByClass().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4046);
		assertThat(d.tpsByClass().get(PoliceClass.KURANG_RAWAN)).isPositive();
		assertThat(d.kamtibmas()).isEqualTo(9);
		assertThat(d.events()).containsEntry(EventCategory.KEJAHATAN, 6)
			.containsEntry(EventCategory.LAKA_LANTAS, 3)
			.containsEntry(EventCategory.UNJUK_RASA, 1);
		assertThat(d.trend().days()).hasSize(14).startsWith(W1).endsWith(W2.plusDays(6));
		assertThat(d.trend().kamtibmas()).containsExactly(2, 0, 1, 0, 0, 0, 1, 4, 0, 0, 0, 1, 0, 0);
		assertThat(d.trend().activities()).containsExactly(0, 1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0);
		assertThat(d.plan()).isNotNull();
		assertThat(d.plan().version()).isEqualTo(this.published.version().version());
		assertThat(d.plan().posts()).isEqualTo(this.published.plan().staffed().size());
		assertThat(d.plan().police())
			.isEqualTo(this.published.plan().staffed().stream().mapToInt(s -> s.officers().size()).sum());
		assertThat(d.areas()).hasSizeGreaterThan(20);
		assertThat(d.areas().stream().filter(a -> KENCONG.equals(a.polsek())))
			.allSatisfy(a -> assertThat(a.kamtibmas()).isEqualTo(4));

		Dashboard monday = this.dashboards.dashboard(W2, null);
		assertThat(monday.incidentsToday()).isEqualTo(2);
		assertThat(monday.redIncidentsToday()).isEqualTo(1);

		Dashboard tempurejo = this.dashboards.dashboard(W2.plusDays(6), TEMPUREJO);
		assertThat(tempurejo.kamtibmas()).isEqualTo(5);
		assertThat(tempurejo.activities()).extracting(Dashboard.TaskForceCount::code, Dashboard.TaskForceCount::count)
			.contains(tuple("PREEMTIF", 1), tuple("PREVENTIF", 1));
		assertThat(tempurejo.activitiesTotal()).isEqualTo(2);
		assertThat(tempurejo.tps()).isPositive().isLessThan(4046);
		assertThat(tempurejo.areas()).allSatisfy(a -> assertThat(a.polsek()).isEqualTo(TEMPUREJO));
		assertThat(tempurejo.plan().posts()).isEqualTo((int) this.published.plan()
			.staffed()
			.stream()
			.filter(s -> s.post().polsek().equals(TEMPUREJO))
			.count());
		assertThatThrownBy(() -> this.dashboards.dashboard(LocalDate.of(2025, 6, 1), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theDashboardPageServesTheKaopsAndThePoldaNotHumasNorTheField() throws Exception {
		for (String account : List.of("kapolres", "polda")) {
			String page = this.mvc
				.perform(get("/laporan/dasbor").param("tanggal", W2.plusDays(6).toString()).with(as(account)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("Mantap Praja Semeru 2024")
				.containsPattern("id=\"days-to-voting\">31<")
				.containsPattern("id=\"kamtibmas-to-date\">9<")
				.containsPattern("id=\"tps-total\">4046<")
				.containsPattern("id=\"plan-posts\">" + this.published.plan().staffed().size() + "<")
				.contains("data-trend=")
				.contains("data-areas=")
				.contains("/js/anev.js");
		}
		String own = this.mvc
			.perform(get("/laporan/dasbor").param("tanggal", W2.plusDays(6).toString()).with(as("kapolsek.tempurejo")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).containsPattern("id=\"kamtibmas-to-date\">5<").contains("Polsek Tempurejo");
		assertThat(this.mvc.perform(get("/laporan/dasbor").param("satuan", KENCONG).with(as("kapolsek.tempurejo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		for (String account : List.of("humas", "lapangan")) {
			assertThat(this.mvc.perform(get("/laporan/dasbor").with(as(account))).andReturn().getResponse().getStatus())
				.isEqualTo(403);
		}
	}

	@Test
	void outOfScopeUnitsDoNotExist() {
		assertThatThrownBy(() -> this.evaluations.compare(day(W2, "POLSEK-NOWHERE"))).isInstanceOf(NotFound.class);
	}

}
