package id.praja.shell.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every error that reaches the servlet container (a page that does not exist, a request
 * the firewall refused, an upload over the size limit, an unexpected failure, or a visit
 * to {@code /error} itself) ends here: the JSON API answers problem+json, a person gets a
 * Praja page in his language with the navigation. Never Spring's or Tomcat's own page,
 * never a stack trace or an exception's class name.
 */
@Controller
class PrajaErrorController implements ErrorController {

	private final MessageSource messages;

	PrajaErrorController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "/error",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	ResponseEntity<ProblemDetail> json(HttpServletRequest request) {
		HttpStatus status = status(request);
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, text(request, status, Locale.ENGLISH)));
	}

	@RequestMapping("/error")
	Object page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && (uri.startsWith(request.getContextPath() + "/api/") || uri.endsWith("/api"))) {
			return json(request);
		}
		response.setStatus(status.value());
		Locale locale = RequestContextUtils.getLocale(request);
		model.addAttribute("status", status.value());
		model.addAttribute("title", title(status, locale));
		model.addAttribute("message", text(request, status, locale));
		return "shell/error";
	}

	/**
	 * The status to answer: the container's, or 404 for a direct visit to {@code /error}
	 * (there is nothing there).
	 */
	static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer value)) {
			return HttpStatus.NOT_FOUND;
		}
		HttpStatus status = HttpStatus.resolve(value);
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static final Map<Integer, String> KEYS = Map.of(400, "400", 401, "401", 403, "403", 404, "404", 405, "405",
			413, "413", 415, "415", 429, "429", 503, "503");

	private String title(HttpStatus status, Locale locale) {
		return this.messages.getMessage("error.title." + KEYS.getOrDefault(status.value(), "other"), null, locale);
	}

	private String text(HttpServletRequest request, HttpStatus status, Locale locale) {
		if (request.getAttribute(ApiRoutes.DETAIL) instanceof String key && key.startsWith("error.")) {
			return this.messages.getMessage(key, null, locale);
		}
		return this.messages.getMessage("error.text." + KEYS.getOrDefault(status.value(), "other"), null, locale);
	}

}
