package id.praja.security.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import id.praja.security.ApiTokens;

/**
 * Checks an API token: its SHA-256 must belong to a token that is neither revoked nor
 * expired, of an enabled account; the request then acts with that account's current role,
 * scope and officer. Every refusal gives the same answer.
 */
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

	private final JdbcClient jdbc;

	ApiTokenAuthenticationProvider(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		Object secret = authentication.getCredentials();
		if (!(secret instanceof String s) || !s.startsWith(ApiTokens.PREFIX) || s.length() > 200) {
			throw new BadCredentialsException("Invalid API token");
		}
		return this.jdbc.sql("""
				SELECT t.id, u.username, u.role, u.scope, u.officer_nrp
				FROM security_api_token t JOIN security_user u ON u.username = t.username
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
				  AND u.enabled""")
			.param(ApiTokens.hash(s))
			.query((rs, n) -> ApiTokenAuthentication.checked(rs.getString(2), rs.getLong(1),
					AccountAuthorities.of(rs.getString(3), rs.getString(4), rs.getString(5))))
			.optional()
			.orElseThrow(() -> new BadCredentialsException("Invalid API token"));
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ApiTokenAuthentication.class.isAssignableFrom(authentication);
	}

}
