package id.praja.deployment.planning;

/**
 * Travel time between two points. The default is great-circle distance times a detour
 * factor at an average speed; a road router can replace it behind this interface.
 */
public interface TravelModel {

	/**
	 * @return minutes from (lon1, lat1) to (lon2, lat2)
	 */
	double minutes(double lon1, double lat1, double lon2, double lat2);

	/**
	 * @param detour road distance per straight-line distance (e.g. 1.4)
	 * @param kmh average speed
	 * @return the great-circle model
	 */
	static TravelModel greatCircle(double detour, double kmh) {
		if (detour < 1 || kmh <= 0) {
			throw new IllegalArgumentException("detour must be at least 1 and speed positive");
		}
		return (lon1, lat1, lon2, lat2) -> Metric.HAVERSINE.distance(lon1, lat1, lon2, lat2) / 1000 * detour / kmh * 60;
	}

}
