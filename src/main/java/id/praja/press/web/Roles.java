package id.praja.press.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import id.praja.security.Role;

/** The Praja roles of the user. */
final class Roles {

	private Roles() {
	}

	static Set<Role> of(Authentication auth) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (auth == null) {
			return roles;
		}
		for (GrantedAuthority a : auth.getAuthorities()) {
			for (Role r : Role.values()) {
				if (r.authority().equals(a.getAuthority())) {
					roles.add(r);
				}
			}
		}
		return roles;
	}

}
