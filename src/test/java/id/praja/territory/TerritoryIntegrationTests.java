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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.praja.support.DatabaseTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The territory module against a real PostgreSQL with the real migrations and demo data.
 */
@org.springframework.security.test.context.support.WithUserDetails("kabagops")
class TerritoryIntegrationTests extends DatabaseTests {

	@Autowired
	TerritoryManagement territory;

	@Test
	void holdsJembersTerritoryAndDemoTps() {
		TerritorySummary summary = this.territory.summary();
		assertThat(summary.kecamatan()).isEqualTo(31);
		assertThat(summary.desa()).isEqualTo(248);
		assertThat(summary.tps()).isEqualTo(4_046);
		assertThat(summary.voters()).isEqualTo(1_955_219);
		assertThat(summary.specialSiteTps()).isEqualTo(2);
		assertThat(summary.generatedTps()).isEqualTo(4_046);
		List<Kecamatan> kecamatan = this.territory.kecamatan();
		assertThat(kecamatan).hasSize(31);
		assertThat(kecamatan.stream().mapToInt(Kecamatan::desaCount).sum()).isEqualTo(248);
		assertThat(kecamatan.stream().mapToInt(Kecamatan::tpsCount).sum()).isEqualTo(4_046);
		assertThat(this.territory.desa("35.09.19")).extracting(Desa::name).contains("Kepatihan");
	}

	@Test
	void findsTpsByFiltersAndText() {
		TpsPage kencong = this.territory.findTps(new TpsQuery("35.09.02", null, null, 0, 20));
		assertThat(kencong.totalElements()).isEqualTo(this.territory.kecamatan()
			.stream()
			.filter(k -> k.code().equals("35.09.02"))
			.findFirst()
			.orElseThrow()
			.tpsCount());
		assertThat(kencong.content()).hasSize(20).allMatch(t -> t.kecamatanCode().equals("35.09.02"));
		TpsPage byCode = this.territory.findTps(new TpsQuery(null, null, "35.09.01.2001-TPS-003", 0, 10));
		assertThat(byCode.content()).singleElement().extracting(Tps::code).isEqualTo("35.09.01.2001-TPS-003");
		TpsPage byDesaName = this.territory.findTps(new TpsQuery(null, null, "padomasan", 0, 100));
		assertThat(byDesaName.content()).isNotEmpty().allMatch(t -> t.desaName().equals("Padomasan"));
		TpsPage lastPage = this.territory.findTps(new TpsQuery(null, null, null, 80, 50));
		assertThat(lastPage.content()).hasSize(4_046 - 80 * 50);
		assertThat(lastPage.totalPages()).isEqualTo(81);
	}

	@Test
	void exportedXlsxIsReadByPoi() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.territory.exportXlsx("35.09.19", out);
		List<Tps> kaliwates = this.territory.findTps(new TpsQuery("35.09.19", null, null, 0, 1000)).content();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(kaliwates.size());
			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("desa_code");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(8).getStringCellValue()).isEqualTo(kaliwates.get(0).code());
			assertThat((int) first.getCell(12).getNumericCellValue()).isEqualTo(kaliwates.get(0).voters());
		}
		assertThat(kaliwates).filteredOn(Tps::hasSpecialSite).hasSize(2);
	}

	@Test
	void writesGeoJson() {
		assertThat(this.territory.boundariesGeoJson("kecamatan")).startsWith("{\"type\":\"FeatureCollection\"")
			.contains("\"code\":\"35.09.31\"");
		String points = this.territory.tpsGeoJson("35.09.01");
		assertThat(points.split("\"type\":\"Point\"", -1))
			.hasSize((int) this.territory.findTps(new TpsQuery("35.09.01", null, null, 0, 1)).totalElements() + 1);
	}

}
