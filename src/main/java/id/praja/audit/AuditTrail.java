package id.praja.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.audit.internal.AuditRepository;

/**
 * The append-only record of every change and every login: read here, written only by the
 * audit module's own listener (the database refuses updates and deletes).
 */
@Service
public class AuditTrail {

	private final AuditRepository repository;

	AuditTrail(AuditRepository repository) {
		this.repository = repository;
	}

	/**
	 * @param query filters and page
	 * @return matching entries, newest first
	 */
	@Transactional(readOnly = true)
	public AuditPage find(AuditQuery query) {
		return new AuditPage(this.repository.find(query), query.page(), query.size(), this.repository.count(query));
	}

}
