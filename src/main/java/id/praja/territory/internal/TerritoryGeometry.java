package id.praja.territory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
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

	/**
	 * How close (degrees, about 55 m) two areas must come to count as neighbours: the
	 * simplified boundaries of neighbouring desa leave small gaps; an island lies
	 * kilometres off the coast.
	 */
	static final double NEIGHBOUR_TOLERANCE_DEGREES = 0.0005;

	/** Precision of a label point: about 20 m. */
	private static final double LABEL_TOLERANCE_DEGREES = 0.0002;

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private final Map<String, Geometry> desa = new HashMap<>();

	private final Map<String, PreparedGeometry> preparedDesa = new HashMap<>();

	private final Map<String, PreparedGeometry> kecamatanArea = new HashMap<>();

	private final Map<String, String> kecamatanOfDesa = new HashMap<>();

	private final Map<String, Geometry> kecamatan = new HashMap<>();

	private final Map<String, Coordinate> labelPoints = new ConcurrentHashMap<>();

	private final Map<String, Polygon> mainParts = new ConcurrentHashMap<>();

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
	 * The part of a desa or kecamatan where its people live and where a person looks for
	 * its name: its largest polygon that borders a neighbour of the same level (land
	 * joined to the rest of the regency). A polygon that borders no neighbour is an
	 * island, such as the uninhabited nature reserve of Nusa Barong that the reference
	 * data count as the largest polygon of a Puger desa; it is the main part only when
	 * the area has nothing else.
	 * @param code a desa or kecamatan code
	 * @return that polygon, or null for an unknown code
	 */
	public Polygon mainPart(String code) {
		if (this.desa.containsKey(code)) {
			return this.mainParts.computeIfAbsent(code, c -> mainPart(this.desa.get(c), neighbours(c, this.desa)));
		}
		if (this.kecamatan.containsKey(code)) {
			return this.mainParts.computeIfAbsent(code,
					c -> mainPart(this.kecamatan.get(c), neighbours(c, this.kecamatan)));
		}
		return null;
	}

	/**
	 * @param area a polygonal geometry
	 * @param neighbours the other areas of its level near it
	 * @return its largest polygon within {@link #NEIGHBOUR_TOLERANCE_DEGREES} of a
	 * neighbour, or its largest polygon when none is
	 */
	static Polygon mainPart(Geometry area, List<Geometry> neighbours) {
		List<Polygon> parts = new ArrayList<>();
		for (int i = 0; i < area.getNumGeometries(); i++) {
			if (area.getGeometryN(i) instanceof Polygon p) {
				parts.add(p);
			}
		}
		parts.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
		for (Polygon part : parts) {
			for (Geometry n : neighbours) {
				if (part.isWithinDistance(n, NEIGHBOUR_TOLERANCE_DEGREES)) {
					return part;
				}
			}
		}
		return parts.isEmpty() ? null : parts.get(0);
	}

	private static List<Geometry> neighbours(String code, Map<String, Geometry> level) {
		Envelope around = new Envelope(level.get(code).getEnvelopeInternal());
		around.expandBy(NEIGHBOUR_TOLERANCE_DEGREES);
		List<Geometry> result = new ArrayList<>();
		level.forEach((other, g) -> {
			if (!other.equals(code) && around.intersects(g.getEnvelopeInternal())) {
				result.add(g);
			}
		});
		return result;
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
