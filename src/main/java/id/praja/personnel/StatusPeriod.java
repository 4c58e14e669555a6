package id.praja.personnel;

import java.time.LocalDate;

/**
 * A period in which an officer is not available.
 *
 * @param status why
 * @param from first day
 * @param to last day (inclusive)
 */
public record StatusPeriod(OfficerStatus status, LocalDate from, LocalDate to) {

	/**
	 * @param day a day
	 * @return true when the day falls within the period
	 */
	public boolean covers(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

}
