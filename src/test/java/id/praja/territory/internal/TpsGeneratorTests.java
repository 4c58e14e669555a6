package id.praja.territory.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
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
	void placesNoTpsOnAPartOfItsDesaThatBordersNoNeighbour() {
		// e.g. Nusa Barong, an uninhabited island drawn as the largest polygon of a Puger
		// desa
		GeometryFactory factory = new GeometryFactory();
		List<String> multiPart = data.desa()
			.stream()
			.map(ReferenceData.DesaRef::code)
			.filter(code -> geometry.desa(code).getNumGeometries() > 1)
			.toList();
		assertThat(multiPart).as("desa with islands or exclaves in the reference data").isNotEmpty();
		assertThat(tps).allSatisfy(t -> {
			Geometry desa = geometry.desa(t.desaCode());
			Point at = factory.createPoint(new Coordinate(t.lon(), t.lat()));
			Polygon main = geometry.mainPart(t.desaCode());
			assertThat(main.covers(at)).as("%s in the main part of its desa", t.code()).isTrue();
			for (int i = 0; i < desa.getNumGeometries(); i++) {
				Geometry part = desa.getGeometryN(i);
				if (part != main) {
					assertThat(part.covers(at)).as("%s on another part of its desa", t.code()).isFalse();
				}
			}
		});
	}

	@Test
	void takesTheLargestPolygonThatBordersANeighbourAsTheMainPart() {
		GeometryFactory factory = new GeometryFactory();
		Polygon island = square(factory, 10, -10, 5);
		Polygon mainland = square(factory, 0, 0, 1);
		Polygon neighbour = square(factory, 1, 0, 1);
		var desa = factory.createMultiPolygon(new Polygon[] { island, mainland });
		assertThat(TerritoryGeometry.mainPart(desa, List.of(neighbour))).isEqualTo(mainland);
		// an area with no neighbour at all keeps its largest polygon
		assertThat(TerritoryGeometry.mainPart(desa, List.of())).isEqualTo(island);
		// every desa's main part borders another desa in the reference data
		data.desa()
			.forEach(d -> assertThat(data.desa()
				.stream()
				.filter(o -> !o.code().equals(d.code()))
				.anyMatch(o -> geometry.mainPart(d.code())
					.isWithinDistance(geometry.desa(o.code()), TerritoryGeometry.NEIGHBOUR_TOLERANCE_DEGREES)))
				.as(d.name())
				.isTrue());
	}

	private static Polygon square(GeometryFactory factory, double x, double y, double size) {
		return factory.createPolygon(new Coordinate[] { new Coordinate(x, y), new Coordinate(x + size, y),
				new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y) });
	}

	@Test
	void keepsEachDesasTpsNearItsLabelPoint() {
		// A desa's TPS stand in its dusun, within a walk of its centre: on average less
		// than 1.5 km from the label point in every desa (the spread is at most 900 m,
		// whose
		// mean distance is 1.13 km), and within 1 km over the whole regency.
		Map<String, List<Double>> distances = new HashMap<>();
		tps.forEach(t -> {
			Coordinate label = geometry.labelPoint(t.desaCode());
			distances.computeIfAbsent(t.desaCode(), k -> new java.util.ArrayList<>())
				.add(kilometres(label.y, label.x, t.lat(), t.lon()));
		});
		distances.forEach((desa, list) -> assertThat(list.stream().mapToDouble(Double::doubleValue).average().orElse(0))
			.as("mean distance of the TPS of %s to its label point (km)", desa)
			.isLessThan(1.5));
		double overall = distances.values()
			.stream()
			.flatMap(List::stream)
			.mapToDouble(Double::doubleValue)
			.average()
			.orElseThrow();
		assertThat(overall).as("mean distance over all TPS (km)").isLessThan(1.0);
	}

	@Test
	void putsTheLabelPointInsideTheMainPart() {
		data.desa().forEach(d -> {
			Coordinate label = geometry.labelPoint(d.code());
			assertThat(geometry.mainPart(d.code()).covers(new GeometryFactory().createPoint(label))).as(d.name())
				.isTrue();
		});
	}

	@Test
	void spreadsByPopulationWithinBounds() {
		assertThat(TpsGenerator.spreadKm(100, 50)).isEqualTo(0.25);
		assertThat(TpsGenerator.spreadKm(4_000, 50)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(TpsGenerator.spreadKm(60_000, 50)).isEqualTo(0.9);
		assertThat(TpsGenerator.spreadKm(60_000, 1)).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
	}

	private static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
		return 6371.0 * Math.sqrt(dLat * dLat + dLon * dLon);
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
