package id.praja.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import id.praja.security.ScopeAuthorities;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
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

	private final String tileUrl;

	SecurityConfiguration(@Value("${praja.map.tile-url:}") String tileUrl) {
		this.tileUrl = tileUrl;
	}

	private static final String[] PUBLIC = { "/login", "/berita", "/berita/**", "/webjars/**", "/css/**", "/js/**",
			"/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/error" };

	/**
	 * Loads an account with its role, its scope unit and its officer as authorities (see
	 * {@link ScopeAuthorities}); a throttled account comes back locked.
	 */
	@Bean
	UserDetailsService userDetailsService(JdbcClient jdbc, LoginThrottle throttle) {
		return username -> jdbc.sql(
				"SELECT username, password_hash, role, enabled, scope, officer_nrp FROM security_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> {
				List<String> authorities = new ArrayList<>();
				authorities.add(Role.valueOf(rs.getString(3)).authority());
				if (rs.getString(5) != null) {
					authorities.add(ScopeAuthorities.SCOPE + rs.getString(5));
				}
				if (rs.getString(6) != null) {
					authorities.add(ScopeAuthorities.OFFICER + rs.getString(6));
				}
				return User.withUsername(rs.getString(1))
					.password(rs.getString(2))
					.authorities(AuthorityUtils.createAuthorityList(authorities))
					.disabled(!rs.getBoolean(4))
					.accountLocked(throttle.isLocked(rs.getString(1)))
					.build();
			})
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/**
	 * No observation wrapped around every security filter and authorization decision:
	 * they cost about a tenth of a field report's CPU (profiled in the ingest benchmark).
	 * The HTTP server observation (request timings in Actuator metrics) stays.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
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
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.headers(this::headers);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler((request, response,
						ex) -> response.sendRedirect(request.getContextPath()
								+ ((ex instanceof LockedException) ? "/login?locked" : "/login?error")))
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(this::headers);
		return http.build();
	}

	/**
	 * Browser protections: no inline scripts (CSP), no framing, no MIME sniffing, no
	 * referrer leaks. Map tiles may come from the configured tile server only.
	 */
	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		String tiles = tileOrigin(this.tileUrl);
		headers
			.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
					+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:" + tiles + "; connect-src 'self'; "
					+ "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
					+ "frame-ancestors 'none'"))
			.frameOptions(frame -> frame.deny())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
	}

	static String tileOrigin(String tileUrl) {
		if (tileUrl == null || tileUrl.isBlank()) {
			return "";
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(https?://)([^/]+)").matcher(tileUrl.trim());
		if (!m.find()) {
			return "";
		}
		// {s}.tile.example.org becomes *.tile.example.org
		return " " + m.group(1) + m.group(2).replace("{s}", "*");
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
