package id.praja.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;

import id.praja.security.Role;
import id.praja.security.ScopeAuthorities;

/**
 * An account's authorities, the same for a password login and an API token: its role, its
 * scope unit and its officer (see {@link ScopeAuthorities}).
 */
final class AccountAuthorities {

	private AccountAuthorities() {
	}

	static List<GrantedAuthority> of(String role, String scope, String officerNrp) {
		List<String> authorities = new ArrayList<>();
		authorities.add(Role.valueOf(role).authority());
		if (scope != null) {
			authorities.add(ScopeAuthorities.SCOPE + scope);
		}
		if (officerNrp != null) {
			authorities.add(ScopeAuthorities.OFFICER + officerNrp);
		}
		return AuthorityUtils.createAuthorityList(authorities);
	}

}
