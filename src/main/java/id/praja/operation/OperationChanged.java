package id.praja.operation;

import id.praja.shared.AuditableEvent;

/**
 * Published when the operation's agenda, task forces, activity log or orders change.
 *
 * @param action e.g. operation.agenda-changed
 * @param subjectType agenda, task-force, activity, sprin
 * @param subjectId its code or number
 * @param before the state before, or null
 * @param after the state after
 */
public record OperationChanged(String action, String subjectType, String subjectId, Object before,
		Object after) implements AuditableEvent {
}
