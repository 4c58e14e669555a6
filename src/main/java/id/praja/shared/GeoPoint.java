package id.praja.shared;

/**
 * A point on the earth in WGS84 decimal degrees.
 *
 * @param lat latitude, degrees north (negative south of the equator)
 * @param lon longitude, degrees east
 */
public record GeoPoint(double lat, double lon) {

	private static final double EARTH_RADIUS_METRES = 6_371_008.8;

	public GeoPoint {
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new IllegalArgumentException("latitude out of range: " + lat);
		}
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw new IllegalArgumentException("longitude out of range: " + lon);
		}
	}

	/**
	 * Great-circle (haversine) distance to another point.
	 * @param other the other point
	 * @return the distance in metres
	 */
	public double distanceMetres(GeoPoint other) {
		return metres(this.lon, this.lat, other.lon, other.lat);
	}

	/**
	 * The one great-circle (haversine) distance of Praja, without allocating points (the
	 * planner's hot path uses it as {@code Metric.HAVERSINE}).
	 * @param lon1 from longitude, degrees
	 * @param lat1 from latitude, degrees
	 * @param lon2 to longitude, degrees
	 * @param lat2 to latitude, degrees
	 * @return metres on a sphere of the mean Earth radius
	 */
	public static double metres(double lon1, double lat1, double lon2, double lat2) {
		double phi1 = Math.toRadians(lat1);
		double phi2 = Math.toRadians(lat2);
		double dLat = phi2 - phi1;
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
