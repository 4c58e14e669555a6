package id.praja.audit.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import id.praja.audit.AuditEntry;
import id.praja.audit.AuditQuery;

/**
 * Appends to and reads {@code audit_entry}. There is deliberately no update or delete.
 */
@Repository
public class AuditRepository {

	private static final String FILTER = """
			FROM audit_entry
			WHERE (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor)
			  AND (CAST(:action AS VARCHAR) IS NULL OR action LIKE :actionPrefix)
			  AND (CAST(:subject AS VARCHAR) IS NULL OR subject_type ILIKE :like OR subject_id ILIKE :like)
			  AND (CAST(:from AS TIMESTAMP) IS NULL OR at >= :from)
			  AND (CAST(:to AS TIMESTAMP) IS NULL OR at < :to)
			""";

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(String actor, String action, String subjectType, String subjectId, String before, String after,
			String remoteAddress, String polres) {
		this.jdbc
			.sql("""
					INSERT INTO audit_entry (actor, action, subject_type, subject_id, before_state, after_state, remote_address,
					    polres_code)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(truncate(actor, 60), truncate(action, 60), truncate(subjectType, 40), truncate(subjectId, 200),
					before, after, truncate(remoteAddress, 60), polres)
			.update();
	}

	public List<AuditEntry> find(AuditQuery query) {
		return filtered("SELECT * " + FILTER + " ORDER BY id DESC LIMIT :limit OFFSET :offset", query)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
					rs.getString("before_state"), rs.getString("after_state"), rs.getString("remote_address")))
			.list();
	}

	public long count(AuditQuery query) {
		return filtered("SELECT count(*) " + FILTER, query).query(Long.class).single();
	}

	private JdbcClient.StatementSpec filtered(String sql, AuditQuery query) {
		String subject = query.subject();
		return this.jdbc.sql(sql)
			.param("actor", query.actor())
			.param("action", query.action())
			.param("actionPrefix", (query.action() != null) ? query.action() + "%" : null)
			.param("subject", subject)
			.param("like", (subject != null) ? "%" + subject + "%" : null)
			.param("from", timestamp(query.from()))
			.param("to", timestamp((query.to() != null) ? query.to().plusDays(1) : null));
	}

	private static Timestamp timestamp(LocalDate day) {
		return (day != null) ? Timestamp.valueOf(day.atStartOfDay()) : null;
	}

	private static String truncate(String s, int max) {
		return (s == null || s.length() <= max) ? s : s.substring(0, max);
	}

}
