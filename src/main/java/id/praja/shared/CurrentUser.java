package id.praja.shared;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The person (or the {@link SystemScope}) a service is serving, read in one place: the
 * name recorded as the actor, the roles, the unit an account is limited to and the
 * {@link AccessScope}. Like {@link SystemScope} it reads the thread's security context,
 * so it holds no state and is no bean; the scope itself comes from the module that knows
 * the units ({@link AccessScopes}).
 */
public final class CurrentUser {

	/**
	 * The actor recorded when no one is logged in (tests without a user, old threads).
	 */
	public static final String NOBODY = "system";

	private static final String ROLE = "ROLE_";

	private CurrentUser() {
	}

	/**
	 * @return the current authentication, if any (authenticated or not)
	 */
	public static Optional<Authentication> authentication() {
		return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * @return the account name recorded as the actor of a change; {@value #NOBODY}
	 * without a user
	 */
	public static String name() {
		return authentication().map(Authentication::getName).orElse(NOBODY);
	}

	/**
	 * @return the name of an authenticated token (a user, the {@link SystemScope}, an
	 * anonymous visitor's token), empty for nobody or a token not (yet) authenticated
	 */
	public static Optional<String> authenticatedName() {
		return authentication().filter(Authentication::isAuthenticated).map(Authentication::getName);
	}

	/**
	 * @param roles role names without the {@code ROLE_} prefix, e.g. {@code KAOPS}
	 * @return true when the current user holds at least one of them
	 */
	public static boolean hasRole(String... roles) {
		Set<String> held = roles();
		for (String role : roles) {
			if (held.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @return the current user's role names without the {@code ROLE_} prefix (also those
	 * Praja does not know), in the order granted; empty without a user
	 */
	public static Set<String> roles() {
		Set<String> roles = new LinkedHashSet<>();
		for (String name : authorities()) {
			if (name.startsWith(ROLE)) {
				roles.add(name.substring(ROLE.length()));
			}
		}
		return roles;
	}

	/**
	 * The value of the first authority with a prefix, e.g. the unit an account is limited
	 * to ({@code SCOPE_POLSEK-TEMPUREJO} with prefix {@code SCOPE_}).
	 * @param prefix the authority's prefix
	 * @return what follows the prefix, empty when the user holds no such authority
	 */
	public static Optional<String> authority(String prefix) {
		for (String name : authorities()) {
			if (name.startsWith(prefix)) {
				return Optional.of(name.substring(prefix.length()));
			}
		}
		return Optional.empty();
	}

	/**
	 * @return true in the explicit {@link SystemScope}
	 */
	public static boolean isSystem() {
		return authorities().contains(SystemScope.AUTHORITY);
	}

	/**
	 * The scope of the current user, failing closed where the module that knows the units
	 * is not at hand (a module test): nothing.
	 * @param scopes the scope provider, resolved lazily
	 * @return the scope; {@link AccessScope#NOTHING} without a provider
	 */
	public static AccessScope scope(ObjectProvider<AccessScopes> scopes) {
		return scope(scopes.getIfAvailable());
	}

	/**
	 * @param provider the scope provider, or null where none is at hand
	 * @return the scope of the current user; {@link AccessScope#NOTHING} without a
	 * provider
	 */
	public static AccessScope scope(AccessScopes provider) {
		return (provider != null) ? provider.current() : AccessScope.NOTHING;
	}

	private static Set<String> authorities() {
		Set<String> names = new LinkedHashSet<>();
		authentication().ifPresent(auth -> {
			for (GrantedAuthority a : auth.getAuthorities()) {
				if (a.getAuthority() != null) {
					names.add(a.getAuthority());
				}
			}
		});
		return names;
	}

}
