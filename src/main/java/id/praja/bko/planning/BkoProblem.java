package id.praja.bko.planning;

import java.util.List;

/**
 * What the Polda's BKO allocation decides on, as plain values: the Polres short of their
 * pattern, the reserve platoons the Polda can send, and the travel time of each platoon
 * to each Polres.
 *
 * <p>
 * The unit of allocation is the platoon (SST, <i>satuan setingkat peleton</i>), not the
 * company: BKO is ordered in SST, a platoon keeps its commander (Danton) and its
 * vehicles, and a whole company (about 100 officers) sent to a Polres short of 30 would
 * keep 70 officers from a Polres that needs them. Smaller than a platoon is never sent: a
 * squad without its platoon commander is not a BKO unit.
 *
 * @param needs the Polres with posts below the pattern
 * @param platoons the platoons that may be sent
 * @param minutes travel time of platoon {@code i} to Polres {@code r} in whole minutes;
 * negative when the platoon cannot go there (not available on that Polres' day)
 * @param pins per platoon: {@link #FREE}, {@link #HOME} (pinned to stay), or the index of
 * the Polres it is pinned to
 */
public record BkoProblem(List<Need> needs, List<Platoon> platoons, int[][] minutes, int[] pins) {

	/** The platoon may go anywhere or stay: the solver decides. */
	public static final int FREE = -2;

	/** The platoon is pinned to stay at its home base. */
	public static final int HOME = -1;

	public BkoProblem {
		needs = List.copyOf(needs);
		platoons = List.copyOf(platoons);
		if (minutes.length != platoons.size() || pins.length != platoons.size()) {
			throw new IllegalArgumentException("one row of travel times and one pin per platoon");
		}
		for (int i = 0; i < minutes.length; i++) {
			if (minutes[i].length != needs.size()) {
				throw new IllegalArgumentException("one travel time per Polres");
			}
			if (pins[i] < FREE || pins[i] >= needs.size()) {
				throw new IllegalArgumentException("pin of platoon " + i + " names no Polres");
			}
			if (pins[i] >= 0 && minutes[i][pins[i]] < 0) {
				throw new IllegalArgumentException("platoon " + i + " is pinned to a Polres it cannot reach");
			}
		}
	}

	/**
	 * One Polres' shortfall: its posts below the pattern, grouped by how many officers a
	 * post lacks and how many TPS it covers.
	 *
	 * @param polres the Polres' code
	 * @param gaps the groups of posts below the pattern
	 */
	public record Need(String polres, List<Gap> gaps) {

		public Need {
			gaps = List.copyOf(gaps);
		}

		/**
		 * @return officers missing in all
		 */
		public int officersMissing() {
			return this.gaps.stream().mapToInt(g -> g.missing() * g.posts()).sum();
		}

		/**
		 * @return TPS below the pattern in all
		 */
		public int tpsBelow() {
			return this.gaps.stream().mapToInt(g -> g.tps() * g.posts()).sum();
		}

	}

	/**
	 * Posts alike in what they lack: {@code posts} posts each lacking {@code missing}
	 * officers and covering {@code tps} TPS. A post is brought to the pattern only whole:
	 * a post still short of one officer leaves its TPS below the pattern.
	 *
	 * @param missing officers each post lacks (at least 1)
	 * @param tps TPS each post covers (at least 1)
	 * @param posts how many such posts
	 */
	public record Gap(int missing, int tps, int posts) {

		public Gap {
			if (missing < 1 || tps < 1 || posts < 1) {
				throw new IllegalArgumentException("a gap lacks at least 1 officer at 1 post of 1 TPS");
			}
		}

	}

	/**
	 * A platoon of a reserve unit.
	 *
	 * @param unit the reserve unit's code
	 * @param number its number within the unit (1, 2, ...)
	 * @param officers its strength
	 */
	public record Platoon(String unit, int number, int officers) {

		public Platoon {
			if (officers < 1) {
				throw new IllegalArgumentException("a platoon has at least one officer");
			}
		}

	}

	/**
	 * @return TPS below the pattern before any BKO
	 */
	public int tpsBelow() {
		return this.needs.stream().mapToInt(Need::tpsBelow).sum();
	}

}
