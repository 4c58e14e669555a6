package id.praja.bko.planning;

import id.praja.shared.GeoPoint;

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
		return GeoPoint.metres(lon1, lat1, lon2, lat2) / 1000 * DETOUR;
	}

	/**
	 * @return travel time in whole minutes (rounded up)
	 */
	public static int minutes(double lat1, double lon1, double lat2, double lon2) {
		return (int) Math.ceil(roadKm(lat1, lon1, lat2, lon2) / SPEED_KMH * 60);
	}

}
