package id.praja.deployment.planning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Great-circle distance times a detour factor at a speed, both per terrain class; a trip
 * goes at the pace of the harder of its two ends. The terrain of a point is that of the
 * nearest area centre given (the kecamatan centroids).
 */
public final class TerrainTravelModel implements TravelModel {

	/**
	 * @param detour road distance per straight-line distance
	 * @param kmh average speed
	 */
	public record Pace(double detour, double kmh) {

		public Pace {
			if (detour < 1 || kmh <= 0) {
				throw new IllegalArgumentException("detour must be at least 1 and speed positive");
			}
		}

	}

	/**
	 * An area centre and its terrain.
	 *
	 * @param lon longitude
	 * @param lat latitude
	 * @param terrain its class
	 */
	public record Area(double lon, double lat, Terrain terrain) {
	}

	/** Defaults: plains 1.4 × at 40 km/h, hills 1.6 × at 30, mountains 1.9 × at 20. */
	public static Map<Terrain, Pace> defaultPaces() {
		Map<Terrain, Pace> paces = new EnumMap<>(Terrain.class);
		paces.put(Terrain.DATAR, new Pace(1.4, 40));
		paces.put(Terrain.BERBUKIT, new Pace(1.6, 30));
		paces.put(Terrain.PEGUNUNGAN, new Pace(1.9, 20));
		return paces;
	}

	private final Map<Terrain, Pace> paces;

	private final List<Area> areas;

	/**
	 * @param paces pace per terrain class (every class)
	 * @param areas area centres with their terrain (at least one)
	 */
	public TerrainTravelModel(Map<Terrain, Pace> paces, List<Area> areas) {
		for (Terrain t : Terrain.values()) {
			if (!paces.containsKey(t)) {
				throw new IllegalArgumentException("no pace for terrain " + t);
			}
		}
		if (areas.isEmpty()) {
			throw new IllegalArgumentException("the terrain model needs at least one area");
		}
		this.paces = new EnumMap<>(paces);
		this.areas = List.copyOf(areas);
	}

	/**
	 * @return the terrain at a point (that of the nearest area centre)
	 */
	public Terrain terrainAt(double lon, double lat) {
		Area best = null;
		double bestDistance = Double.MAX_VALUE;
		// once per point, not per area: called twice for every trip the planner weighs
		double cosLat = Math.cos(Math.toRadians(lat));
		for (Area a : this.areas) {
			double dx = (a.lon() - lon) * cosLat;
			double dy = a.lat() - lat;
			double d = dx * dx + dy * dy;
			if (d < bestDistance) {
				bestDistance = d;
				best = a;
			}
		}
		return best.terrain();
	}

	@Override
	public double minutes(double lon1, double lat1, double lon2, double lat2) {
		Terrain a = terrainAt(lon1, lat1);
		Terrain b = terrainAt(lon2, lat2);
		Pace pace = this.paces.get((a.compareTo(b) >= 0) ? a : b);
		return Metric.HAVERSINE.distance(lon1, lat1, lon2, lat2) / 1000 * pace.detour() / pace.kmh() * 60;
	}

}
