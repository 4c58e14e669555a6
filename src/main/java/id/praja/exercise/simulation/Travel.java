package id.praja.exercise.simulation;

/** Travel minutes between two points (the planner's travel model is passed in). */
@FunctionalInterface
public interface Travel {

	/**
	 * @return minutes from (lon1, lat1) to (lon2, lat2)
	 */
	double minutes(double lon1, double lat1, double lon2, double lat2);

}
