package id.praja.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import id.praja.shared.AuditableEvent;
import id.praja.shared.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every {@link AuditableEvent} to the trail, in the transaction of the change (so
 * a change and its audit line commit or roll back together), with the user who made it
 * and his address. Also records every interactive login and every failed authentication.
 */
@Component
class AuditRecorder {

	private final AuditRepository repository;

	private final JsonMapper json = JsonMapper.builder().build();

	AuditRecorder(AuditRepository repository) {
		this.repository = repository;
	}

	@EventListener
	void on(AuditableEvent event) {
		this.repository.append(actor(), event.action(), event.subjectType(), event.subjectId(), json(event.before()),
				json(event.after()), remoteAddress());
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		this.repository.append(event.getAuthentication().getName(), "login.success", "account",
				event.getAuthentication().getName(), null, null, address(event.getAuthentication()));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		this.repository.append(name, "login.failure", "account", name, null,
				json(java.util.Map.of("reason", event.getException().getClass().getSimpleName())),
				address(event.getAuthentication()));
	}

	private String json(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof String s) ? this.json.writeValueAsString(s) : this.json.writeValueAsString(value);
	}

	private static String actor() {
		return CurrentUser.authenticatedName()
			.orElseGet(() -> (RequestContextHolder.getRequestAttributes() == null)
					? "system:" + System.getProperty("user.name") : "anonymous");
	}

	private static String address(Authentication auth) {
		if (auth.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return remoteAddress();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
