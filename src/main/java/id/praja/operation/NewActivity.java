package id.praja.operation;

import java.time.LocalDateTime;

/**
 * An activity to log.
 *
 * @param kind what was done
 * @param at when
 * @param place where
 * @param unitCode the unit
 * @param officers officers involved
 * @param people people reached
 * @param note a note, or null
 */
public record NewActivity(ActivityKind kind, LocalDateTime at, String place, String unitCode, Integer officers,
		Integer people, String note) {
}
