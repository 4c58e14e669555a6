package id.praja.deployment;

import java.util.List;
import java.util.Map;

import id.praja.vulnerability.PoliceClass;

/**
 * Where the reserve teams wait, and how fast they reach the TPS.
 *
 * @param teams teams placed
 * @param teamSize officers per team
 * @param bases the chosen bases
 * @param withinTarget per class, the share of its TPS reached within its response target
 * @param worstMinutes per class, the longest travel time to one of its TPS
 */
public record ReservePlan(int teams, int teamSize, List<Base> bases, Map<PoliceClass, Double> withinTarget,
		Map<PoliceClass, Double> worstMinutes) {

	/**
	 * @param unitCode the unit whose base it is (Polsek, Koramil, Polres)
	 * @param name its name
	 * @param lat latitude
	 * @param lon longitude
	 */
	public record Base(String unitCode, String name, double lat, double lon) {
	}

}
