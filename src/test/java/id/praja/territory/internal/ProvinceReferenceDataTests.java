package id.praja.territory.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The territory loader for a kabupaten/kota other than Jember, against the counts the
 * shipped {@code kabupaten.csv} states.
 */
class ProvinceReferenceDataTests {

	@Test
	void loadsBanyuwangiWithTheKecamatanAndDesaTheDataFilesCount() throws IOException {
		ReferenceData data = ReferenceData.province(ReferenceData.JATIM, List.of("35.10"));
		CSVRecord row = kabupatenRow("35.10");

		assertThat(data.kabupaten()).singleElement().satisfies(k -> {
			assertThat(k.code()).isEqualTo("35.10");
			assertThat(k.name()).isEqualTo("Kabupaten Banyuwangi");
			assertThat(k.population()).isEqualTo(Integer.valueOf(row.get("population")));
			assertThat(k.boundaryGeoJson()).contains("Polygon");
		});
		assertThat(data.kecamatan()).hasSize(Integer.parseInt(row.get("kecamatan_count")))
			.allSatisfy(k -> assertThat(k.kabupatenCode()).isEqualTo("35.10"));
		assertThat(data.desa()).hasSize(Integer.parseInt(row.get("desa_count")))
			.allSatisfy(d -> assertThat(d.kecamatanCode()).startsWith("35.10."));
		assertThat(data.desa().stream().filter(d -> d.type().equals("kelurahan")))
			.hasSize(Integer.parseInt(row.get("kelurahan_count")));
		// every desa has a boundary and every kecamatan its outline: the union of its
		// desa
		assertThat(data.desa()).allSatisfy(d -> assertThat(d.boundaryGeoJson()).contains("coordinates"));
		assertThat(data.kecamatan()).allSatisfy(k -> assertThat(k.boundaryGeoJson()).contains("coordinates"));
	}

	@Test
	void loadsACityAndCountsEachKecamatansDesa() throws IOException {
		ReferenceData data = ReferenceData.province(ReferenceData.JATIM, List.of("35.73"));
		Map<String, Long> desaPerKecamatan = data.desa()
			.stream()
			.collect(Collectors.groupingBy(ReferenceData.DesaRef::kecamatanCode, Collectors.counting()));
		for (CSVRecord r : csv("/territory/jatim/kecamatan.csv")) {
			if (r.get("kabupaten_code").equals("35.73")) {
				assertThat(desaPerKecamatan.get(r.get("code"))).as(r.get("name"))
					.isEqualTo(Long.parseLong(r.get("desa_count")));
			}
		}
		assertThat(data.kecamatan()).hasSize(5);
	}

	@Test
	void puttingJembersDetailedFilesInPlaceOfItsProvinceRowsKeepsTheOthers() {
		ReferenceData province = ReferenceData.province(ReferenceData.JATIM, List.of("35.08", "35.09"));
		ReferenceData merged = province.replacing(ReferenceData.jember());
		assertThat(merged.kabupaten()).extracting(ReferenceData.KabupatenRef::code).containsExactly("35.08", "35.09");
		assertThat(merged.kecamatan()).hasSize(province.kecamatan().size());
		assertThat(merged.desa()).hasSize(province.desa().size());
		// Jember's kecamatan carry the areas only its detailed files have
		assertThat(merged.kecamatan().stream().filter(k -> k.kabupatenCode().equals("35.09")))
			.allSatisfy(k -> assertThat(k.areaKm2()).isNotNull());
		assertThat(merged.only("35.08").desa()).hasSize(province.only("35.08").desa().size());
	}

	@Test
	void refusesAKabupatenTheDataSetDoesNotHave() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReferenceData.province(ReferenceData.JATIM, List.of("33.01")))
			.withMessageContaining("33.01");
	}

	@Test
	void completesThePilkadaFiguresToTheProvinceTotals() throws IOException {
		ElectionFigures figures = ElectionFigures.read(ReferenceData.JATIM);
		assertThat(figures.all()).hasSize(38);
		assertThat(figures.all().stream().mapToInt(ElectionFigures.Figure::tps).sum()).isEqualTo(60_751);
		assertThat(figures.all().stream().mapToInt(ElectionFigures.Figure::voters).sum()).isEqualTo(31_280_418);
		for (CSVRecord r : csv("/territory/jatim/pilkada2024_jatim.csv")) {
			if (r.get("level").equals("kabupaten") && !r.get("tps").isBlank()) {
				assertThat(figures.of(r.get("code")).tps()).as(r.get("name")).isEqualTo(Integer.parseInt(r.get("tps")));
				assertThat(figures.of(r.get("code")).tpsPublished()).isTrue();
			}
		}
		assertThat(figures.of("35.20").tpsPublished()).isFalse();
		assertThat(figures.of("35.09").voters()).isEqualTo(1_955_219);
		assertThat(figures.all()).allSatisfy(f -> assertThat(f.voters()).isLessThanOrEqualTo(f.tps() * 600));
	}

	static CSVRecord kabupatenRow(String code) throws IOException {
		return csv("/territory/jatim/kabupaten.csv").stream()
			.filter(r -> r.get("code").equals(code))
			.findFirst()
			.orElseThrow();
	}

	static List<CSVRecord> csv(String resource) throws IOException {
		try (Reader reader = new InputStreamReader(ProvinceReferenceDataTests.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
