package id.praja.deployment;

import java.time.LocalDate;
import java.util.List;

/**
 * BKO (Bawah Kendali Operasi) platoons the Polda has sent to a Polres: the planner counts
 * their officers as available on the days they are there, besides the Polres' own roster.
 * Implemented by the module that allocates them (the Polda's BKO allocation), so that
 * deployment does not depend on it; without an implementation no platoon arrives.
 */
public interface Reinforcements {

	/**
	 * @param polresCode the receiving Polres
	 * @param day a day
	 * @return the platoons with that Polres on that day, by the newest published
	 * allocation
	 */
	List<Platoon> on(String polresCode, LocalDate day);

	/**
	 * A platoon sent as BKO.
	 *
	 * @param code short code of the platoon (at most 15 characters), e.g.
	 * {@code BRIMOB-K2-P1}; its officers appear in the plan as {@code code-01},
	 * {@code code-02} ... (no NRP: the Polda names them in its own Sprin)
	 * @param name display name, e.g. "Peleton 1 Kompi 2 Sat Brimob Polda Jatim"
	 * @param officers its strength
	 * @param from first day with the Polres
	 * @param to last day with the Polres
	 */
	record Platoon(String code, String name, int officers, LocalDate from, LocalDate to) {
	}

}
