package id.praja.territory.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Boundaries of the kecamatan and desa as JTS geometries, for point-in-area checks. Built
 * once from the reference data; immutable afterwards.
 */
public final class TerritoryGeometry {

	/**
	 * How far (degrees, about 550 m at Jember's latitude) a TPS may lie outside its
	 * kecamatan's boundary and still count as inside it (an imported TPS on the far side
	 * of a border road). The desa check is exact.
	 */
	static final double KECAMATAN_TOLERANCE_DEGREES = 0.005;

	/** Precision of a label point: about 20 m. */
	private static final double LABEL_TOLERANCE_DEGREES = 0.0002;

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private final Map<String, Geometry> desa = new HashMap<>();

	private final Map<String, PreparedGeometry> preparedDesa = new HashMap<>();

	private final Map<String, PreparedGeometry> kecamatanArea = new HashMap<>();

	private final Map<String, String> kecamatanOfDesa = new HashMap<>();

	private final Map<String, Geometry> kecamatan = new HashMap<>();

	private final Map<String, Coordinate> labelPoints = new java.util.concurrent.ConcurrentHashMap<>();

	public TerritoryGeometry(ReferenceData data) {
		GeoJsonReader reader = new GeoJsonReader(FACTORY);
		Map<String, List<ReferenceData.DesaRef>> desaByKecamatan = data.desa()
			.stream()
			.collect(Collectors.groupingBy(ReferenceData.DesaRef::kecamatanCode));
		for (ReferenceData.DesaRef d : data.desa()) {
			Geometry g = read(reader, d.boundaryGeoJson(), d.code());
			this.desa.put(d.code(), g);
			this.preparedDesa.put(d.code(), PreparedGeometryFactory.prepare(g));
			this.kecamatanOfDesa.put(d.code(), d.kecamatanCode());
		}
		for (ReferenceData.KecamatanRef k : data.kecamatan()) {
			Geometry area = read(reader, k.boundaryGeoJson(), k.code());
			for (ReferenceData.DesaRef d : desaByKecamatan.getOrDefault(k.code(), List.of())) {
				area = area.union(this.desa.get(d.code()));
			}
			this.kecamatan.put(k.code(), area);
			this.kecamatanArea.put(k.code(), PreparedGeometryFactory.prepare(area.buffer(KECAMATAN_TOLERANCE_DEGREES)));
		}
	}

	private static Geometry read(GeoJsonReader reader, String geoJson, String code) {
		try {
			Geometry g = reader.read(geoJson);
			return g.isValid() ? g : g.buffer(0);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("invalid boundary of " + code, ex);
		}
	}

	/**
	 * @param desaCode a desa code
	 * @return the desa's boundary, or null for an unknown code
	 */
	public Geometry desa(String desaCode) {
		return this.desa.get(desaCode);
	}

	/**
	 * @param kecamatanCode a kecamatan code
	 * @return the kecamatan's boundary (the union of its desa), or null for an unknown
	 * code
	 */
	public Geometry kecamatan(String kecamatanCode) {
		return this.kecamatan.get(kecamatanCode);
	}

	/**
	 * The part of a desa or kecamatan where a person looks for its name and its people:
	 * the largest polygon of its boundary (the mainland, never a small island of a
	 * MultiPolygon).
	 * @param code a desa or kecamatan code
	 * @return that polygon, or null for an unknown code
	 */
	public Polygon mainPart(String code) {
		Geometry g = this.desa.containsKey(code) ? this.desa.get(code) : this.kecamatan.get(code);
		return (g != null) ? largestPolygon(g) : null;
	}

	/**
	 * The label point of a desa or kecamatan: the centre of the largest circle inside its
	 * main part (the pole of inaccessibility), which lies well inside the area even for a
	 * crescent-shaped desa, whose centroid may lie outside it, and never on an island.
	 * @param code a desa or kecamatan code
	 * @return the label point ({@code x} longitude, {@code y} latitude), or null for an
	 * unknown code
	 */
	public Coordinate labelPoint(String code) {
		Polygon main = mainPart(code);
		if (main == null) {
			return null;
		}
		return this.labelPoints.computeIfAbsent(code,
				c -> MaximumInscribedCircle.getCenter(main, LABEL_TOLERANCE_DEGREES).getCoordinate());
	}

	/**
	 * @param g a polygonal geometry
	 * @return its largest polygon by area
	 */
	static Polygon largestPolygon(Geometry g) {
		Polygon largest = null;
		for (int i = 0; i < g.getNumGeometries(); i++) {
			if (g.getGeometryN(i) instanceof Polygon p && (largest == null || p.getArea() > largest.getArea())) {
				largest = p;
			}
		}
		return largest;
	}

	/**
	 * @param desaCode a desa code
	 * @return the code of the kecamatan the desa belongs to, or null for an unknown code
	 */
	public String kecamatanOf(String desaCode) {
		return this.kecamatanOfDesa.get(desaCode);
	}

	/**
	 * @param desaCode a desa code
	 * @param lat latitude
	 * @param lon longitude
	 * @return true when the point lies inside the desa's boundary
	 */
	public boolean inDesa(String desaCode, double lat, double lon) {
		PreparedGeometry g = this.preparedDesa.get(desaCode);
		return g != null && g.covers(point(lat, lon));
	}

	/**
	 * @param kecamatanCode a kecamatan code
	 * @param lat latitude
	 * @param lon longitude
	 * @return true when the point lies inside the kecamatan (its boundary, its desa's
	 * boundaries, and a tolerance of about 550 m)
	 */
	public boolean inKecamatan(String kecamatanCode, double lat, double lon) {
		PreparedGeometry g = this.kecamatanArea.get(kecamatanCode);
		return g != null && g.covers(point(lat, lon));
	}

	private static Point point(double lat, double lon) {
		return FACTORY.createPoint(new Coordinate(lon, lat));
	}

}
