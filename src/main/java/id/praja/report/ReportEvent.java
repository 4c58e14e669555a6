package id.praja.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A recorded kamtibmas event, traffic accident or protest.
 *
 * @param id its id
 * @param day the day it happened
 * @param unitCode the Polsek (or Polres function) whose area it is in
 * @param category its category
 * @param subcategory e.g. curanmor, banjir, tabrakan
 * @param count how many events this record counts (at least 1)
 * @param dead dead (MD)
 * @param badlyHurt badly hurt (LB)
 * @param lightlyHurt lightly hurt (LR)
 * @param lossRp material loss in rupiah
 * @param notable a notable ("menonjol") event that colours the status line
 * @param note a note, or null
 * @param recordedBy who recorded it
 * @param occurredAt when it happened, or null when only the day is known
 */
public record ReportEvent(long id, LocalDate day, String unitCode, EventCategory category, String subcategory,
		int count, int dead, int badlyHurt, int lightlyHurt, long lossRp, boolean notable, String note,
		String recordedBy, Instant occurredAt) {
}
