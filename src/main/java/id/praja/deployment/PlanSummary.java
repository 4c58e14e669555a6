package id.praja.deployment;

import java.util.List;
import java.util.Map;

import id.praja.vulnerability.PoliceClass;

/**
 * What a commander reads first about a plan.
 *
 * @param version the plan version
 * @param posts posts
 * @param tps TPS covered
 * @param policeNeeded police the posts need by the pattern
 * @param policeAssigned police on posts
 * @param missing places left empty
 * @param reserveAvailable officers held back for reserves and escorts
 * @param reserveNeeded the reserve the pattern's share asks for
 * @param suggestedBko officers to ask for as BKO: the empty places plus the reserve
 * shortfall
 * @param belowPattern posts (and so their TPS) below the pattern, worst first
 * @param longestTpsTravels the TPS farthest from their post's anchor
 * @param longestOfficerTravels the officers posted farthest from their unit's base
 * @param reserveWithinTarget per class, the share of TPS a reserve reaches within the
 * target
 * @param reserveWorstMinutes per class, the longest reserve travel
 * @param leadersBelowMinimum posts whose leader holds less than the minimum rank
 * @param unmetPins pins that could not be honoured
 * @param distanceKm total travel from every TPS to its anchor
 * @param boundGapPercent the total travel is at most this many percent above the least
 * any plan of the same posts count could reach (a proven bound); null when unknown
 */
public record PlanSummary(int version, int posts, int tps, int policeNeeded, int policeAssigned, int missing,
		int reserveAvailable, int reserveNeeded, int suggestedBko, List<Shortfall> belowPattern,
		List<Travel> longestTpsTravels, List<Travel> longestOfficerTravels,
		Map<PoliceClass, Double> reserveWithinTarget, Map<PoliceClass, Double> reserveWorstMinutes,
		int leadersBelowMinimum, List<String> unmetPins, double distanceKm, Double boundGapPercent) {

	/**
	 * A post below the pattern.
	 *
	 * @param polsek its Polsek
	 * @param anchor its anchor
	 * @param tps its TPS
	 * @param missing officers it lacks
	 */
	public record Shortfall(String polsek, String anchor, List<String> tps, int missing) {
	}

	/**
	 * A long travel.
	 *
	 * @param who a TPS code or an officer's NRP and name
	 * @param polsek the post's Polsek
	 * @param anchor the post's anchor
	 * @param metres the distance
	 */
	public record Travel(String who, String polsek, String anchor, double metres) {
	}

}
