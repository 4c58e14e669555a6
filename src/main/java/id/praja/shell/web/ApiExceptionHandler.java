package id.praja.shell.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import id.praja.shared.Busy;
import id.praja.shared.Conflict;
import id.praja.shared.ImportRejected;
import id.praja.shared.NotFound;

/**
 * Errors of the JSON API as problem+json: bad input (400), rejected imports (422 with
 * every problem), records that do not exist for the user (404), clashes with a record's
 * state (409), heavy work refused while the node is busy (503 with {@code Retry-After}),
 * and as the last resort an unexpected failure (500, logged), never an HTML page or a
 * stack trace. It answers for the JSON controllers and for every route under
 * {@code /api/}; an error of a page goes on to the page's handling (a Praja page).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A refusal that names a message key (as services do whose words are translated on
	 * the pages) is answered in the API's language, never as the bare key.
	 */
	private String detail(RuntimeException ex) {
		String message = ex.getMessage();
		if (message == null || !message.matches("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+")) {
			return message;
		}
		return this.messages.getMessage(message, null, message, java.util.Locale.ENGLISH);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!ApiRoutes.isApi(request)) {
			// a page's form that a service refused: the Praja page for bad input
			log.debug("Bad input on a page: {}", ex.getMessage());
			return ApiRoutes.page(request, response, HttpStatus.BAD_REQUEST, "error.text.400");
		}
		return ResponseEntity.badRequest()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail(ex)));
	}

	@ExceptionHandler(ImportRejected.class)
	ResponseEntity<ProblemDetail> rejected(ImportRejected ex, HttpServletRequest request) {
		ApiRoutes.require(ex, request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle(ex.title());
		problem.setProperty("file", ex.fileName());
		problem.setProperty("problems", ex.problems());
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(NotFound.class)
	ResponseEntity<ProblemDetail> notFound(NotFound ex, HttpServletRequest request) {
		ApiRoutes.require(ex, request);
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage()));
	}

	@ExceptionHandler(Conflict.class)
	ResponseEntity<ProblemDetail> conflict(Conflict ex, HttpServletRequest request) {
		ApiRoutes.require(ex, request);
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage()));
	}

	@ExceptionHandler(Busy.class)
	ResponseEntity<ProblemDetail> busy(Busy ex, HttpServletRequest request) {
		ApiRoutes.require(ex, request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Busy");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header("Retry-After", String.valueOf(ex.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) throws Exception {
		ApiRoutes.require(ex, request);
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex;
		}
		log.error("Unexpected failure in the API", ex);
		return ResponseEntity.internalServerError()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"Unexpected error; it has been logged"));
	}

}
