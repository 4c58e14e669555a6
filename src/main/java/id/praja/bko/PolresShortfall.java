package id.praja.bko;

import java.time.LocalDate;
import java.util.List;

/**
 * A Polres short of its staffing pattern, from its plan: the places its posts lack that
 * its own officers do not fill (places filled by BKO from an earlier allocation count as
 * lacking, since they depend on the Polda).
 *
 * @param polresCode the Polres
 * @param polresName its name
 * @param lat its headquarters' latitude
 * @param lon its headquarters' longitude
 * @param planVersion the plan version read (the newest published, else the newest draft)
 * @param votingDay the day the plan deploys for
 * @param gaps its posts below the pattern, grouped
 */
public record PolresShortfall(String polresCode, String polresName, double lat, double lon, int planVersion,
		LocalDate votingDay, List<Gap> gaps) {

	public PolresShortfall {
		gaps = List.copyOf(gaps);
	}

	/**
	 * Posts alike in what they lack.
	 *
	 * @param missing officers each lacks
	 * @param tps TPS each covers
	 * @param posts how many such posts
	 */
	public record Gap(int missing, int tps, int posts) {
	}

	/**
	 * @return officers missing in all
	 */
	public int officersMissing() {
		return this.gaps.stream().mapToInt(g -> g.missing() * g.posts()).sum();
	}

	/**
	 * @return TPS below the pattern
	 */
	public int tpsBelow() {
		return this.gaps.stream().mapToInt(g -> g.tps() * g.posts()).sum();
	}

	/**
	 * @return posts below the pattern
	 */
	public int posts() {
		return this.gaps.stream().mapToInt(Gap::posts).sum();
	}

}
