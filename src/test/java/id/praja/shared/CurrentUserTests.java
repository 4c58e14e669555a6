package id.praja.shared;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import id.praja.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class CurrentUserTests {

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	private static void logIn(String name, String... authorities) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
					AuthorityUtils.createAuthorityList(authorities)));
	}

	@Test
	void nobodyIsRecordedAsSystemAndHoldsNoRole() {
		assertThat(CurrentUser.name()).isEqualTo("system");
		assertThat(CurrentUser.authenticatedName()).isEmpty();
		assertThat(CurrentUser.hasRole("ADMIN")).isFalse();
		assertThat(CurrentUser.authority("SCOPE_")).isEmpty();
		assertThat(Role.current()).isEmpty();
		assertThat(Role.held()).isEmpty();
	}

	@Test
	void readsNameRolesAndScopeUnitOfTheUser() {
		logIn("kapolsek.tempurejo", "ROLE_KAPOLSEK", "SCOPE_POLSEK-TEMPUREJO", "OFFICER_80010001");
		assertThat(CurrentUser.name()).isEqualTo("kapolsek.tempurejo");
		assertThat(CurrentUser.authenticatedName()).contains("kapolsek.tempurejo");
		assertThat(CurrentUser.hasRole("KAOPS", "KAPOLSEK")).isTrue();
		assertThat(CurrentUser.hasRole("KAOPS", "ADMIN")).isFalse();
		assertThat(CurrentUser.authority("SCOPE_")).contains("POLSEK-TEMPUREJO");
		assertThat(CurrentUser.authority("OFFICER_")).contains("80010001");
		assertThat(Role.current()).contains(Role.KAPOLSEK);
		assertThat(CurrentUser.isSystem()).isFalse();
	}

	@Test
	void leavesOutRolesPrajaDoesNotKnow() {
		logIn("someone", "ROLE_AUDITOR", "ROLE_HUMAS");
		assertThat(CurrentUser.roles()).containsExactly("AUDITOR", "HUMAS");
		assertThat(Role.current()).contains(Role.HUMAS);
		assertThat(Role.held()).isEqualTo(Set.of(Role.HUMAS));
	}

	@Test
	void anAnonymousVisitorIsNamedByItsToken() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(CurrentUser.name()).isEqualTo("anonymousUser");
		assertThat(CurrentUser.authenticatedName()).contains("anonymousUser");
	}

	@Test
	void theSystemScopeIsKnownAsSuch() {
		SystemScope.run("test", () -> {
			assertThat(CurrentUser.isSystem()).isTrue();
			assertThat(CurrentUser.name()).isEqualTo("system:test");
		});
	}

	@Test
	void scopeFailsClosedWithoutAProvider() {
		assertThat(CurrentUser.scope(new StaticListableBeanFactory().getBeanProvider(AccessScopes.class)))
			.isEqualTo(AccessScope.NOTHING);
		AccessScopes everything = () -> AccessScope.EVERYTHING;
		assertThat(CurrentUser.scope(everything)).isEqualTo(AccessScope.EVERYTHING);
		assertThat(CurrentUser.scope(List.<AccessScopes>of().stream().findFirst().orElse(null)))
			.isEqualTo(AccessScope.NOTHING);
	}

}
