package id.praja.security;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.CurrentUser;
import id.praja.shared.NotFound;
import id.praja.shared.ScopeCatalog;

/**
 * User accounts: create, look up, disable, reset, change role. Passwords are stored only
 * as hashes; every change is published as an {@link AccountChanged} event (the audit
 * trail records it).
 * <p>
 * Accounts of a Polres are managed by that Polres' administrator: an administrator scoped
 * to a Polres (or to the Polda) lists, creates and changes only accounts scoped to a unit
 * in his scope; another Polres' account does not exist for him (404). Only an
 * administrator whose scope is everything (the installation's, or the Polda's above all
 * its Polres) manages accounts without a unit. The lookup for logging in
 * ({@link #find(String)}) is not scoped.
 */
@Service
public class UserAccounts {

	private static final String COLUMNS = "username, display_name, role, scope, officer_nrp, enabled, demo";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<ScopeCatalog> scopes;

	private final ObjectProvider<AccessScopes> access;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			ObjectProvider<ScopeCatalog> scopes, ObjectProvider<AccessScopes> access) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.scopes = scopes;
		this.access = access;
	}

	/**
	 * @param scope an account's scope (a unit code), or null for none
	 * @return true when the current user may give an account this scope: everything for
	 * an unrestricted scope, else only the units in his scope
	 */
	public boolean mayAssign(String scope) {
		AccessScope current = current();
		if (current.unrestricted()) {
			return true;
		}
		String unit = blankToNull(scope);
		return unit != null && current.units() != null && current.units().contains(unit);
	}

	/**
	 * @param username a login name
	 * @return true when the account exists and the current user manages it (an
	 * administrator of its Polres or above)
	 */
	public boolean manages(String username) {
		return find(username).filter(a -> mayAssign(a.scope())).isPresent();
	}

	private AccessScope current() {
		return CurrentUser.scope(this.access);
	}

	/**
	 * Creates an account.
	 * @param account the account
	 * @param rawPassword the password in clear, at least 8 characters
	 * @throws IllegalArgumentException when the username is taken or the input is invalid
	 */
	@Transactional
	public void create(UserAccount account, String rawPassword) {
		if (account.username() == null || !account.username().matches("[a-z0-9._-]{3,50}")) {
			throw new IllegalArgumentException(
					"username must be 3 to 50 characters of lower-case letters, digits, '.', '_' or '-'");
		}
		checkPassword(rawPassword);
		if (account.role() == null) {
			throw new IllegalArgumentException("a role is required");
		}
		checkScope(account.role(), account.scope());
		if (!mayAssign(account.scope())) {
			throw new IllegalArgumentException("scope '%s' is outside your own: accounts of another Polres are "
				.formatted((account.scope() != null) ? account.scope() : "-") + "made by its administrator");
		}
		if (find(account.username()).isPresent()) {
			throw new IllegalArgumentException("user '%s' already exists".formatted(account.username()));
		}
		String name = (account.displayName() == null || account.displayName().isBlank()) ? account.username()
				: account.displayName().trim();
		this.jdbc
			.sql("""
					INSERT INTO security_user (username, password_hash, display_name, role, scope, officer_nrp, enabled, demo)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(account.username(), this.passwordEncoder.encode(rawPassword), name, account.role().name(),
					blankToNull(account.scope()), account.officerNrp(), account.enabled(), account.demo())
			.update();
		this.events.publishEvent(new AccountChanged("account.created", account.username(), null,
				find(account.username()).orElseThrow()));
	}

	/**
	 * @param username a login name
	 * @return the account, if it exists
	 */
	public Optional<UserAccount> find(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM security_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7)))
			.optional();
	}

	/**
	 * @return the accounts the current user manages (see the class), ordered by username
	 */
	public List<UserAccount> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM security_user ORDER BY username")
			.query((rs, n) -> new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7)))
			.list()
			.stream()
			.filter(a -> mayAssign(a.scope()))
			.toList();
	}

	/**
	 * Enables or disables an account (a disabled account cannot log in).
	 * @param username the account
	 * @param enabled the new state
	 */
	@Transactional
	public void setEnabled(String username, boolean enabled) {
		update(username, enabled ? "account.enabled" : "account.disabled", "enabled = ?", enabled);
	}

	/**
	 * Sets a new password.
	 * @param username the account
	 * @param rawPassword the new password, at least 8 characters
	 */
	@Transactional
	public void resetPassword(String username, String rawPassword) {
		checkPassword(rawPassword);
		update(username, "account.password-reset", "password_hash = ?", this.passwordEncoder.encode(rawPassword));
	}

	/**
	 * Gives an account another role and scope.
	 * @param username the account
	 * @param role the role
	 * @param scope the unit the role is limited to, or null
	 */
	@Transactional
	public void changeRole(String username, Role role, String scope) {
		checkScope(role, scope);
		UserAccount before = require(username);
		if (!mayAssign(scope)) {
			throw new IllegalArgumentException("scope '%s' is outside your own".formatted(scope));
		}
		this.jdbc.sql("UPDATE security_user SET role = ?, scope = ? WHERE username = ?")
			.params(role.name(), blankToNull(scope), username)
			.update();
		this.events.publishEvent(new AccountChanged("account.role-changed", username, before, require(username)));
	}

	/**
	 * Links an account to the officer it belongs to.
	 * @param username the account
	 * @param nrp the officer's NRP, or null to unlink
	 */
	@Transactional
	public void linkOfficer(String username, String nrp) {
		if (nrp != null && !nrp.matches("[0-9]{8}")) {
			throw new IllegalArgumentException("an NRP has exactly 8 digits");
		}
		update(username, "account.officer-linked", "officer_nrp = ?", nrp);
	}

	private void update(String username, String action, String assignment, Object value) {
		UserAccount before = require(username);
		this.jdbc.sql("UPDATE security_user SET " + assignment + " WHERE username = ?")
			.params(value, username)
			.update();
		this.events.publishEvent(new AccountChanged(action, username, before, require(username)));
	}

	/**
	 * @throws NotFound for an account that does not exist or that the current user does
	 * not manage (another Polres'): the two look the same
	 */
	private UserAccount require(String username) {
		return find(username).filter(a -> mayAssign(a.scope()))
			.orElseThrow(() -> new NotFound("no user '%s'".formatted(username)));
	}

	private void checkScope(Role role, String scope) {
		if ((role == Role.KAPOLSEK || role == Role.LAPANGAN) && (scope == null || scope.isBlank())) {
			throw new IllegalArgumentException(
					"role %s needs a scope: the Polsek, e.g. POLSEK-TEMPUREJO".formatted(role));
		}
		ScopeCatalog catalog = this.scopes.getIfAvailable();
		java.util.Map<String, String> known = (catalog != null) ? catalog.scopes() : java.util.Map.of();
		if (scope != null && !scope.isBlank() && !known.isEmpty() && !known.containsKey(scope.trim())
				&& !scope.startsWith("SATGAS-")) {
			throw new IllegalArgumentException(
					"unknown scope '%s': use a unit code such as POLSEK-TEMPUREJO".formatted(scope));
		}
	}

	private static void checkPassword(String rawPassword) {
		if (rawPassword == null || rawPassword.length() < 8) {
			throw new IllegalArgumentException("password must have at least 8 characters");
		}
	}

	private static String blankToNull(String s) {
		return (s == null || s.isBlank()) ? null : s.trim();
	}

}
