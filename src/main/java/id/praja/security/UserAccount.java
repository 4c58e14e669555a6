package id.praja.security;

/**
 * A person who logs in to Praja.
 *
 * @param username login name
 * @param displayName name shown in the UI
 * @param role what the user may do
 * @param scope the unit the role is limited to (e.g. {@code POLSEK-TEMPUREJO}), or null
 * @param officerNrp the officer this account belongs to, or null
 * @param enabled false when an administrator has disabled the account
 * @param demo true for the demo data's accounts
 */
public record UserAccount(String username, String displayName, Role role, String scope, String officerNrp,
		boolean enabled, boolean demo) {

	/**
	 * @return a new enabled account without an officer
	 */
	public static UserAccount of(String username, String displayName, Role role, String scope, boolean demo) {
		return new UserAccount(username, displayName, role, scope, null, true, demo);
	}

}
