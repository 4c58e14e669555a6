package id.praja.shared;

/**
 * The one travel model of Praja: driving minutes of a police vehicle between two points,
 * as the planner places reserves with it and as vulnerability proposals, the command desk
 * and the exercises estimate travel. Implemented by the deployment module (a pace per
 * terrain class, configured once by {@code praja.travel.*}); modules below deployment
 * (vulnerability) reach it through this interface without depending on deployment.
 */
public interface TravelTimes {

	/**
	 * @param lon1 from longitude
	 * @param lat1 from latitude
	 * @param lon2 to longitude
	 * @param lat2 to latitude
	 * @return driving minutes
	 */
	double minutes(double lon1, double lat1, double lon2, double lat2);

}
