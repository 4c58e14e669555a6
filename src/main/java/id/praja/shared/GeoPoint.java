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
		double dLat = Math.toRadians(other.lat - this.lat);
		double dLon = Math.toRadians(other.lon - this.lon);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(this.lat))
				* Math.cos(Math.toRadians(other.lat)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}

}
