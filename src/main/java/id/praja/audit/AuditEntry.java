package id.praja.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One line of the audit trail: who did what to which thing, when, and the state before
 * and after (JSON).
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subjectType, String subjectId,
		String before, String after, String remoteAddress) {

}
