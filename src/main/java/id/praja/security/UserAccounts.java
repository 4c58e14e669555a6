package id.praja.security;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * User accounts: create and look up. Passwords are stored only as hashes.
 */
@Service
public class UserAccounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Creates an account.
	 * @param account the account
	 * @param rawPassword the password in clear, at least 8 characters
	 * @throws IllegalArgumentException when the username is taken or the input is invalid
	 */
	public void create(UserAccount account, String rawPassword) {
		if (account.username() == null || !account.username().matches("[a-z0-9._-]{3,50}")) {
			throw new IllegalArgumentException(
					"username must be 3 to 50 characters of lower-case letters, digits, '.', '_' or '-'");
		}
		if (rawPassword == null || rawPassword.length() < 8) {
			throw new IllegalArgumentException("password must have at least 8 characters");
		}
		if (find(account.username()).isPresent()) {
			throw new IllegalArgumentException("user '%s' already exists".formatted(account.username()));
		}
		this.jdbc.sql("""
				INSERT INTO security_user (username, password_hash, display_name, role, scope, demo)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(account.username(), this.passwordEncoder.encode(rawPassword), account.displayName(),
					account.role().name(), account.scope(), account.demo())
			.update();
	}

	/**
	 * @param username a login name
	 * @return the account, if it exists
	 */
	public Optional<UserAccount> find(String username) {
		return this.jdbc.sql("SELECT username, display_name, role, scope, demo FROM security_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getString(4), rs.getBoolean(5)))
			.optional();
	}

	/**
	 * @return all accounts ordered by username
	 */
	public List<UserAccount> all() {
		return this.jdbc.sql("SELECT username, display_name, role, scope, demo FROM security_user ORDER BY username")
			.query((rs, n) -> new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
					rs.getString(4), rs.getBoolean(5)))
			.list();
	}

}
