package id.praja.security.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.praja.security.ApiToken;
import id.praja.security.ApiTokens;
import id.praja.security.IssuedApiToken;
import id.praja.security.Role;
import id.praja.security.internal.ApiTokenAuthentication;
import id.praja.shared.NotFound;

/**
 * API tokens of the logged-in account: make one (its secret is in this answer only), list
 * them (without secrets), revoke one. Every role may manage its own tokens; an
 * administrator may list and revoke anyone's. A request authenticated by a token cannot
 * make tokens: a stolen token must not be able to outlive its own revocation.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class ApiTokenApiController {

	private final ApiTokens tokens;

	private final id.praja.security.UserAccounts accounts;

	ApiTokenApiController(ApiTokens tokens, id.praja.security.UserAccounts accounts) {
		this.tokens = tokens;
		this.accounts = accounts;
	}

	/**
	 * @param name what the token is for
	 * @param expiresAt when it stops working (ISO 8601 with offset), or null for never
	 */
	record NewToken(String name, OffsetDateTime expiresAt) {
	}

	/**
	 * A new token: {@code token} is the secret to send as
	 * {@code Authorization: Bearer <token>}, shown this once.
	 */
	record CreatedToken(long id, String username, String name, Instant createdAt, Instant expiresAt, String token) {
	}

	@PostMapping
	ResponseEntity<?> create(@RequestBody NewToken request, Authentication user) {
		if (user instanceof ApiTokenAuthentication) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
						"An API token cannot make API tokens: log in or use HTTP Basic"));
		}
		IssuedApiToken issued = this.tokens.issue(user.getName(), request.name(),
				(request.expiresAt() != null) ? request.expiresAt().toInstant() : null);
		ApiToken t = issued.token();
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + t.id()))
			.body(new CreatedToken(t.id(), t.username(), t.name(), t.createdAt(), t.expiresAt(), issued.secret()));
	}

	@GetMapping
	List<ApiToken> list(@RequestParam(required = false) String username, Authentication user) {
		if (username == null || username.equals(user.getName())) {
			return this.tokens.list(user.getName());
		}
		if (!admin(user)) {
			throw new org.springframework.security.access.AccessDeniedException("only an administrator lists others");
		}
		if (!this.accounts.manages(username)) {
			// another Polres' account does not exist for this administrator
			throw new NotFound("no user " + username);
		}
		return this.tokens.list(username);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id, Authentication user) {
		ApiToken token = this.tokens.find(id)
			.filter(t -> t.username().equals(user.getName()) || (admin(user) && this.accounts.manages(t.username())))
			.orElseThrow(() -> new NotFound("no API token %d".formatted(id)));
		this.tokens.revoke(token.id(), user.getName());
		return ResponseEntity.noContent().build();
	}

	private static boolean admin(Authentication user) {
		return user.getAuthorities().stream().anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
	}

}
