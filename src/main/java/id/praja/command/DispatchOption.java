package id.praja.command;

import java.util.List;

/**
 * A recommended unit for an incident, with what sending it costs.
 *
 * @param unit the unit
 * @param minutes travel time to the incident's TPS
 * @param officers officers it sends (a reserve team's size; 2 from a post)
 * @param remaining for a post, officers left at the post after 2 leave; null for a
 * reserve
 * @param required for a post, officers the staffing pattern requires there; null for a
 * reserve
 * @param uncoveredTps for a post, the TPS that fall below the pattern while its officers
 * are away (all of its TPS when fewer than required remain); empty for a reserve
 * @param reason why the {@link DispatchPolicy} ranks it where it stands (null before
 * ranking)
 */
public record DispatchOption(DispatchUnit unit, double minutes, int officers, Integer remaining, Integer required,
		List<String> uncoveredTps, DispatchPolicy.Reason reason) {

	/**
	 * @param why the ranking's reason
	 * @return this option with its reason
	 */
	DispatchOption because(DispatchPolicy.Reason why) {
		return new DispatchOption(this.unit, this.minutes, this.officers, this.remaining, this.required,
				this.uncoveredTps, why);
	}

	/**
	 * @return true when sending this unit leaves TPS below the pattern
	 */
	public boolean costly() {
		return !this.uncoveredTps.isEmpty();
	}

}
