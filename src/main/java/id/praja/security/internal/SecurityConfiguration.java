package id.praja.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import id.praja.security.ScopeAuthorities;
import id.praja.security.internal.ThrottledAuthenticationProvider.LoginThrottledException;

/**
 * Who may reach what. Pages use form login with a session; the JSON API under
 * {@code /api} also accepts HTTP Basic and API tokens ({@code Authorization: Bearer …})
 * for scripts and phones, then without CSRF token (see {@link #statelessCredentials}).
 * Password logins go through the {@link LoginThrottle}; Actuator's metrics and info are
 * for administrators (health is public). With {@code praja.security.tls=true} (served
 * over TLS) every answer carries HSTS and the session cookie is Secure.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	private static final String AUTHENTICATION_REQUIRED = "Authentication required: log in, or send HTTP Basic "
			+ "credentials or an API token (Authorization: Bearer …)";

	private final String tileUrl;

	private final boolean tls;

	SecurityConfiguration(@Value("${praja.map.tile-url:}") String tileUrl,
			@Value("${praja.security.tls:false}") boolean tls) {
		this.tileUrl = tileUrl;
		this.tls = tls;
	}

	private static final String[] PUBLIC = { "/login", "/berita", "/berita/**", "/webjars/**", "/css/**", "/js/**",
			"/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui/**", "/swagger-ui.html", "/error" };

	/**
	 * Loads an account with its role, its scope unit and its officer as authorities (see
	 * {@link ScopeAuthorities}).
	 */
	@Bean
	UserDetailsService userDetailsService(JdbcClient jdbc) {
		return username -> jdbc.sql(
				"SELECT username, password_hash, role, enabled, scope, officer_nrp FROM security_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> User.withUsername(rs.getString(1))
				.password(rs.getString(2))
				.authorities(AccountAuthorities.of(rs.getString(3), rs.getString(5), rs.getString(6)))
				.disabled(!rs.getBoolean(4))
				.build())
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/**
	 * Passwords (throttled) and API tokens. A disabled account is told apart only after
	 * its password has been checked, so that its answer and its work are those of a wrong
	 * password. Failures are published for the audit trail, a throttled attempt like a
	 * wrong password.
	 */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, JdbcClient jdbc, ApplicationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, encoder),
				new ApiTokenAuthenticationProvider(jdbc));
		DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
		publisher.setAdditionalExceptionMappings(
				Map.of(LoginThrottledException.class, AuthenticationFailureBadCredentialsEvent.class));
		manager.setAuthenticationEventPublisher(publisher);
		return manager;
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
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager authentication) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
				AUTHENTICATION_REQUIRED);
		AuthenticationFilter tokens = new AuthenticationFilter(authentication, request -> {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			return (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7))
					? ApiTokenAuthentication.unchecked(header.substring(7).trim()) : null;
		});
		tokens.setSuccessHandler((request, response, auth) -> {
		});
		tokens.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
		http.securityMatcher("/api/**")
			.authenticationManager(authentication)
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(tokens, BasicAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(
						(request, response, e) -> problem(response, HttpStatus.FORBIDDEN, "Your role may not do this")))
			// an API answer is no page to come back to after logging in
			.requestCache(cache -> cache.requestCache(new NullRequestCache()))
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::statelessCredentials))
			.headers(this::headers);
		return http.build();
	}

	/**
	 * Whether a request may go without a CSRF token: it brings its own credentials (HTTP
	 * Basic or an API token) and no session cookie. Such a request is authenticated by
	 * its header or not at all: without a session nothing else in the API chain can
	 * authenticate it, and the Basic and token filters answer 401 for bad credentials
	 * before anything runs. A browser's session cookie, with whatever header beside it,
	 * still needs the token.
	 */
	static boolean statelessCredentials(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null
				|| !(header.regionMatches(true, 0, "Basic ", 0, 6) || header.regionMatches(true, 0, "Bearer ", 0, 7))) {
			return false;
		}
		return request.getRequestedSessionId() == null && request.getSession(false) == null;
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication) throws Exception {
		http.authenticationManager(authentication)
			.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC)
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			// one answer for a wrong password, an unknown name, a disabled account and a
			// throttled attempt: nothing tells whether an account exists
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers(this::headers);
		return http.build();
	}

	/**
	 * Browser protections: no inline scripts (CSP), no framing, no MIME sniffing, no
	 * referrer leaks. Map tiles may come from the configured tile server only. HSTS only
	 * when Praja is served over TLS (then on every answer: behind a TLS-terminating proxy
	 * the request itself may look plain), never by default, since it would bind browsers
	 * to HTTPS for a year.
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
		if (this.tls) {
			headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000)
				.includeSubDomains(false)
				.requestMatcher(AnyRequestMatcher.INSTANCE));
		}
		else {
			headers.httpStrictTransportSecurity(hsts -> hsts.disable());
		}
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
