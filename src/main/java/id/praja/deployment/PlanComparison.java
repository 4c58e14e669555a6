package id.praja.deployment;

import java.util.List;
import java.util.Map;

import id.praja.vulnerability.PoliceClass;

/**
 * What changed from one plan version to another.
 *
 * @param fromVersion the older version
 * @param toVersion the newer version
 * @param distanceDeltaKm change of total travel (negative: better)
 * @param missingDelta change of empty places (negative: better)
 * @param postsDelta change of the number of posts
 * @param tpsMoved TPS whose post's anchor changed
 * @param tpsMoves the first of them
 * @param officersMoved officers whose post changed, came or left
 * @param officerMoves the first of them
 * @param reserveWithinTargetDelta per class, change of the share reached within the
 * target
 */
public record PlanComparison(int fromVersion, int toVersion, double distanceDeltaKm, int missingDelta, int postsDelta,
		int tpsMoved, List<Move> tpsMoves, int officersMoved, List<Move> officerMoves,
		Map<PoliceClass, Double> reserveWithinTargetDelta) {

	/**
	 * @param id a TPS code or an NRP
	 * @param from the anchor before (null: not placed)
	 * @param to the anchor after (null: not placed)
	 */
	public record Move(String id, String from, String to) {
	}

}
