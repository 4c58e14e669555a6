package id.praja.bko;

import java.time.LocalDate;

/**
 * A reserve unit of the Polda that can be sent to a Polres as BKO (Bawah Kendali Operasi:
 * under the receiving Polres' operational control): a Brimob company, a Samapta company,
 * a contingent of a directorate.
 *
 * @param code its code, e.g. {@code BRIMOB-K2}
 * @param name display name, e.g. "Kompi 2 Sat Brimob Polda Jatim"
 * @param kind {@code BRIMOB}, {@code SAMAPTA} or {@code DIREKTORAT}
 * @param homeName its home base (markas)
 * @param homeLat home base latitude
 * @param homeLon home base longitude
 * @param officers its strength
 * @param platoons platoons (SST) it splits into
 * @param availableFrom first day it can be sent
 * @param availableTo last day it can be away
 * @param demo true for demo data
 */
public record ReserveUnit(String code, String name, String kind, String homeName, double homeLat, double homeLon,
		int officers, int platoons, LocalDate availableFrom, LocalDate availableTo, boolean demo) {

	/**
	 * @param number a platoon's number (1 ... platoons)
	 * @return its strength: the unit's strength spread evenly, the first platoons one
	 * larger when it does not divide
	 */
	public int platoonStrength(int number) {
		return this.officers / this.platoons + ((number <= this.officers % this.platoons) ? 1 : 0);
	}

	/**
	 * @param day a day
	 * @return true when the unit can be away on that day
	 */
	public boolean availableOn(LocalDate day) {
		return !day.isBefore(this.availableFrom) && !day.isAfter(this.availableTo);
	}

}
