package id.praja.audit;

import java.time.LocalDate;

/**
 * Filters of the audit trail.
 *
 * @param actor a username, or null
 * @param action an action or its prefix (e.g. {@code login}), or null
 * @param subject free text matched against the subject type and id, or null
 * @param from first day (inclusive), or null
 * @param to last day (inclusive), or null
 * @param page 0-based page
 * @param size page size, 1..500
 */
public record AuditQuery(String actor, String action, String subject, LocalDate from, LocalDate to, int page,
		int size) {

	public AuditQuery {
		actor = blankToNull(actor);
		action = blankToNull(action);
		subject = blankToNull(subject);
		if (page < 0 || size < 1 || size > 500) {
			throw new IllegalArgumentException("page must be 0 or more and size between 1 and 500");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("'to' is before 'from'");
		}
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
