package id.praja.deployment.planning;

import id.praja.shared.GeoPoint;

/**
 * How distances between points are measured.
 */
public enum Metric {

	/** Euclidean distance on planar coordinates. */
	EUCLID,
	/**
	 * Euclidean distance rounded down to an integer (OR-Library capacitated p-median).
	 */
	EUCLID_FLOOR,
	/**
	 * Great-circle distance in metres; coordinates are longitude (x) and latitude (y).
	 */
	HAVERSINE;

	/**
	 * @return the distance from (x1, y1) to (x2, y2)
	 */
	public double distance(double x1, double y1, double x2, double y2) {
		return switch (this) {
			case EUCLID -> Math.hypot(x1 - x2, y1 - y2);
			case EUCLID_FLOOR -> Math.floor(Math.hypot(x1 - x2, y1 - y2));
			case HAVERSINE -> GeoPoint.metres(x1, y1, x2, y2);
		};
	}

	/**
	 * @param name as written on the command line: euclid, euclid-floor, haversine
	 * @return the metric
	 */
	public static Metric parse(String name) {
		return switch (name) {
			case "euclid" -> EUCLID;
			case "euclid-floor" -> EUCLID_FLOOR;
			case "haversine" -> HAVERSINE;
			default -> throw new IllegalArgumentException("metric must be euclid, euclid-floor or haversine");
		};
	}

}
