package id.praja.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Temporary lockout after repeated failed logins: after
 * {@code praja.security.max-failures} wrong passwords within
 * {@code praja.security.lockout} the account is locked for that long, for the login page
 * and the API alike. Kept in memory: a restart clears it.
 */
@Component
class LoginThrottle {

	private final int maxFailures;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle(@Value("${praja.security.max-failures:5}") int maxFailures,
			@Value("${praja.security.lockout:PT15M}") Duration window) {
		this(maxFailures, window, Clock.systemUTC());
	}

	LoginThrottle(int maxFailures, Duration window, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * @param username a login name
	 * @return true while the account is locked
	 */
	boolean isLocked(String username) {
		Deque<Instant> recent = this.failures.get(key(username));
		if (recent == null) {
			return false;
		}
		synchronized (recent) {
			prune(recent);
			return recent.size() >= this.maxFailures;
		}
	}

	void failed(String username) {
		Deque<Instant> recent = this.failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
		synchronized (recent) {
			prune(recent);
			recent.addLast(this.clock.instant());
		}
	}

	void succeeded(String username) {
		this.failures.remove(key(username));
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		failed(event.getAuthentication().getName());
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		succeeded(event.getAuthentication().getName());
	}

	private void prune(Deque<Instant> recent) {
		Instant horizon = this.clock.instant().minus(this.window);
		while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
			recent.removeFirst();
		}
	}

	private static String key(String username) {
		return (username == null) ? "" : username.toLowerCase(java.util.Locale.ROOT);
	}

}
