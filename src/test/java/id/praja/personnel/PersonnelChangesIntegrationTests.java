package id.praja.personnel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import id.praja.audit.AuditEntry;
import id.praja.audit.AuditQuery;
import id.praja.audit.AuditTrail;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Changes to personnel through the API and the pages, and what the audit trail keeps of
 * them; on a database of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PersonnelChangesIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aFiveThousandRowXlsxFileIsImportedWholeAndAudited() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Personel");
			String[] header = { "nrp", "name", "rank", "function", "unit_code", "qualifications" };
			Row h = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			String[] units = { "SAT-SAMAPTA", "POLSEK-TEMPUREJO", "POLSEK-KENCONG", "BKO-BRIMOB" };
			for (int i = 1; i <= 5000; i++) {
				Row r = sheet.createRow(i);
				r.createCell(0).setCellValue("%08d".formatted(98_000_000 + i));
				r.createCell(1).setCellValue("Personel Latihan " + i);
				r.createCell(2).setCellValue((i % 10 == 0) ? "Ipda" : "Bripda");
				r.createCell(3).setCellValue("Anggota Dalmas");
				r.createCell(4).setCellValue(units[i % units.length]);
				r.createCell(5).setCellValue("DALMAS");
			}
			workbook.write(bytes);
		}
		assertThat(this.mvc.post()
			.uri("/api/v1/officers/import")
			.multipart()
			.file(new MockMultipartFile("file", "personel-5000.xlsx", null, bytes.toByteArray()))
			.with(httpBasic("kabagops", "praja2024"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.created")
			.isEqualTo(5000);
		assertThat(count()).isEqualTo(1267 + 5000);
		List<AuditEntry> entries = this.audit
			.find(new AuditQuery(null, "officers.imported", "personel-5000", null, null, 0, 10))
			.content();
		assertThat(entries).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("kabagops");
			assertThat(e.subjectId()).isEqualTo("personel-5000.xlsx");
			assertThat(e.after()).contains("98000001");
		});
	}

	@Test
	void anExportedWorkbookOpensInPoiAndImportsBackWithoutCreatingAnyone() throws Exception {
		byte[] xlsx = this.mvc.get()
			.uri("/api/v1/officers/export?format=xlsx")
			.with(httpBasic("kapolsek.tempurejo", "praja2024"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		long tempurejo = this.jdbc.sql("SELECT count(*) FROM personnel_officer WHERE unit_code = 'POLSEK-TEMPUREJO'")
			.query(Long.class)
			.single();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("nrp");
			assertThat(sheet.getLastRowNum()).isEqualTo((int) tempurejo);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				assertThat(sheet.getRow(i).getCell(4).getStringCellValue()).isEqualTo("POLSEK-TEMPUREJO");
				assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).matches("[0-9]{8}");
			}
		}
		long before = count();
		assertThat(this.mvc.post()
			.uri("/api/v1/officers/import")
			.multipart()
			.file(new MockMultipartFile("file", "personel-tempurejo.xlsx", null, xlsx))
			.with(httpBasic("kabagops", "praja2024"))).hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.created").isEqualTo(0);
				assertThat(json).extractingPath("$.updated").isEqualTo((int) tempurejo);
			});
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aRejectedFileChangesNothingAndListsEveryProblem() {
		long before = count();
		String csv = "nrp,name,rank,function,unit_code\n70020676,Nama Baru,Bripka,Kanit,POLSEK-TEMPUREJO\n"
				+ "123,Tanpa NRP,Bripka,Kanit,POLSEK-TEMPUREJO\n99999999,Orang,Kopral,Kanit,KODIM-0824\n";
		assertThat(this.mvc.post()
			.uri("/api/v1/officers/import")
			.multipart()
			.file(new MockMultipartFile("file", "salah.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("kabagops", "praja2024"))).hasStatus(422)
			.bodyJson()
			.extractingPath("$.problems.length()")
			.isEqualTo(3);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aStatusRecordedThroughTheApiAndThroughThePageLeavesAnAuditEntryEach() {
		String nrp = this.jdbc.sql("SELECT nrp FROM personnel_officer WHERE unit_code = 'POLSEK-TEMPUREJO' LIMIT 1")
			.query(String.class)
			.single();
		assertThat(this.mvc.post()
			.uri("/api/v1/officers/" + nrp + "/status")
			.contentType("application/json")
			.content("{\"status\":\"SAKIT\",\"from\":\"2024-11-25\",\"to\":\"2024-11-28\"}")
			.with(httpBasic("kabagops", "praja2024"))).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/personel/" + nrp + "/status")
			.param("status", "CUTI")
			.param("from", "2024-12-10")
			.param("to", "2024-12-12")
			.with(user(this.users.loadUserByUsername("kapolsek.tempurejo")))
			.with(csrf())).hasStatus3xxRedirection();
		List<AuditEntry> entries = this.audit
			.find(new AuditQuery(null, "officer.status-recorded", nrp, null, null, 0, 10))
			.content();
		assertThat(entries).extracting(AuditEntry::actor).containsExactlyInAnyOrder("kabagops", "kapolsek.tempurejo");
		AuditEntry page = entries.stream()
			.filter(e -> e.actor().equals("kapolsek.tempurejo"))
			.findFirst()
			.orElseThrow();
		assertThat(page.before()).contains("SAKIT").doesNotContain("CUTI");
		assertThat(page.after()).contains("SAKIT").contains("CUTI");
		// another Polsek's officer does not exist for the Kapolsek: nothing recorded
		String other = this.jdbc.sql("SELECT nrp FROM personnel_officer WHERE unit_code = 'POLSEK-KENCONG' LIMIT 1")
			.query(String.class)
			.single();
		assertThat(this.mvc.post()
			.uri("/api/v1/officers/" + other + "/status")
			.contentType("application/json")
			.content("{\"status\":\"SAKIT\",\"from\":\"2024-11-25\",\"to\":\"2024-11-28\"}")
			.with(user(this.users.loadUserByUsername("kapolsek.tempurejo")))
			.with(csrf())).hasStatus(404);
	}

	@Test
	void theAuditTrailRefusesUpdatesAndDeletesAtTheDatabase() {
		this.jdbc.sql("INSERT INTO audit_entry (actor, action, subject_type) VALUES ('test', 'test.append', 'test')")
			.update();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("UPDATE audit_entry SET actor = 'someone else'").update())
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).contains("audit_entry"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("DELETE FROM audit_entry").update())
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).contains("audit_entry"));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("TRUNCATE audit_entry").update())
			.satisfies(ex -> assertThat(ex.getMostSpecificCause().getMessage()).contains("audit_entry"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'test.append'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void accountChangesThroughTheAdminPageAreAuditedWithoutPasswords() {
		assertThat(this.mvc.post()
			.uri("/admin/pengguna")
			.param("username", "kapolsek.kencong")
			.param("displayName", "Kapolsek Kencong")
			.param("role", "KAPOLSEK")
			.param("scope", "POLSEK-KENCONG")
			.param("password", "rahasia-kencong")
			.with(user(this.users.loadUserByUsername("admin")))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.mvc.post()
			.uri("/admin/pengguna/kapolsek.kencong/aktif")
			.param("enabled", "false")
			.with(user(this.users.loadUserByUsername("admin")))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/api/v1/ranks").with(httpBasic("kapolsek.kencong", "rahasia-kencong")))
			.hasStatus(401);
		List<AuditEntry> entries = this.audit
			.find(new AuditQuery("admin", "account", "kapolsek.kencong", null, null, 0, 10))
			.content();
		assertThat(entries).extracting(AuditEntry::action).containsExactly("account.disabled", "account.created");
		assertThat(entries).allSatisfy(e -> assertThat(e.after()).doesNotContain("rahasia").doesNotContain("password"));
		// a Kapolsek account needs a known Polsek
		assertThat(this.mvc.post()
			.uri("/admin/pengguna")
			.param("username", "kapolsek.x")
			.param("role", "KAPOLSEK")
			.param("scope", "POLSEK-ATLANTIS")
			.param("password", "rahasia-atlantis")
			.with(user(this.users.loadUserByUsername("admin")))
			.with(csrf())).hasStatus3xxRedirection().flash().containsKey("error");
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM personnel_officer").query(Long.class).single();
	}

}
