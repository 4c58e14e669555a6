package id.praja.operation;

import java.time.LocalDate;
import java.util.List;

/**
 * A police operation securing an election.
 *
 * @param id its id
 * @param codeName the code name ("sandi"), e.g. Mantap Praja Semeru 2024
 * @param polda the Polda
 * @param polres the Polres
 * @param startsOn first day
 * @param endsOn last day
 * @param contests the contests it secures
 */
public record Operation(long id, String codeName, String polda, String polres, LocalDate startsOn, LocalDate endsOn,
		List<String> contests) {

	/**
	 * @return days of the operation, both ends included
	 */
	public long days() {
		return this.endsOn.toEpochDay() - this.startsOn.toEpochDay() + 1;
	}

}
