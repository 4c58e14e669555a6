package id.praja.security.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * A request authenticated by an API token ({@code Authorization: Bearer …}). Before the
 * check it carries the secret as credentials and the name "api-token" (what a failure
 * records in the audit trail, never the secret); after it, the account's name and
 * authorities and the token's number.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	static final String UNCHECKED = "api-token";

	private final String username;

	private final long tokenId;

	private String secret;

	private ApiTokenAuthentication(String username, long tokenId, String secret,
			Collection<? extends GrantedAuthority> authorities, boolean authenticated) {
		super(authorities);
		this.username = username;
		this.tokenId = tokenId;
		this.secret = secret;
		setAuthenticated(authenticated);
	}

	static ApiTokenAuthentication unchecked(String secret) {
		return new ApiTokenAuthentication(UNCHECKED, 0, secret, List.of(), false);
	}

	static ApiTokenAuthentication checked(String username, long tokenId,
			Collection<? extends GrantedAuthority> authorities) {
		return new ApiTokenAuthentication(username, tokenId, null, authorities, true);
	}

	/**
	 * @return the number of the token used
	 */
	public long tokenId() {
		return this.tokenId;
	}

	@Override
	public Object getCredentials() {
		return this.secret;
	}

	@Override
	public Object getPrincipal() {
		return this.username;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		this.secret = null;
	}

}
