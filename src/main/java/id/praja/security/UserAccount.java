package id.praja.security;

/**
 * A user account as other modules see it (never the password).
 *
 * @param username login name
 * @param displayName name shown in the page header
 * @param role the user's role
 * @param scope the unit the role is limited to (e.g. {@code POLSEK-KENCONG}), or null for
 * the whole Polres
 * @param demo true for the demo accounts that exist only with the demo data
 */
public record UserAccount(String username, String displayName, Role role, String scope, boolean demo) {
}
