package id.praja.personnel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Officer files as offices send them, through the API and the page, on a database of its
 * own: a missing optional column changes nothing, values the database cannot hold are
 * refused line by line (never a server error), an NRP that a spreadsheet turned into a
 * number comes back with a warning.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OfficerImportIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private MvcTestResult importCsv(String fileName, String csv) {
		return importFile(fileName, csv.getBytes(StandardCharsets.UTF_8));
	}

	private MvcTestResult importFile(String fileName, byte[] content) {
		return this.mvc.post()
			.uri("/api/v1/officers/import")
			.multipart()
			.file(new MockMultipartFile("file", fileName, null, content))
			.with(httpBasic("kabagops", "praja2024"))
			.exchange();
	}

	private Map<String, Object> officer(String nrp) {
		return this.jdbc.sql("SELECT name, home_base, phone FROM personnel_officer WHERE nrp = ?")
			.param(nrp)
			.query()
			.singleRow();
	}

	private List<String> statuses(String nrp) {
		return this.jdbc.sql("SELECT status || ' ' || valid_from FROM personnel_officer_status WHERE nrp = ?")
			.param(nrp)
			.query(String.class)
			.list();
	}

	private List<String> qualifications(String nrp) {
		return this.jdbc.sql("SELECT qualification FROM personnel_officer_qualification WHERE nrp = ?")
			.param(nrp)
			.query(String.class)
			.list();
	}

	@Test
	void aFileWithoutOptionalColumnsLeavesThoseFieldsOfExistingOfficersAlone() {
		assertThat(importCsv("lengkap.csv",
				"nrp,name,rank,function,unit_code,home_base,phone,status,status_from,status_to,qualifications\n"
						+ "97000001,Agus Santoso,Bripka,Kanit,POLSEK-TEMPUREJO,Pos Sukorejo,081234567890,"
						+ "CUTI,2024-11-20,2024-11-30,DALMAS\n"))
			.hasStatusOk();
		assertThat(importCsv("ringkas.csv",
				"nrp,name,rank,function,unit_code\n"
						+ "97000001,Agus Santoso S.H.,Aipda,Kanit Samapta,POLSEK-TEMPUREJO\n"
						+ "97000002,Budi Hartono,Bripda,Anggota,POLSEK-TEMPUREJO\n"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.created").isEqualTo(1);
				assertThat(json).extractingPath("$.updated").isEqualTo(1);
			});
		assertThat(officer("97000001")).containsEntry("name", "Agus Santoso S.H.")
			.containsEntry("home_base", "Pos Sukorejo")
			.containsEntry("phone", "081234567890");
		assertThat(statuses("97000001")).containsExactly("CUTI 2024-11-20");
		assertThat(qualifications("97000001")).containsExactly("DALMAS");
		assertThat(officer("97000002")).containsEntry("home_base", null).containsEntry("phone", null);
		// A column that is there but empty does say "none".
		assertThat(importCsv("tanpa-telepon.csv",
				"nrp,name,rank,function,unit_code,phone\n97000001,Agus Santoso S.H.,Aipda,Kanit,POLSEK-TEMPUREJO,\n"))
			.hasStatusOk();
		assertThat(officer("97000001")).containsEntry("phone", null).containsEntry("home_base", "Pos Sukorejo");
	}

	@Test
	void valuesLongerThanTheDatabaseHoldsAreRefusedLineByLine() {
		String csv = "nrp,name,rank,function,unit_code,home_base,phone\n"
				+ "97000011,Citra,Bripda,Anggota,POLSEK-TEMPUREJO,Pos,+62812345678901234567\n"
				+ "97000012,Dedi,Bripda,Anggota,POLSEK-TEMPUREJO," + "Pos Pengamanan ".repeat(11) + ",\n";
		assertThat(importCsv("panjang.csv", csv)).hasStatus(422).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.problems.length()").isEqualTo(2);
			assertThat(json).extractingPath("$.problems[0].row").isEqualTo(2);
			assertThat(json).extractingPath("$.problems[0].column").isEqualTo("phone");
			assertThat(json).extractingPath("$.problems[1].row").isEqualTo(3);
			assertThat(json).extractingPath("$.problems[1].column").isEqualTo("home_base");
		});
		assertThat(this.jdbc.sql("SELECT count(*) FROM personnel_officer WHERE nrp IN ('97000011', '97000012')")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anImpossibleDateIsRefusedNotMovedToTheEndOfTheMonth() {
		assertThat(importCsv("tanggal.csv",
				"nrp,name,rank,function,unit_code,status,status_from,status_to\n"
						+ "97000021,Eka,Bripda,Anggota,POLSEK-TEMPUREJO,SAKIT,31/02/2024,10/03/2024\n"))
			.hasStatus(422)
			.bodyJson()
			.extractingPath("$.problems[0].column")
			.isEqualTo("status_from");
		assertThat(statuses("97000021")).isEmpty();
	}

	@Test
	void anNrpTypedAsANumberIsStoredWithItsZerosAndTheAnswerCarriesAWarning() throws Exception {
		assertThat(importFile("angka.xlsx", numericNrps(1021299))).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.created").isEqualTo(1);
			assertThat(json).extractingPath("$.warnings[0].row").isEqualTo(2);
			assertThat(json).extractingPath("$.warnings[0].column").isEqualTo("nrp");
			assertThat(json).extractingPath("$.warnings[0].value").isEqualTo("1021299");
		});
		assertThat(officer("01021299")).containsEntry("name", "Personel 0");
	}

	@Test
	void theImportPageShowsTheWarnings() throws Exception {
		assertThat(this.mvc.post()
			.uri("/personel/impor")
			.multipart()
			.file(new MockMultipartFile("file", "angka.xlsx", null, numericNrps(1021288)))
			.with(user(this.users.loadUserByUsername("kabagops")))
			.with(csrf())).hasStatusOk().bodyText().contains("id=\"import-warnings\"").contains("01021288");
	}

	@Test
	void aStatusPeriodOutsideTheYearsOfAnOperationIsRefused() {
		String nrp = this.jdbc.sql("SELECT nrp FROM personnel_officer WHERE unit_code = 'POLSEK-TEMPUREJO' LIMIT 1")
			.query(String.class)
			.single();
		assertThat(this.mvc.post()
			.uri("/api/v1/officers/" + nrp + "/status")
			.contentType("application/json")
			.content("{\"status\":\"SAKIT\",\"from\":\"1924-11-25\",\"to\":\"2024-11-28\"}")
			.with(httpBasic("kabagops", "praja2024"))).hasStatus(400);
		assertThat(statuses(nrp)).noneMatch(s -> s.contains("1924"));
	}

	/** A workbook whose one NRP was typed as a number. */
	private static byte[] numericNrps(double nrp) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Personel");
			String[] header = { "nrp", "name", "rank", "function", "unit_code" };
			String[] values = { null, "Personel 0", "Bripda", "Anggota", "SAT-SAMAPTA" };
			Row h = sheet.createRow(0);
			Row r = sheet.createRow(1);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
				if (i == 0) {
					r.createCell(i).setCellValue(nrp);
				}
				else {
					r.createCell(i).setCellValue(values[i]);
				}
			}
			workbook.write(bytes);
		}
		return bytes.toByteArray();
	}

}
