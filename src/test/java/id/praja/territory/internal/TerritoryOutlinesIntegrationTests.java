package id.praja.territory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.praja.support.DatabaseTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The kecamatan outlines as stored and served: the union of their desa, so the two map
 * layers share their edges, also in a database loaded before they were derived.
 */
class TerritoryOutlinesIntegrationTests extends DatabaseTests {

	private static final GeoJsonReader READER = new GeoJsonReader(new GeometryFactory());

	@Autowired
	TerritoryRepository repository;

	@Autowired
	TerritoryReference reference;

	@Autowired
	TerritoryInitializer initializer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void storesEachKecamatanAsTheUnionOfItsDesa() {
		Map<String, List<Geometry>> desaByKecamatan = new HashMap<>();
		this.repository.boundaries("desa")
			.forEach(d -> desaByKecamatan.computeIfAbsent(d.parentCode(), k -> new ArrayList<>())
				.add(read(d.geometry())));
		List<TerritoryRepository.Boundary> kecamatan = this.repository.boundaries("kecamatan");
		assertThat(kecamatan).hasSize(31).allSatisfy(k -> {
			Geometry union = KecamatanOutlines.union(desaByKecamatan.get(k.code()));
			Geometry stored = read(k.geometry());
			assertThat(stored.symDifference(union).getArea()).as(k.name()).isLessThan(union.getArea() * 1e-6);
		});
	}

	@Test
	void redrawsTheOutlinesOfADatabaseLoadedBefore() {
		String derived = this.jdbc.sql("SELECT boundary_geojson FROM territory_kecamatan WHERE code = '35.09.01'")
			.query(String.class)
			.single();
		// an outline as the published kecamatan polygons drew it: not the union of the
		// desa
		String coarse = "{\"type\":\"Polygon\",\"coordinates\":[[[113.3,-8.2],[113.4,-8.2],[113.4,-8.3],[113.3,-8.2]]]}";
		this.jdbc.sql("UPDATE territory_kecamatan SET boundary_geojson = ? WHERE code = '35.09.01'")
			.param(coarse)
			.update();
		// loaded by a Praja that recorded no fingerprint of its reference data
		this.jdbc.sql("DELETE FROM territory_reference_state").update();

		this.initializer.afterPropertiesSet();

		assertThat(this.jdbc.sql("SELECT boundary_geojson FROM territory_kecamatan WHERE code = '35.09.01'")
			.query(String.class)
			.single()).isEqualTo(derived);
		assertThat(this.repository.updateKecamatanBoundaries(this.reference.data().kecamatan())).isZero();
		assertThat(this.repository.referenceFingerprint()).contains(ReferenceData.fingerprint());
	}

	@Test
	void derivesNothingAgainWhenTheReferenceDataIsAlreadyWritten() {
		String derived = this.jdbc.sql("SELECT boundary_geojson FROM territory_kecamatan WHERE code = '35.09.01'")
			.query(String.class)
			.single();
		assertThat(this.repository.referenceFingerprint()).contains(ReferenceData.fingerprint());
		// a mark that only a new derivation would erase
		String marked = "{\"type\":\"Polygon\",\"coordinates\":[[[113.3,-8.2],[113.4,-8.2],[113.4,-8.3],[113.3,-8.2]]]}";
		this.jdbc.sql("UPDATE territory_kecamatan SET boundary_geojson = ? WHERE code = '35.09.01'")
			.param(marked)
			.update();
		try {
			this.initializer.afterPropertiesSet();

			assertThat(this.jdbc.sql("SELECT boundary_geojson FROM territory_kecamatan WHERE code = '35.09.01'")
				.query(String.class)
				.single()).isEqualTo(marked);
		}
		finally {
			this.jdbc.sql("UPDATE territory_kecamatan SET boundary_geojson = ? WHERE code = '35.09.01'")
				.param(derived)
				.update();
		}
	}

	@Test
	void servesLabelPointsInsideTheMainPartOfEachArea() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		for (String level : List.of("kecamatan", "desa")) {
			String body = this.mvc.get()
				.uri("/api/v1/geo/" + level)
				.with(httpBasic("kabagops", "praja2024"))
				.exchange()
				.getResponse()
				.getContentAsString();
			JsonNode features = json.readTree(body).get("features");
			assertThat(features).isNotEmpty();
			for (JsonNode f : features) {
				JsonNode p = f.get("properties");
				Geometry served = read(json.writeValueAsString(f.get("geometry")));
				Geometry main = this.reference.geometry().mainPart(p.get("code").asString());
				var label = served.getFactory()
					.createPoint(new Coordinate(p.get("labelLon").asDouble(), p.get("labelLat").asDouble()));
				assertThat(main.covers(label)).as(p.get("name").asString()).isTrue();
				assertThat(served.covers(label)).as(p.get("name").asString()).isTrue();
			}
		}
	}

	private static Geometry read(String geoJson) {
		try {
			Geometry g = READER.read(geoJson);
			return g.isValid() ? g : g.buffer(0);
		}
		catch (ParseException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
