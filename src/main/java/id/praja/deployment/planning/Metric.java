package id.praja.deployment.planning;

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

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	/**
	 * @return the distance from (x1, y1) to (x2, y2)
	 */
	public double distance(double x1, double y1, double x2, double y2) {
		return switch (this) {
			case EUCLID -> Math.hypot(x1 - x2, y1 - y2);
			case EUCLID_FLOOR -> Math.floor(Math.hypot(x1 - x2, y1 - y2));
			case HAVERSINE -> {
				double lat1 = Math.toRadians(y1);
				double lat2 = Math.toRadians(y2);
				double dLat = lat2 - lat1;
				double dLon = Math.toRadians(x2 - x1);
				double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
						+ Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
				yield 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
			}
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
