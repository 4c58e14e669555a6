package id.praja.security.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password logins (the login form and HTTP Basic) through the {@link LoginThrottle}. An
 * attempt that the throttle holds back is refused without looking at the account, after a
 * password check against a dummy hash: the answer and the work are those of a wrong
 * password, whether the name exists or not. (For a name that does not exist,
 * {@code DaoAuthenticationProvider} checks a dummy hash too.)
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final PasswordEncoder encoder;

	private final String dummyHash;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, PasswordEncoder encoder) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.encoder = encoder;
		this.dummyHash = encoder.encode("no account has this password " + System.nanoTime());
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		LoginThrottle.Check check = this.throttle.check(username, address);
		if (check.throttled()) {
			Object credentials = authentication.getCredentials();
			this.encoder.matches((credentials != null) ? credentials.toString() : "", this.dummyHash);
			throw new LoginThrottledException();
		}
		boolean released = false;
		try {
			Authentication result = this.passwords.authenticate(authentication);
			if (check.accountFailures()) {
				this.throttle.succeeded(username);
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			this.throttle.failed(username, address);
			released = true;
			throw ex;
		}
		finally {
			if (!released) {
				this.throttle.release(address);
			}
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * A login refused unchecked because the throttle holds back its address or account.
	 * It is a {@link BadCredentialsException} with the same message, so that everything
	 * that answers a wrong password answers it alike; only the audit trail names it.
	 */
	static class LoginThrottledException extends BadCredentialsException {

		LoginThrottledException() {
			super("Bad credentials");
		}

	}

}
