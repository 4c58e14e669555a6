package id.praja.territory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.praja.shared.ImportProblem;
import id.praja.support.TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The territory module against a real PostgreSQL with the real migrations and demo data.
 * Tests that change TPS restore what they changed.
 */
/**
 * TPS import against a real PostgreSQL, in a database of its own since it changes TPS.
 * Each test restores what it changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RecordApplicationEvents
// a planner of the Polres (scoping fails closed: without a user nothing is in scope)
@org.springframework.security.test.context.support.WithMockUser(username = "kabagops", roles = "PERENCANA")
class TpsImportIntegrationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.freshProperties(false).forEach((key, value) -> registry.add(key, () -> value));
	}

	@Autowired
	TerritoryManagement territory;

	@Autowired
	ApplicationEvents events;

	@Test
	void importReplacesTheTpsOfTheDesaInTheFileAndTellsOtherModules() {
		List<Tps> before = desaTps("35.09.01.2002");
		String csv = """
				desa_code,tps_number,address,lat,lon,voters_male,voters_female,special_site
				35.09.01.2002,1,Balai Desa Keting,%s,%s,200,210,
				35.09.01.2002,2,SDN Keting 01,%s,%s,190,200,
				""".formatted(before.get(0).lat(), before.get(0).lon(), before.get(1).lat(), before.get(1).lon());
		try {
			TpsImportResult result = this.territory.importTps("keting.csv", csv.getBytes(StandardCharsets.UTF_8));
			assertThat(result).isEqualTo(new TpsImportResult("keting.csv", 2, 1, before.size(), 800));
			List<Tps> after = desaTps("35.09.01.2002");
			assertThat(after).extracting(Tps::address).containsExactly("Balai Desa Keting", "SDN Keting 01");
			assertThat(after).noneMatch(Tps::generated);
			assertThat(this.territory.summary().tps()).isEqualTo(4_046 - before.size() + 2);
			assertThat(this.events.stream(TpsImported.class)).singleElement().satisfies(e -> {
				assertThat(e.desaCodes()).containsExactly("35.09.01.2002");
				assertThat(e.rows()).isEqualTo(2);
			});
		}
		finally {
			restore(before);
		}
		assertThat(this.territory.summary().tps()).isEqualTo(4_046);
	}

	@Test
	void rejectedImportChangesNothing() {
		List<Tps> before = desaTps("35.09.01.2002");
		String csv = """
				desa_code,tps_number,address,lat,lon,voters_male,voters_female,special_site
				35.09.01.2002,1,Balai Desa Keting,%s,%s,200,210,
				35.09.01.2002,2,SDN Keting 01,%s,%s,400,300,
				""".formatted(before.get(0).lat(), before.get(0).lon(), before.get(1).lat(), before.get(1).lon());
		assertThatExceptionOfType(TpsImportRejected.class)
			.isThrownBy(() -> this.territory.importTps("bad.csv", csv.getBytes(StandardCharsets.UTF_8)))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.extracting(ImportProblem::row, ImportProblem::column)
				.containsExactly(3, "voters_female"));
		assertThat(desaTps("35.09.01.2002")).isEqualTo(before);
		assertThat(this.events.stream(TpsImported.class)).isEmpty();
	}

	@Test
	void exportedCsvIsReadByACsvReaderAndImportsAgainUnchanged() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.territory.exportCsv("35.09.01", out);
		List<CSVRecord> records;
		try (var parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new InputStreamReader(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8))) {
			records = parser.getRecords();
		}
		List<Tps> jombang = this.territory.findTps(new TpsQuery("35.09.01", null, null, 0, 1000)).content();
		assertThat(records).hasSize(jombang.size());
		assertThat(records.get(0).get("tps_code")).isEqualTo(jombang.get(0).code());
		assertThat(Integer.parseInt(records.get(0).get("voters_male"))).isEqualTo(jombang.get(0).votersMale());

		this.territory.importTps("jombang.csv", out.toByteArray());
		List<Tps> again = this.territory.findTps(new TpsQuery("35.09.01", null, null, 0, 1000)).content();
		assertThat(again).extracting(Tps::code, Tps::address, Tps::lat, Tps::lon, Tps::votersMale, Tps::votersFemale)
			.containsExactlyElementsOf(jombang.stream()
				.map(t -> org.assertj.core.groups.Tuple.tuple(t.code(), t.address(), t.lat(), t.lon(), t.votersMale(),
						t.votersFemale()))
				.toList());
		restore(jombang);
	}

	private List<Tps> desaTps(String desaCode) {
		return this.territory.findTps(new TpsQuery(null, desaCode, null, 0, 1000)).content();
	}

	/**
	 * Puts TPS back as they were (including the generated flag) through the public
	 * import.
	 */
	private void restore(List<Tps> tps) {
		StringBuilder csv = new StringBuilder(
				"desa_code,tps_number,address,lat,lon,voters_male,voters_female,special_site\n");
		for (Tps t : tps) {
			csv.append("%s,%d,\"%s\",%s,%s,%d,%d,%s%n".formatted(t.desaCode(), t.number(), t.address(), t.lat(),
					t.lon(), t.votersMale(), t.votersFemale(), (t.specialSite() != null) ? t.specialSite() : ""));
		}
		this.territory.importTps("restore.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
	}

}
