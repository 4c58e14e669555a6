package id.praja.press;

import id.praja.shared.AuditableEvent;

/**
 * Published when a release is drafted, edited, submitted, approved, sent back or
 * published, or when a template, fact or quote changes.
 *
 * @param action e.g. press.published
 * @param subjectType release, template, fact, quote
 * @param subjectId its id or code
 * @param before state before, or null
 * @param after state after
 */
public record PressReleaseChanged(String action, String subjectType, String subjectId, Object before,
		Object after) implements AuditableEvent {
}
