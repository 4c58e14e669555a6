package id.praja.bko;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One version of the Polda's BKO allocation: where each reserve platoon goes, and what it
 * achieves.
 *
 * @param id its id
 * @param version its number (1, 2, ...)
 * @param votingDay the day the shortfalls are for
 * @param needs the shortfalls it answers (as read when it was made)
 * @param platoons every platoon of every reserve unit, sent or kept home
 * @param results per Polres, what it receives and what that brings to the pattern
 * @param tpsBelowBefore TPS below the pattern before any BKO
 * @param tpsBelow TPS still below the pattern with this allocation
 * @param travelMinutes travel of the platoons sent, in minutes
 * @param optimal true when the solver proved no allocation does better (with the pins)
 * @param createdBy who made it
 * @param createdAt when
 * @param publishedBy who published it, or null for a draft
 * @param publishedAt when, or null
 */
public record BkoAllocation(long id, int version, LocalDate votingDay, List<PolresShortfall> needs,
		List<PlatoonAssignment> platoons, List<PolresResult> results, int tpsBelowBefore, int tpsBelow,
		long travelMinutes, boolean optimal, String createdBy, Instant createdAt, String publishedBy,
		Instant publishedAt) {

	/**
	 * @return true when published (it can no longer change)
	 */
	public boolean published() {
		return this.publishedAt != null;
	}

	/**
	 * @return platoons sent
	 */
	public List<PlatoonAssignment> sent() {
		return this.platoons.stream().filter(PlatoonAssignment::sent).toList();
	}

	/**
	 * A platoon and where it goes.
	 *
	 * @param unitCode its reserve unit
	 * @param unitName the unit's name
	 * @param homeName the unit's home base
	 * @param platoon its number in the unit
	 * @param officers its strength
	 * @param polresCode the Polres it goes to, or null when it stays home
	 * @param polresName that Polres' name, or null
	 * @param pinned true when the Karoops fixed it there (or at home)
	 * @param travelMinutes travel from its home base to the Polres, or null
	 * @param distanceKm road distance, or null
	 * @param from first day with the Polres, or null
	 * @param to last day with the Polres, or null
	 * @param availableOnVotingDay false when its unit cannot be away on voting day
	 */
	public record PlatoonAssignment(String unitCode, String unitName, String homeName, int platoon, int officers,
			String polresCode, String polresName, boolean pinned, Integer travelMinutes, Double distanceKm,
			LocalDate from, LocalDate to, boolean availableOnVotingDay) {

		/**
		 * @return true when it goes to a Polres
		 */
		public boolean sent() {
			return this.polresCode != null;
		}

		/**
		 * @return its code, e.g. {@code BRIMOB-K2-P1}
		 */
		public String code() {
			return this.unitCode + "-P" + this.platoon;
		}

	}

	/**
	 * What a Polres receives.
	 *
	 * @param polresCode the Polres
	 * @param polresName its name
	 * @param officersMissing officers its posts lack
	 * @param tpsBelowBefore TPS below the pattern before BKO
	 * @param platoons platoons it receives
	 * @param officersReceived their officers
	 * @param tpsCovered TPS they bring to the pattern (posts filled whole, best first)
	 */
	public record PolresResult(String polresCode, String polresName, int officersMissing, int tpsBelowBefore,
			int platoons, int officersReceived, int tpsCovered) {

		/**
		 * @return TPS still below the pattern
		 */
		public int tpsBelowAfter() {
			return this.tpsBelowBefore - this.tpsCovered;
		}

	}

}
