package id.praja.security.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;

import id.praja.security.Role;

/**
 * Who may reach what. Pages use form login with a session; the JSON API under
 * {@code /api} also accepts HTTP Basic for scripts (then without CSRF token, since no
 * cookie is involved).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String[] PUBLIC = { "/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
			"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html", "/error" };

	@Bean
	UserDetailsService userDetailsService(JdbcClient jdbc) {
		return username -> jdbc
			.sql("SELECT username, password_hash, role, enabled FROM security_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> User.withUsername(rs.getString(1))
				.password(rs.getString(2))
				.authorities(AuthorityUtils.createAuthorityList(Role.valueOf(rs.getString(3)).authority()))
				.disabled(!rs.getBoolean(4))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> problem(response,
					HttpStatus.UNAUTHORIZED, "Authentication required: log in or send HTTP Basic credentials")))
			.exceptionHandling(ex -> ex
				.authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
						"Authentication required: log in or send HTTP Basic credentials"))
				.accessDeniedHandler(
						(request, response, e) -> problem(response, HttpStatus.FORBIDDEN, "Your role may not do this")))
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

	private static void problem(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String detail)
			throws java.io.IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Praja\"");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
				.formatted(status.getReasonPhrase(), status.value(), detail));
	}

}
