package id.praja.report;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An event to record; counts may be null (0, and 1 for {@code count}).
 *
 * @param day the day
 * @param unitCode the unit
 * @param category category
 * @param subcategory subcategory
 * @param count how many
 * @param dead MD
 * @param badlyHurt LB
 * @param lightlyHurt LR
 * @param lossRp loss in rupiah
 * @param notable notable event
 * @param note note
 * @param time the local time of day it happened (the Polres' zone), or null when unknown
 */
public record NewReportEvent(LocalDate day, String unitCode, EventCategory category, String subcategory, Integer count,
		Integer dead, Integer badlyHurt, Integer lightlyHurt, Long lossRp, Boolean notable, String note,
		LocalTime time) {

	/**
	 * An event whose time of day is not known.
	 * @param day the day
	 * @param unitCode the unit
	 * @param category category
	 * @param subcategory subcategory
	 * @param count how many
	 * @param dead MD
	 * @param badlyHurt LB
	 * @param lightlyHurt LR
	 * @param lossRp loss in rupiah
	 * @param notable notable event
	 * @param note note
	 */
	public NewReportEvent(LocalDate day, String unitCode, EventCategory category, String subcategory, Integer count,
			Integer dead, Integer badlyHurt, Integer lightlyHurt, Long lossRp, Boolean notable, String note) {
		this(day, unitCode, category, subcategory, count, dead, badlyHurt, lightlyHurt, lossRp, notable, note, null);
	}

}
