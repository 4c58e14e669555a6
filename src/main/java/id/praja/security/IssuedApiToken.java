package id.praja.security;

/**
 * A new API token with its secret, which is shown this once and never again.
 *
 * @param token the token as listed
 * @param secret the value to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedApiToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedApiToken[token=" + this.token + ", secret=(hidden)]";
	}

}
