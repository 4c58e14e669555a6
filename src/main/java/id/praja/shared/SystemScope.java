package id.praja.shared;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The explicit scope of work that no person asked for: start-up (demo data, first
 * classes), the command line, background threads (group commit, solves, the floor-game
 * clock, caches that read everything). Scoping fails closed: without a user or this scope
 * a service sees nothing. The work runs as the account {@code system:<purpose>}, which is
 * what the audit trail records for it.
 */
public final class SystemScope {

	/** The authority that marks the system scope. */
	public static final String AUTHORITY = "PRAJA_SYSTEM";

	/** The prefix of the name the system scope acts under. */
	public static final String NAME_PREFIX = "system:";

	private SystemScope() {
	}

	/**
	 * Runs work in the system scope, then restores the caller's.
	 * @param purpose what the work is, e.g. {@code start-up} (recorded as the actor)
	 * @param work the work
	 * @return its result
	 */
	public static <T> T call(String purpose, Supplier<T> work) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME_PREFIX + purpose, null,
				List.of(new SimpleGrantedAuthority(AUTHORITY))));
		SecurityContextHolder.setContext(system);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	/**
	 * Runs work in the system scope, then restores the caller's.
	 * @param purpose what the work is (recorded as the actor)
	 * @param work the work
	 */
	public static void run(String purpose, Runnable work) {
		call(purpose, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * @return the work, to run later (on another thread) in the system scope
	 */
	public static Runnable wrap(String purpose, Runnable work) {
		return () -> run(purpose, work);
	}

}
