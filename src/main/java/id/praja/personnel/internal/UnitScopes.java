package id.praja.personnel.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.praja.security.Role;
import id.praja.security.ScopeAuthorities;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.ClusterCaches;
import id.praja.shared.SystemScope;

/**
 * Turns the logged-in user's role and unit into an {@link AccessScope}: a Kapolsek sees
 * the kecamatan his Polsek serves and its people; a field officer the same territory but
 * only himself among the people; the Polres staff and the Polda the whole Polres. It
 * fails closed: with nobody logged in, an anonymous visitor or an unknown role, nothing
 * is in scope; work that no person asked for (start-up, the command line, background
 * threads) runs in the explicit {@link SystemScope}.
 */
@Component
public class UnitScopes implements AccessScopes {

	/** Matches no NRP: a field-officer account not linked to an officer sees nobody. */
	private static final String NOBODY = "--------";

	/** The Polsek areas (kecamatan code to Polsek code), cached on every node. */
	static final String AREAS = "personnel.polsek-areas";

	private final PersonnelRepository repository;

	private final ClusterCaches caches;

	private final Supplier<Map<String, String>> areas;

	UnitScopes(PersonnelRepository repository, ClusterCaches caches) {
		this.repository = repository;
		this.caches = caches;
		this.areas = caches.cache(AREAS, () -> Map.copyOf(this.repository.polsekAreas()));
	}

	@Override
	public AccessScope current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated()) {
			// no user and no explicit system scope: nothing (fails closed)
			return AccessScope.NOTHING;
		}
		Role role = null;
		String unit = null;
		String nrp = null;
		for (GrantedAuthority a : auth.getAuthorities()) {
			String name = a.getAuthority();
			if (name == null) {
				continue;
			}
			if (name.equals(SystemScope.AUTHORITY)) {
				return AccessScope.EVERYTHING;
			}
			if (name.startsWith("ROLE_")) {
				try {
					role = Role.valueOf(name.substring(5));
				}
				catch (IllegalArgumentException ex) {
					// not one of Praja's roles
				}
			}
			else if (name.startsWith(ScopeAuthorities.SCOPE)) {
				unit = name.substring(ScopeAuthorities.SCOPE.length());
			}
			else if (name.startsWith(ScopeAuthorities.OFFICER)) {
				nrp = name.substring(ScopeAuthorities.OFFICER.length());
			}
		}
		if (role == null) {
			// an anonymous visitor or a role Praja does not know: nothing
			return AccessScope.NOTHING;
		}
		if (role != Role.KAPOLSEK && role != Role.LAPANGAN) {
			return AccessScope.EVERYTHING;
		}
		String polsek = unit;
		List<String> kecamatan = areas().entrySet()
			.stream()
			.filter(e -> e.getValue().equals(polsek))
			.map(Map.Entry::getKey)
			.toList();
		Set<String> units = (polsek != null) ? Set.of(polsek) : Set.of();
		String self = (role == Role.LAPANGAN) ? ((nrp != null) ? nrp : NOBODY) : null;
		return AccessScope.of(kecamatan, units, self, (polsek != null) ? polsek : "-");
	}

	/**
	 * Forgets the cached Polsek areas after a change, on every node once the changing
	 * transaction commits: a Kapolsek loses a kecamatan moved away from his Polsek
	 * whichever node serves him.
	 */
	public void forget() {
		this.caches.changed(AREAS);
	}

	private Map<String, String> areas() {
		return this.areas.get();
	}

}
