package id.praja.territory.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.praja.territory.Tps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Polda Jatim demo's TPS: all 38 kabupaten/kota, the published Pilkada 2024 TPS count
 * of each kabupaten where one exists, every TPS inside its desa, Jember as in its own
 * demo.
 */
class JatimDemoTpsTests {

	private static TerritoryReference reference;

	private static List<TpsRow> tps;

	@BeforeAll
	static void generate() {
		reference = new TerritoryReference(ReferenceData.JATIM, List.of());
		tps = DemoTps.generate(reference, 2024);
	}

	@Test
	void coversTheWholeProvinceWithItsPublishedTotal() {
		assertThat(reference.data().kabupaten()).hasSize(38);
		assertThat(reference.data().kecamatan()).hasSize(666);
		assertThat(reference.data().desa()).hasSize(8_494);
		assertThat(tps).hasSize(60_751);
		assertThat(tps.stream().mapToLong(TpsRow::voters).sum()).isEqualTo(31_280_418);
		assertThat(tps).allSatisfy(t -> {
			assertThat(t.generated()).isTrue();
			assertThat(t.voters()).isBetween(1, Tps.MAX_VOTERS);
		});
		assertThat(tps.stream().map(TpsRow::desaCode).distinct()).hasSize(8_494);
	}

	@Test
	void givesEachKabupatenItsPublishedTpsCount() throws Exception {
		Map<String, Long> perKabupaten = tps.stream()
			.collect(Collectors.groupingBy(t -> t.desaCode().substring(0, 5), Collectors.counting()));
		int published = 0;
		for (var r : ProvinceReferenceDataTests.csv("/territory/jatim/pilkada2024_jatim.csv")) {
			if (r.get("level").equals("kabupaten") && !r.get("tps").isBlank()) {
				assertThat(perKabupaten.get(r.get("code"))).as(r.get("name")).isEqualTo(Long.parseLong(r.get("tps")));
				published++;
			}
		}
		assertThat(published).isEqualTo(30);
	}

	@Test
	void placesEveryTpsInsideItsDesa() {
		TerritoryGeometry geometry = reference.geometry();
		List<TpsRow> outside = tps.stream().filter(t -> !geometry.inDesa(t.desaCode(), t.lat(), t.lon())).toList();
		assertThat(outside).isEmpty();
	}

	@Test
	void keepsJembersOwnDemo() {
		ReferenceData jember = ReferenceData.jember();
		List<TpsRow> alone = new TpsGenerator(jember, new TerritoryGeometry(jember)).generate(2024);
		List<TpsRow> inProvince = tps.stream().filter(t -> t.desaCode().startsWith("35.09.")).toList();
		assertThat(inProvince).hasSize(4_046);
		assertThat(inProvince).extracting(TpsRow::code, TpsRow::votersMale, TpsRow::votersFemale)
			.containsExactlyElementsOf(alone.stream()
				.map(t -> org.assertj.core.groups.Tuple.tuple(t.code(), t.votersMale(), t.votersFemale()))
				.toList());
	}

}
