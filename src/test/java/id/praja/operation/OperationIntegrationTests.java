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
		SprinOrder first = this.operation
			.issueSprin(new NewSprin(java.time.LocalDate.of(2024, 8, 16), "Melaksanakan tugas Satgas Gakkum",
					java.time.LocalDate.of(2024, 8, 19), java.time.LocalDate.of(2024, 12, 31), "GAKKUM", null));
		SprinOrder second = this.operation.issueSprin(new NewSprin(java.time.LocalDate.of(2024, 11, 20), "Pengawalan",
				java.time.LocalDate.of(2024, 11, 20), java.time.LocalDate.of(2024, 11, 28), null, "SI-HUMAS"));
		assertThat(first.number()).matches("Sprin/\\d+/VIII/PAM\\.3\\.3\\./2024");
		int serial = Integer.parseInt(first.number().split("/")[1]);
		assertThat(second.number()).isEqualTo("Sprin/" + (serial + 1) + "/XI/PAM.3.3./2024");
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
			String page2 = text.getTextFromPage(2);
			assertThat(page2).contains(gakkum.head().name()).contains(gakkum.head().nrp());
		}

		// no task, or no personnel source: refused
		assertThat(this.mvc.post()
			.uri("/api/v1/operation/sprin")
			.contentType("application/json")
			.content(
					"{\"issuedOn\":\"2024-08-16\",\"task\":\" \",\"periodFrom\":\"2024-08-19\",\"periodTo\":\"2024-12-31\","
							+ "\"taskForce\":\"GAKKUM\"}")
			.with(httpBasic("kabagops", "praja2024"))).hasStatus(400);
		assertThat(this.operation.sprins()).hasSize(2);
	}

}
