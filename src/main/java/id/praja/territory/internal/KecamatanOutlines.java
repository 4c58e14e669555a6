package id.praja.territory.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Derives each kecamatan's outline from the union of its desa polygons, so the kecamatan
 * layer and the desa layer of a map share their edges. The published kecamatan polygons
 * are a coarser simplification that crosses desa (and drew TPS outside "their"
 * kecamatan), so Praja does not use them.
 */
final class KecamatanOutlines {

	/** Decimals of the written coordinates: 1e-7 degrees is about 1 cm. */
	private static final int DECIMALS = 7;

	private KecamatanOutlines() {
	}

	/**
	 * @param desa every desa with its kecamatan code and boundary (GeoJSON geometry)
	 * @return per kecamatan code, the union of its desa as a GeoJSON geometry
	 */
	static Map<String, String> derive(List<ReferenceData.DesaRef> desa) {
		GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());
		Map<String, List<Geometry>> parts = new LinkedHashMap<>();
		for (ReferenceData.DesaRef d : desa) {
			parts.computeIfAbsent(d.kecamatanCode(), k -> new ArrayList<>()).add(read(reader, d));
		}
		GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
		writer.setEncodeCRS(false);
		Map<String, String> result = new LinkedHashMap<>();
		parts.forEach((kecamatan, polygons) -> result.put(kecamatan, writer.write(union(polygons))));
		return result;
	}

	/**
	 * @param polygons desa polygons
	 * @return their union (a Polygon, or a MultiPolygon for a kecamatan with islands)
	 */
	static Geometry union(List<Geometry> polygons) {
		return UnaryUnionOp.union(polygons);
	}

	private static Geometry read(GeoJsonReader reader, ReferenceData.DesaRef d) {
		try {
			Geometry g = reader.read(d.boundaryGeoJson());
			return g.isValid() ? g : g.buffer(0);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("invalid boundary of " + d.code(), ex);
		}
	}

}
