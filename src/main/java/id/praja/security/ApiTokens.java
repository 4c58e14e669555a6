package id.praja.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for scripts and field phones: a random secret (32 bytes from
 * {@link SecureRandom}) sent as {@code Authorization: Bearer <secret>} on {@code /api},
 * which costs a SHA-256 and one indexed lookup instead of a BCrypt check per request.
 * Only the SHA-256 is stored (a hash that is slow to compute protects guessable
 * passwords; a 256-bit random secret cannot be guessed, so a fast hash is enough). A
 * token acts with its account's current role, scope and officer, and stops working when
 * revoked, when expired, or while its account is disabled. Making and revoking are
 * published as {@link ApiTokenChanged} for the audit trail.
 */
@Service
public class ApiTokens {

	/** Every secret starts with this, so that leaked ones are easy to recognise. */
	public static final String PREFIX = "praja_";

	private static final String COLUMNS = "id, username, name, created_at, expires_at, revoked_at";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemUTC();

	ApiTokens(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Makes a token for an account.
	 * @param username the account the token acts for (it must exist and be enabled)
	 * @param name what the token is for, 1 to 100 characters
	 * @param expiresAt when it stops working (in the future), or null for never
	 * @return the token with its secret, which is not kept and cannot be shown again
	 * @throws IllegalArgumentException for an unknown or disabled account, a missing name
	 * or an expiry in the past
	 */
	@Transactional
	public IssuedApiToken issue(String username, String name, Instant expiresAt) {
		Boolean enabled = this.jdbc.sql("SELECT enabled FROM security_user WHERE username = ?")
			.param(username)
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("no user '%s'".formatted(username)));
		if (!enabled) {
			throw new IllegalArgumentException("user '%s' is disabled".formatted(username));
		}
		String label = (name != null) ? name.trim() : "";
		if (label.isEmpty() || label.length() > 100) {
			throw new IllegalArgumentException("a token needs a name of 1 to 100 characters (what it is for)");
		}
		if (expiresAt != null && !expiresAt.isAfter(this.clock.instant())) {
			throw new IllegalArgumentException("the expiry %s is not in the future".formatted(expiresAt));
		}
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		long id = this.jdbc.sql(
				"INSERT INTO security_api_token (username, name, token_hash, expires_at) VALUES (?, ?, ?, ?) RETURNING id")
			.params(username, label, hash(secret), (expiresAt != null) ? Timestamp.from(expiresAt) : null)
			.query(Long.class)
			.single();
		ApiToken token = find(id).orElseThrow();
		this.events.publishEvent(new ApiTokenChanged("account.token-created", username, token));
		return new IssuedApiToken(token, secret);
	}

	/**
	 * @param username an account
	 * @return its tokens, newest first, revoked and expired ones included
	 */
	public List<ApiToken> list(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM security_api_token WHERE username = ? ORDER BY id DESC")
			.param(username)
			.query(ApiTokens::token)
			.list();
	}

	/**
	 * @return every account's tokens, newest first
	 */
	public List<ApiToken> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM security_api_token ORDER BY id DESC")
			.query(ApiTokens::token)
			.list();
	}

	/**
	 * @param id a token's number
	 * @return the token, if it exists
	 */
	public Optional<ApiToken> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM security_api_token WHERE id = ?")
			.param(id)
			.query(ApiTokens::token)
			.optional();
	}

	/**
	 * Revokes a token: it stops working at once, on every node. Revoking a revoked token
	 * changes nothing.
	 * @param id the token's number
	 * @param by who revokes it (recorded with the token)
	 * @return the token after
	 * @throws IllegalArgumentException when there is no such token
	 */
	@Transactional
	public ApiToken revoke(long id, String by) {
		int changed = this.jdbc
			.sql("UPDATE security_api_token SET revoked_at = now(), revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
			.params((by != null && by.length() > 60) ? by.substring(0, 60) : by, id)
			.update();
		ApiToken token = find(id).orElseThrow(() -> new IllegalArgumentException("no API token %d".formatted(id)));
		if (changed > 0) {
			this.events.publishEvent(new ApiTokenChanged("account.token-revoked", token.username(), token));
		}
		return token;
	}

	/**
	 * @param secret a token's secret
	 * @return its SHA-256, as stored (lower-case hex)
	 */
	public static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static ApiToken token(ResultSet rs, int n) throws SQLException {
		return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
				instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
