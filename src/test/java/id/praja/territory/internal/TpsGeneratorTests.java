package id.praja.territory.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.praja.territory.Tps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TpsGeneratorTests {

	private static ReferenceData data;

	private static TerritoryGeometry geometry;

	private static List<TpsRow> tps;

	@BeforeAll
	static void generate() {
		data = ReferenceData.jember();
		geometry = new TerritoryGeometry(data);
		tps = new TpsGenerator(data, geometry).generate(2024);
	}

	@Test
	void generatesThePublishedPilkada2024Totals() {
		assertThat(tps).hasSize(4_046);
		assertThat(tps.stream().mapToLong(TpsRow::voters).sum()).isEqualTo(1_955_219);
		assertThat(tps.stream().mapToLong(TpsRow::votersMale).sum()).isEqualTo(965_055);
		assertThat(tps.stream().mapToLong(TpsRow::votersFemale).sum()).isEqualTo(990_164);
	}

	@Test
	void keepsEveryTpsAtOrUnderSixHundredVoters() {
		assertThat(tps).allSatisfy(t -> {
			assertThat(t.voters()).isBetween(1, Tps.MAX_VOTERS);
			assertThat(t.votersMale()).isNotNegative();
			assertThat(t.votersFemale()).isNotNegative();
		});
	}

	@Test
	void givesEveryDesaItsTpsNumberedFromOne() {
		Map<String, List<Integer>> numbers = tps.stream()
			.collect(Collectors.groupingBy(TpsRow::desaCode, Collectors.mapping(TpsRow::number, Collectors.toList())));
		assertThat(numbers).hasSize(248);
		numbers.values().forEach(list -> {
			List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, list.size()).boxed().toList();
			assertThat(list).containsExactlyElementsOf(expected);
		});
		Set<String> codes = new HashSet<>();
		tps.forEach(t -> assertThat(codes.add(t.code())).as("unique code %s", t.code()).isTrue());
	}

	@Test
	void placesTwoTpsInThePrison() {
		List<TpsRow> special = tps.stream().filter(t -> t.specialSite() != null).toList();
		assertThat(special).hasSize(2)
			.allSatisfy(t -> assertThat(t.desaCode()).isEqualTo(TpsGenerator.PRISON_DESA))
			.allSatisfy(t -> assertThat(t.specialSite()).isEqualTo(TpsGenerator.PRISON_SITE));
	}

	@Test
	void placesEveryTpsInsideItsDesaAndKecamatan() {
		assertThat(tps).allSatisfy(t -> {
			assertThat(geometry.inDesa(t.desaCode(), t.lat(), t.lon())).as("%s inside its desa", t.code()).isTrue();
			assertThat(geometry.inKecamatan(geometry.kecamatanOf(t.desaCode()), t.lat(), t.lon()))
				.as("%s inside its kecamatan", t.code())
				.isTrue();
		});
	}

	@Test
	void spreadsVotersInProportionToPopulation() {
		long population = data.kecamatan().stream().mapToLong(ReferenceData.KecamatanRef::population).sum();
		Map<String, Long> votersByKecamatan = new HashMap<>();
		tps.forEach(t -> votersByKecamatan.merge(geometry.kecamatanOf(t.desaCode()), (long) t.voters(), Long::sum));
		for (ReferenceData.KecamatanRef k : data.kecamatan()) {
			double populationShare = (double) k.population() / population;
			double voterShare = votersByKecamatan.get(k.code()) / 1_955_219.0;
			assertThat(voterShare).as(k.name()).isCloseTo(populationShare, org.assertj.core.data.Offset.offset(0.0005));
		}
	}

	@Test
	void isDeterministicForASeed() {
		TpsGenerator generator = new TpsGenerator(data, geometry);
		assertThat(generator.generate(2024)).isEqualTo(tps);
		assertThat(generator.generate(7)).isNotEqualTo(tps);
		assertThat(generator.generate(7)).hasSize(4_046);
	}

	@Test
	void marksEveryTpsAsGenerated() {
		assertThat(tps).allMatch(TpsRow::generated);
	}

	@Test
	void refusesTooFewTpsForTheVoters() {
		assertThatIllegalArgumentException().isThrownBy(() -> TpsGenerator.tpsPerDesa(new int[] { 1_200, 700 }, 3))
			.withMessageContaining("cannot hold");
	}

	@Test
	void splitsLargestRemainderExactly() {
		assertThat(TpsGenerator.largestRemainderByWeights(10, new double[] { 1, 1, 1 })).containsExactly(4, 3, 3);
		assertThat(
				java.util.Arrays.stream(TpsGenerator.largestRemainderByWeights(1_001, new double[] { 3, 5, 7 })).sum())
			.isEqualTo(1_001);
	}

}
