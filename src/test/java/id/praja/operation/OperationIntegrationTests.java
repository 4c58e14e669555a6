package id.praja.operation;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import id.praja.audit.AuditEntry;
import id.praja.audit.AuditQuery;
import id.praja.audit.AuditTrail;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The operation seeded from the Pilkada 2024 timeline, a stage moved (refused when it
 * would end before it starts; audited), task forces from the roster, the activity log,
 * and numbered Sprin orders read back from their PDF. On a database of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@org.springframework.security.test.context.support.WithUserDetails("kabagops")
@org.springframework.context.annotation.Import(id.praja.support.ActingUser.class)
class OperationIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OperationManagement operation;

	@Autowired
	AuditTrail audit;

	@Autowired
	id.praja.personnel.PersonnelManagement personnel;

	@Test
	void theOperationAndItsStagesAreSeededAndAStageCanBeMovedWithAnAuditEntry() {
		assertThat(this.mvc.get().uri("/api/v1/operation").with(httpBasic("humas", "praja2024"))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.operation.codeName").isEqualTo("Mantap Praja Semeru 2024");
				assertThat(json).extractingPath("$.operation.startsOn").isEqualTo("2024-08-19");
				assertThat(json).extractingPath("$.operation.endsOn").isEqualTo("2024-12-31");
				assertThat(json).extractingPath("$.operation.contests[1]").isEqualTo("Pilbup Jember");
			});
		List<AgendaItem> agenda = this.operation.agenda();
		assertThat(agenda).extracting(AgendaItem::code)
			.startsWith("LATPRAOPS", "APEL-GELAR", "PENDAFTARAN")
			.contains("KAMPANYE", "TENANG", "APEL-PERGESERAN", "PEMUNGUTAN", "REKAP-KEC", "REKAP-PROV", "SENGKETA");
		AgendaItem voting = agenda.stream().filter(a -> a.code().equals("PEMUNGUTAN")).findFirst().orElseThrow();
		assertThat(voting.startsAt()).hasToString("2024-11-27T07:00");
		assertThat(voting.endsAt()).hasToString("2024-11-27T13:00");
		AgendaItem latpraops = agenda.get(0);
		assertThat(latpraops.startsAt().toLocalDate()).hasToString("2024-08-14");
		assertThat(latpraops.place()).contains("Aula PB. Sudirman");

		// an end before the start is refused and changes nothing; the press desk may not
		// edit
		assertThat(this.mvc.put()
			.uri("/api/v1/operation/agenda/" + voting.id())
			.contentType("application/json")
			.content("{\"startsAt\":\"2024-11-27T08:00:00\",\"endsAt\":\"2024-11-27T07:00:00\"}")
			.with(httpBasic("kabagops", "praja2024"))).hasStatus(400);
		assertThat(this.mvc.put()
			.uri("/api/v1/operation/agenda/" + voting.id())
			.contentType("application/json")
			.content("{\"startsAt\":\"2024-11-27T08:00:00\",\"endsAt\":\"2024-11-27T14:00:00\"}")
			.with(httpBasic("humas", "praja2024"))).hasStatus(403);
		assertThat(this.operation.agenda()).contains(voting);
		assertThat(this.mvc.put()
			.uri("/api/v1/operation/agenda/" + voting.id())
			.contentType("application/json")
			.content("{\"startsAt\":\"2024-11-27T07:00:00\",\"endsAt\":\"2024-11-27T14:00:00\"}")
			.with(httpBasic("kabagops", "praja2024"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.endsAt")
			.isEqualTo("2024-11-27T14:00:00");
		List<AuditEntry> entries = this.audit
			.find(new AuditQuery("kabagops", "operation.agenda-changed", "PEMUNGUTAN", null, null, 0, 5))
			.content();
		assertThat(entries).singleElement().satisfies(e -> {
			assertThat(e.before()).contains("2024-11-27T13:00");
			assertThat(e.after()).contains("2024-11-27T14:00");
		});
	}

	@Test
	void sixTaskForcesHaveHeadsFromTheRosterAndLogActivities() {
		List<TaskForce> forces = this.operation.taskForces();
		assertThat(forces).extracting(TaskForce::code)
			.containsExactly("PREEMTIF", "PREVENTIF", "KAMSELTIBCARLANTAS", "GAKKUM", "HUMAS", "BANOPS");
		TaskForce preventif = forces.get(1);
		assertThat(preventif.head()).isNotNull();
		assertThat(preventif.head().unitCode()).isEqualTo("SAT-SAMAPTA");
		assertThat(preventif.members()).hasSize(5);
		// the page shows the chain of command: the task forces and the 30 Polsek
		assertThat(this.mvc.get()
			.uri("/operasi/satgas")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("kapolres")
				.roles("KAOPS")))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"chain-polsek\"")
			.contains("30 Polsek jajaran")
			.contains("Polsek Tempurejo");

		// an unknown officer is refused; a member list is replaced
		assertThat(this.mvc.post()
			.uri("/operasi/satgas/PREVENTIF")
			.param("head", preventif.head().nrp())
			.param("duties", "Penjagaan")
			.param("members", "00000000")
			.with(httpBasic("kabagops", "praja2024"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus(302);
		assertThat(this.operation.taskForce("PREVENTIF")).isEqualTo(preventif);
		TaskForce changed = this.operation.changeTaskForce("PREVENTIF", preventif.head().nrp(), "Penjagaan KPU",
				List.of(preventif.members().get(0).nrp()));
		assertThat(changed.members()).hasSize(1);
		assertThat(changed.duties()).isEqualTo("Penjagaan KPU");

		assertThat(this.mvc.post()
			.uri("/api/v1/operation/task-forces/PREVENTIF/activities")
			.contentType("application/json")
			.content("{\"kind\":\"SAMBANG\",\"at\":\"2024-09-20T09:00:00\",\"place\":\"Balai Desa\","
					+ "\"unitCode\":\"NOPE\"}")
			.with(httpBasic("kasatgas.preventif", "praja2024"))).hasStatus(400);
		int before = this.operation.activities("PREEMTIF", 100).size();
		assertThat(this.mvc.post()
			.uri("/api/v1/operation/task-forces/PREEMTIF/activities")
			.contentType("application/json")
			.content("{\"kind\":\"COOLING_SYSTEM\",\"at\":\"2024-09-20T19:00:00\",\"place\":\"Balai Desa Andongrejo\","
					+ "\"unitCode\":\"POLSEK-TEMPUREJO\",\"officers\":3,\"people\":40}")
			.with(httpBasic("kabagops", "praja2024"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.recordedBy")
			.isEqualTo("kabagops");
		assertThat(this.operation.activities("PREEMTIF", 100)).hasSize(before + 1);
		assertThat(this.operation.activityCounts().get("PREEMTIF").get(ActivityKind.COOLING_SYSTEM)).isEqualTo(2);
		// reports read a period of the log, whole days inclusive, without a limit
		assertThat(this.operation.activitiesBetween(java.time.LocalDate.of(2024, 9, 20),
				java.time.LocalDate.of(2024, 9, 20)))
			.anyMatch(a -> a.place().equals("Balai Desa Andongrejo") && a.officers() == 3);
		assertThat(this.operation.activitiesBetween(java.time.LocalDate.of(2024, 9, 21),
				java.time.LocalDate.of(2024, 9, 21)))
			.noneMatch(a -> a.place().equals("Balai Desa Andongrejo"));
		assertThatThrownBy(() -> this.operation.activitiesBetween(java.time.LocalDate.of(2024, 9, 21),
				java.time.LocalDate.of(2024, 9, 20)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void sprinOrdersAreNumberedInSequenceAndTheirPdfNamesThePersonnel() throws Exception {
		int existing = this.operation.sprins().size();
		SprinOrder first = this.operation
			.issueSprin(new NewSprin(java.time.LocalDate.of(2024, 8, 16), "Melaksanakan tugas Satgas Gakkum",
					java.time.LocalDate.of(2024, 8, 19), java.time.LocalDate.of(2024, 12, 31), "GAKKUM", null));
		SprinOrder second = this.operation.issueSprin(new NewSprin(java.time.LocalDate.of(2024, 11, 20), "Pengawalan",
				java.time.LocalDate.of(2024, 11, 20), java.time.LocalDate.of(2024, 11, 28), null, "SI-HUMAS"));
		assertThat(first.number()).matches("Sprin/\\d+/VIII/OPS\\.1\\.3\\./2024");
		int serial = Integer.parseInt(first.number().split("/")[1]);
		assertThat(second.number()).isEqualTo("Sprin/" + (serial + 1) + "/XI/OPS.1.3./2024");
		TaskForce gakkum = this.operation.taskForce("GAKKUM");
		assertThat(first.personnel()).hasSize(1 + gakkum.members().size());
		assertThat(first.personnel().get(0)).isEqualTo(gakkum.head());
		assertThat(second.personnel()).allSatisfy(m -> assertThat(m.unitCode()).isEqualTo("SI-HUMAS"));

		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		this.operation.writeSprinPdf(first.id(), pdf);
		try (PdfReader reader = new PdfReader(pdf.toByteArray())) {
			assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			PdfTextExtractor text = new PdfTextExtractor(reader);
			String page1 = text.getTextFromPage(1);
			assertThat(page1).contains("SURAT PERINTAH").contains(first.number()).contains("Mantap Praja Semeru 2024");
			String all = text.getTextFromPage(1) + "\n" + text.getTextFromPage(2);
			assertThat(all).contains(gakkum.head().name()).contains(gakkum.head().nrp());
		}

		// no task, or no personnel source: refused
		assertThat(this.mvc.post()
			.uri("/api/v1/operation/sprin")
			.contentType("application/json")
			.content(
					"{\"issuedOn\":\"2024-08-16\",\"task\":\" \",\"periodFrom\":\"2024-08-19\",\"periodTo\":\"2024-12-31\","
							+ "\"taskForce\":\"GAKKUM\"}")
			.with(httpBasic("kabagops", "praja2024"))).hasStatus(400);
		assertThat(this.operation.sprins()).hasSize(existing + 2);
	}

	@Test
	void theSprinPdfHasNumberedGroundsDutiesSignatureAndCopiesFromTheRecords() throws Exception {
		SprinOrder order = this.operation.issueSprin(new NewSprin(java.time.LocalDate.of(2024, 11, 26),
				"Melaksanakan pengawalan logistik ke PPK\nMelaksanakan penjagaan gudang KPU",
				java.time.LocalDate.of(2024, 11, 20), java.time.LocalDate.of(2024, 11, 28), "BANOPS", null,
				"Bahwa logistik pemilihan perlu dikawal"));
		assertThat(order.basis()).hasSize(3);
		assertThat(order.copies()).startsWith("Kapolda Jawa Timur");
		id.praja.personnel.Officer kapolres = this.personnel.official("Kapolres").orElseThrow();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		this.operation.writeSprinPdf(order.id(), pdf);
		try (PdfReader reader = new PdfReader(pdf.toByteArray())) {
			PdfTextExtractor text = new PdfTextExtractor(reader);
			StringBuilder all = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				String t = text.getTextFromPage(page);
				assertThat(t).contains("Halaman " + page + " dari " + reader.getNumberOfPages());
				all.append(t).append('\n');
			}
			String body = all.toString();
			assertThat(body).contains("KEPOLISIAN NEGARA REPUBLIK INDONESIA")
				.contains("SURAT PERINTAH")
				.contains("Nomor: " + order.number())
				.contains("Pertimbangan")
				.contains("Bahwa logistik pemilihan perlu dikawal")
				.contains("Dasar")
				.contains("Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian")
				.contains("Undang-Undang Nomor 10 Tahun 2016")
				.contains("Mantap Praja Semeru 2024")
				.contains("DIPERINTAHKAN")
				.contains("Untuk")
				.contains("Melaksanakan pengawalan logistik ke PPK")
				.contains("Melaksanakan penjagaan gudang KPU")
				.contains("20 November 2024 s.d. 28 November 2024")
				.contains("Selesai.")
				.contains("Dikeluarkan di : Jember")
				.contains("Pada tanggal : 26 November 2024")
				.contains(kapolres.name().toUpperCase(java.util.Locale.ROOT))
				.contains("NRP " + kapolres.nrp())
				.contains("Tembusan:")
				.contains("1. Kapolda Jawa Timur.")
				.contains("Karoops Polda Jawa Timur")
				.contains("LAMPIRAN SURAT PERINTAH KAPOLRES JEMBER")
				.contains("TANGGAL: 26 NOVEMBER 2024")
				.contains("Bag Log Polres Jember")
				.doesNotContain("BAG-LOG");
			// the duties are numbered: the two task lines, the period, the closing
			assertThat(body).containsPattern("1\\.\\s*Melaksanakan pengawalan logistik ke PPK")
				.containsPattern("2\\.\\s*Melaksanakan penjagaan gudang KPU")
				.containsPattern("3\\.\\s*Terhitung mulai tanggal 20 November 2024");
		}
		// the page of the order shows the same
		assertThat(this.mvc.get()
			.uri("/operasi/sprin/" + order.id())
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("kapolres")
				.roles("KAOPS")))
			.hasStatusOk()
			.bodyText()
			.contains(order.number())
			.contains("DIPERINTAHKAN")
			.contains("Undang-Undang Nomor 2 Tahun 2002")
			.contains("Kapolda Jawa Timur")
			.contains(kapolres.name().toUpperCase(java.util.Locale.ROOT))
			.contains("26 November 2024");
	}

	@Test
	void twoSprinIssuedAtOnceTakeConsecutiveDistinctNumbersFromTheRegister() throws Exception {
		int next = this.operation.sprinRegister().nextSerial();
		org.springframework.security.core.context.SecurityContext context = org.springframework.security.core.context.SecurityContextHolder
			.getContext();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<SprinOrder>> issued = new java.util.ArrayList<>();
			for (String force : List.of("HUMAS", "PREEMTIF")) {
				issued.add(pool.submit(() -> {
					org.springframework.security.core.context.SecurityContextHolder.setContext(context);
					start.await();
					return this.operation.issueSprin(new NewSprin(java.time.LocalDate.of(2024, 9, 2), "Tugas " + force,
							java.time.LocalDate.of(2024, 9, 2), java.time.LocalDate.of(2024, 9, 30), force, null));
				}));
			}
			start.countDown();
			List<String> numbers = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<SprinOrder> f : issued) {
				numbers.add(f.get().number());
			}
			assertThat(numbers).containsExactlyInAnyOrder("Sprin/" + next + "/IX/OPS.1.3./2024",
					"Sprin/" + (next + 1) + "/IX/OPS.1.3./2024");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.operation.sprinRegister().nextSerial()).isEqualTo(next + 2);
	}

	@Test
	void theNumberPatternDasarAndTembusanAreRecordsThePlannerEdits() {
		SprinRegister before = this.operation.sprinRegister();
		assertThat(before.pattern()).isEqualTo("Sprin/{nomor}/{bulan}/OPS.1.3./{tahun}");
		assertThat(before.basis()).hasSize(3);
		assertThat(before.basis().get(2)).contains("Renops").contains("Mantap Praja Semeru 2024");
		assertThat(before.copies()).containsExactly("Kapolda Jawa Timur", "Irwasda Polda Jawa Timur",
				"Karoops Polda Jawa Timur", "Kabidpropam Polda Jawa Timur");
		// a pattern without the serial is refused in Indonesian, and nothing changes
		org.springframework.test.web.servlet.assertj.MvcTestResult refused = this.mvc.post()
			.uri("/operasi/sprin/register")
			.param("pattern", "Sprin/OPS/{tahun}")
			.param("nextSerial", String.valueOf(before.nextSerial()))
			.param("basis", "UU No. 2 Tahun 2002")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("kabagops")
				.roles("PERENCANA"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.exchange();
		assertThat(refused).hasStatus(302);
		assertThat(refused.getMvcResult().getFlashMap().get("problem")).asString()
			.contains("{nomor}")
			.contains("Pola nomor");
		assertThat(this.operation.sprinRegister()).isEqualTo(before);
		try {
			assertThat(this.mvc.post()
				.uri("/operasi/sprin/register")
				.param("pattern", "Sprin/{nomor}/{bulan}/PAM.3.3./{tahun}")
				.param("nextSerial", String.valueOf(before.nextSerial() + 10))
				.param("basis", String.join("\n", before.basis()) + "\nPeraturan Kapolri Nomor 1 Tahun 2024")
				.param("copies", "Kapolda Jawa Timur\n\nKarorena Polda Jawa Timur")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user("kabagops")
					.roles("PERENCANA"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
				.hasStatus(302);
			SprinOrder order = this.operation.issueSprin(new NewSprin(java.time.LocalDate.of(2024, 10, 1), "Patroli",
					java.time.LocalDate.of(2024, 10, 1), java.time.LocalDate.of(2024, 10, 2), "HUMAS", null));
			assertThat(order.number()).isEqualTo("Sprin/" + (before.nextSerial() + 10) + "/X/PAM.3.3./2024");
			assertThat(order.basis()).hasSize(4).last().isEqualTo("Peraturan Kapolri Nomor 1 Tahun 2024");
			assertThat(order.copies()).containsExactly("Kapolda Jawa Timur", "Karorena Polda Jawa Timur");
			// the issued order keeps what it was signed with
			SprinRegister changed = this.operation.sprinRegister();
			this.operation.changeSprinRegister(
					new SprinRegister(before.pattern(), changed.nextSerial(), before.basis(), before.copies()));
			assertThat(this.operation.sprin(order.id()).copies()).containsExactly("Kapolda Jawa Timur",
					"Karorena Polda Jawa Timur");
			// a serial already taken is refused
			assertThatThrownBy(() -> this.operation.changeSprinRegister(
					new SprinRegister(before.pattern(), before.nextSerial(), before.basis(), before.copies())))
				.hasMessage("op.register.serialTaken");
		}
		finally {
			SprinRegister now = this.operation.sprinRegister();
			this.operation.changeSprinRegister(
					new SprinRegister(before.pattern(), now.nextSerial(), before.basis(), before.copies()));
		}
	}

}
