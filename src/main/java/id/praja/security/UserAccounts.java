package id.praja.security;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.praja.shared.ScopeCatalog;

/**
 * User accounts: create, look up, disable, reset, change role. Passwords are stored only
 * as hashes; every change is published as an {@link AccountChanged} event (the audit
 * trail records it).
 */
@Service
public class UserAccounts {

	private static final String COLUMNS = "username, display_name, role, scope, officer_nrp, enabled, demo";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<ScopeCatalog> scopes;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			ObjectProvider<ScopeCatalog> scopes) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.scopes = scopes;
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
	 * @return all accounts ordered by username
	 */
	public List<UserAccount> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM security_user ORDER BY username")
			.query((rs, n) -> new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getBoolean(7)))
			.list();
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

	private UserAccount require(String username) {
		return find(username).orElseThrow(() -> new IllegalArgumentException("no user '%s'".formatted(username)));
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
