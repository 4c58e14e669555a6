package id.praja.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import id.praja.shared.CurrentUser;

/**
 * What a user may do. The scope of a user (a Polsek, a task force) narrows what the role
 * reaches; scoping rules arrive with the personnel module.
 */
public enum Role {

	/** Administrator: accounts and configuration. */
	ADMIN,
	/** Kapolres / Wakapolres: everything in the Polres, read and approve. */
	KAOPS,
	/** Kabag Ops and staff: plan and publish. */
	PERENCANA,
	/** Kapolsek: own Polsek's territory, people and posts only. */
	KAPOLSEK,
	/** Kasatgas: own task force. */
	KASATGAS,
	/** Command-center desk operator. */
	OPERATOR,
	/** Field officer: own post and own reports only. */
	LAPANGAN,
	/** Public relations (Humas) desk. */
	HUMAS,
	/** Polda viewer: read-only roll-up. */
	PENGAMAT;

	/**
	 * @return the Spring Security authority, e.g. {@code ROLE_ADMIN}
	 */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * @return the current user's Praja roles (roles Praja does not know are left out);
	 * none without a user
	 */
	public static Set<Role> held() {
		Set<Role> held = EnumSet.noneOf(Role.class);
		for (String name : CurrentUser.roles()) {
			known(name).ifPresent(held::add);
		}
		return held;
	}

	/**
	 * @return the current user's first Praja role as granted; empty without a user or for
	 * a role Praja does not know
	 */
	public static Optional<Role> current() {
		return CurrentUser.roles().stream().map(Role::known).flatMap(Optional::stream).findFirst();
	}

	private static Optional<Role> known(String name) {
		for (Role role : values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
