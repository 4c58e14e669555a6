package id.praja.personnel.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import id.praja.personnel.UnitKind;
import id.praja.security.Role;
import id.praja.security.ScopeAuthorities;
import id.praja.shared.AccessScope;
import id.praja.shared.AccessScopes;
import id.praja.shared.ClusterCaches;
import id.praja.shared.SystemScope;

/**
 * The one place that decides what a user may see: turns the logged-in user's role and
 * unit into an {@link AccessScope} by walking the unit tree Polda → Polres → Polsek.
 * <ul>
 * <li>A Kapolsek sees the kecamatan his Polsek serves and its people; a field officer the
 * same territory but only himself among the people.</li>
 * <li>The staff of a Polres (an account scoped to the Polres or one of its functions) see
 * the kecamatan its Polsek serve and the people of all its units.</li>
 * <li>The staff of a Polda see all the Polres below it.</li>
 * <li>A scope that covers every Polres of the installation is no restriction at all: a
 * Polres that runs alone, as with the Jember demo, sees everything, as before.</li>
 * <li>An account without a unit (or scoped to something that is no unit, such as a task
 * force) sees everything only where the installation serves a single Polres; with several
 * Polres only an administrator without a unit (the installation's) does, anyone else
 * nothing.</li>
 * </ul>
 * It fails closed: with nobody logged in, an anonymous visitor or an unknown role,
 * nothing is in scope; work that no person asked for (start-up, the command line,
 * background threads) runs in the explicit {@link SystemScope}.
 */
@Component
public class UnitScopes implements AccessScopes {

	/** Matches no NRP: a field-officer account not linked to an officer sees nobody. */
	private static final String NOBODY = "--------";

	/**
	 * The unit tree and the Polsek areas (kecamatan code to Polsek code), cached on every
	 * node.
	 */
	static final String AREAS = "personnel.polsek-areas";

	private final PersonnelRepository repository;

	private final ClusterCaches caches;

	private final Supplier<Tree> tree;

	UnitScopes(PersonnelRepository repository, ClusterCaches caches) {
		this.repository = repository;
		this.caches = caches;
		this.tree = caches.cache(AREAS, () -> new Tree(this.repository.unitTree(), this.repository.polsekAreas()));
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
		Tree tree = this.tree.get();
		if (role == Role.KAPOLSEK || role == Role.LAPANGAN) {
			String polsek = unit;
			List<String> kecamatan = tree.areas.entrySet()
				.stream()
				.filter(e -> e.getValue().equals(polsek))
				.map(Map.Entry::getKey)
				.toList();
			Set<String> units = (polsek != null) ? Set.of(polsek) : Set.of();
			String polres = tree.polresOf(polsek);
			String self = (role == Role.LAPANGAN) ? ((nrp != null) ? nrp : NOBODY) : null;
			return AccessScope.of((polres != null) ? Set.of(polres) : Set.of(), kecamatan, units, self,
					(polsek != null) ? polsek : "-");
		}
		Set<String> polres = tree.polresUnder(unit);
		if (polres == null) {
			// no unit, or a scope that is no unit (a task force): the installation's
			// single Polres
			return (tree.polres.size() <= 1 || (role == Role.ADMIN && unit == null)) ? AccessScope.EVERYTHING
					: AccessScope.NOTHING;
		}
		if (polres.containsAll(tree.polres)) {
			return AccessScope.EVERYTHING;
		}
		return tree.scopeOf(polres, unit);
	}

	@Override
	public String polres() {
		AccessScope scope = current();
		Tree tree = this.tree.get();
		if (scope.polres() == null) {
			return (tree.polres.size() == 1) ? tree.polres.iterator().next() : null;
		}
		return (scope.polres().size() == 1) ? scope.polres().iterator().next() : null;
	}

	/**
	 * Forgets the cached unit tree and Polsek areas after a change, on every node once
	 * the changing transaction commits: a Kapolsek loses a kecamatan moved away from his
	 * Polsek whichever node serves him.
	 */
	public void forget() {
		this.caches.changed(AREAS);
	}

	/**
	 * The unit tree as the scopes need it.
	 */
	private static final class Tree {

		private final Map<String, UnitNode> units = new HashMap<>();

		private final Map<String, List<String>> children = new HashMap<>();

		private final Map<String, String> areas;

		/** Every Polres of the installation. */
		private final Set<String> polres = new TreeSet<>();

		Tree(List<UnitNode> nodes, Map<String, String> areas) {
			this.areas = Map.copyOf(areas);
			for (UnitNode n : nodes) {
				this.units.put(n.code(), n);
				if (n.parentCode() != null) {
					this.children.computeIfAbsent(n.parentCode(), p -> new ArrayList<>()).add(n.code());
				}
				if (n.kind() == UnitKind.POLRES) {
					this.polres.add(n.code());
				}
			}
		}

		/** The Polres a unit belongs to (itself for a Polres), or null. */
		String polresOf(String code) {
			Set<String> seen = new HashSet<>();
			UnitNode node = (code != null) ? this.units.get(code) : null;
			while (node != null && seen.add(node.code())) {
				if (node.kind() == UnitKind.POLRES) {
					return node.code();
				}
				node = (node.parentCode() != null) ? this.units.get(node.parentCode()) : null;
			}
			return null;
		}

		/**
		 * @return the Polres a user of this unit serves: his Polres, or all Polres below
		 * his Polda; null for no unit or a scope that is no unit
		 */
		Set<String> polresUnder(String code) {
			UnitNode node = (code != null) ? this.units.get(code) : null;
			if (node == null) {
				return null;
			}
			String own = polresOf(code);
			if (own != null) {
				return Set.of(own);
			}
			Set<String> below = new TreeSet<>();
			for (String unit : subtree(code)) {
				if (this.units.get(unit).kind() == UnitKind.POLRES) {
					below.add(unit);
				}
			}
			return below;
		}

		/**
		 * The scope of the staff serving these Polres (the unit's own subtree included).
		 */
		AccessScope scopeOf(Set<String> polres, String unit) {
			Set<String> units = new TreeSet<>(subtree(unit));
			polres.forEach(p -> units.addAll(subtree(p)));
			List<String> kecamatan = this.areas.entrySet()
				.stream()
				.filter(e -> polres.contains(polresOf(e.getValue())))
				.map(Map.Entry::getKey)
				.toList();
			return AccessScope.of(polres, kecamatan, units, null, unit);
		}

		private Set<String> subtree(String code) {
			Set<String> found = new TreeSet<>();
			List<String> todo = new ArrayList<>(List.of(code));
			while (!todo.isEmpty()) {
				String next = todo.remove(todo.size() - 1);
				if (found.add(next)) {
					todo.addAll(this.children.getOrDefault(next, List.of()));
				}
			}
			return found;
		}

	}

	/** One unit in the tree. */
	record UnitNode(String code, UnitKind kind, String parentCode) {
	}

}
