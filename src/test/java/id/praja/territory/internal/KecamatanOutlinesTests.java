package id.praja.territory.internal;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import static org.assertj.core.api.Assertions.assertThat;

class KecamatanOutlinesTests {

	private static ReferenceData data;

	private static TerritoryGeometry geometry;

	@BeforeAll
	static void read() {
		data = ReferenceData.jember();
		geometry = new TerritoryGeometry(data);
	}

	@Test
	void drawsEachKecamatanAsTheUnionOfItsDesa() {
		assertThat(data.kecamatan()).hasSize(31).allSatisfy(k -> {
			List<Geometry> desa = data.desa()
				.stream()
				.filter(d -> d.kecamatanCode().equals(k.code()))
				.map(d -> geometry.desa(d.code()))
				.toList();
			Geometry union = KecamatanOutlines.union(desa);
			Geometry outline = geometry.kecamatan(k.code());
			// equal within rounding: the area where they differ is under a millionth of
			// the kecamatan, and every desa lies inside its kecamatan
			assertThat(outline.symDifference(union).getArea()).as(k.name()).isLessThan(union.getArea() * 1e-6);
			desa.forEach(d -> assertThat(outline.buffer(1e-6).covers(d)).as(k.name()).isTrue());
		});
	}

	@Test
	void labelsEachKecamatanInsideItsMainland() {
		data.kecamatan().forEach(k -> {
			var label = geometry.labelPoint(k.code());
			assertThat(geometry.kecamatan(k.code()).getFactory().createPoint(label).within(geometry.mainPart(k.code())))
				.as(k.name())
				.isTrue();
		});
	}

}
