package id.praja.operation;

import java.time.LocalDateTime;

/**
 * One logged activity of a task force.
 *
 * @param id its id
 * @param taskForce the task force's code
 * @param kind what was done
 * @param at when
 * @param place where
 * @param unitCode the unit that did it
 * @param officers officers involved
 * @param people people reached (residents, figures, vehicles escorted ...)
 * @param note a note, or null
 * @param recordedBy who logged it
 */
public record Activity(long id, String taskForce, ActivityKind kind, LocalDateTime at, String place, String unitCode,
		int officers, int people, String note, String recordedBy) {
}
