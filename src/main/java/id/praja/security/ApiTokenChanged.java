package id.praja.security;

import id.praja.shared.AuditableEvent;

/**
 * Published when an API token is made or revoked; the audit trail records it with the
 * account's other changes. The token's secret never appears in it.
 *
 * @param action {@code account.token-created} or {@code account.token-revoked}
 * @param username the account the token acts for
 * @param token the token after the change
 */
public record ApiTokenChanged(String action, String username, ApiToken token) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "account";
	}

	@Override
	public String subjectId() {
		return this.username;
	}

	@Override
	public Object before() {
		return null;
	}

	@Override
	public Object after() {
		return this.token;
	}

}
