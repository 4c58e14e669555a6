package id.praja.operation;

import java.time.LocalDate;

/**
 * A Sprin to issue: personnel from a task force or from a unit of the roster.
 *
 * @param issuedOn date of issue
 * @param task the task, one "Untuk" item per line
 * @param periodFrom first day
 * @param periodTo last day
 * @param taskForce a task force code, or null
 * @param unitCode a unit code (when no task force), or null
 * @param considering the "Pertimbangan", or null for none
 */
public record NewSprin(LocalDate issuedOn, String task, LocalDate periodFrom, LocalDate periodTo, String taskForce,
		String unitCode, String considering) {

	/**
	 * A Sprin without "Pertimbangan".
	 * @param issuedOn date of issue
	 * @param task the task
	 * @param periodFrom first day
	 * @param periodTo last day
	 * @param taskForce a task force code, or null
	 * @param unitCode a unit code (when no task force), or null
	 */
	public NewSprin(LocalDate issuedOn, String task, LocalDate periodFrom, LocalDate periodTo, String taskForce,
			String unitCode) {
		this(issuedOn, task, periodFrom, periodTo, taskForce, unitCode, null);
	}

}
