package id.praja.report;

import java.time.LocalDate;

/**
 * What to compare in an evaluation (Anev); what a mode does not use may be null.
 *
 * @param mode what is compared
 * @param day DAY: the day evaluated; WEEK: the last day of the week evaluated; STAGE:
 * picks the stage running that day when {@code stage} is null
 * @param against DAY: the day compared with (default the day before); WEEK: the last day
 * of the week compared with (default seven days earlier)
 * @param stage STAGE: the stage evaluated (an agenda code, e.g. TENANG)
 * @param againstStage STAGE: the stage compared with (default the one before)
 * @param unit the unit (POLRES, POLDA or a Polsek); UNIT: the Polsek evaluated
 * @param againstUnit UNIT: the unit compared with
 * @param from UNIT and RANK: first day of the period
 * @param to UNIT and RANK: last day of the period
 * @param by RANK: the figure ranked by (default KAMTIBMAS)
 */
public record AnevQuery(AnevMode mode, LocalDate day, LocalDate against, String stage, String againstStage, String unit,
		String againstUnit, LocalDate from, LocalDate to, String by) {
}
