package id.praja.bko.planning;

/**
 * Travel of a platoon's convoy between two places of a province: the great-circle
 * distance lengthened by a road detour factor, at a convoy's average speed. The planner's
 * terrain model is made for one kabupaten's kecamatan; between kabupaten this coarser
 * model is what the allocation needs (hours, not minutes, decide).
 */
public final class ConvoyTravel {

	/** Road distance over great-circle distance on Java's road network. */
	public static final double DETOUR = 1.3;

	/** A convoy of trucks and buses on provincial roads, in km/h. */
	public static final double SPEED_KMH = 50;

	private ConvoyTravel() {
	}

	/**
	 * @return road distance in kilometres
	 */
	public static double roadKm(double lat1, double lon1, double lat2, double lon2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2)
				+ Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * DETOUR;
	}

	/**
	 * @return travel time in whole minutes (rounded up)
	 */
	public static int minutes(double lat1, double lon1, double lat2, double lon2) {
		return (int) Math.ceil(roadKm(lat1, lon1, lat2, lon2) / SPEED_KMH * 60);
	}

}
