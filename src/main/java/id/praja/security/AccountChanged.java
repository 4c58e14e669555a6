package id.praja.security;

import id.praja.shared.AuditableEvent;

/**
 * Published when an account is created, disabled, enabled, given another role or scope,
 * linked to an officer, or has its password reset. Passwords never appear in it.
 *
 * @param action e.g. {@code account.created}
 * @param username the account
 * @param before the account before (null when created)
 * @param after the account after
 */
public record AccountChanged(String action, String username, UserAccount before,
		UserAccount after) implements AuditableEvent {

	@Override
	public String subjectType() {
		return "account";
	}

	@Override
	public String subjectId() {
		return this.username;
	}

}
