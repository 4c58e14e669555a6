package id.praja.security;

import java.time.Instant;

/**
 * An API token of an account, as listed (the token itself is never kept: only its
 * SHA-256).
 *
 * @param id the token's number
 * @param username the account it acts for
 * @param name what it is for, e.g. "skrip impor TPS"
 * @param createdAt when it was made
 * @param expiresAt when it stops working, or null for never
 * @param revokedAt when it was revoked, or null
 */
public record ApiToken(long id, String username, String name, Instant createdAt, Instant expiresAt, Instant revokedAt) {

	/**
	 * @param now the time
	 * @return true while the token works (its account must be enabled too)
	 */
	public boolean activeAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

}
