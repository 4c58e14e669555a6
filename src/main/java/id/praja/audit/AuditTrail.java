package id.praja.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.audit.internal.AuditRepository;
import id.praja.shared.AccessScopes;
import id.praja.shared.CurrentUser;

/**
 * The append-only record of every change and every login: read here, written only by the
 * audit module's own listener (the database refuses updates and deletes).
 */
@Service
public class AuditTrail {

	private final AuditRepository repository;

	private final ObjectProvider<AccessScopes> scopes;

	AuditTrail(AuditRepository repository, ObjectProvider<AccessScopes> scopes) {
		this.repository = repository;
		this.scopes = scopes;
	}

	/**
	 * @param query filters and page
	 * @return matching entries of the Polres in the current user's scope (a scope of all
	 * Polres: every entry), newest first
	 */
	@Transactional(readOnly = true)
	public AuditPage find(AuditQuery query) {
		String polres = CurrentUser.scope(this.scopes).polresFilter();
		return new AuditPage(this.repository.find(query, polres), query.page(), query.size(),
				this.repository.count(query, polres));
	}

}
