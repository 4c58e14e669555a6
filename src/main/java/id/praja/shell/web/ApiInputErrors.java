package id.praja.shell.web;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Bad input to the JSON API (the JSON controllers and every route under {@code /api/}),
 * answered 400 problem+json in the user's words, naming the field: a body that is not
 * JSON, a field of the wrong kind or unknown, a parameter that is not a number, a value
 * the database cannot hold. The answer never quotes SQL, a Java type or a library's
 * message.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiInputErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiInputErrors.class);

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request)
			throws Exception {
		ApiRoutes.require(ex, request);
		return problem(HttpStatus.BAD_REQUEST, describe(ex));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> parameterType(MethodArgumentTypeMismatchException ex, HttpServletRequest request)
			throws Exception {
		ApiRoutes.require(ex, request);
		return problem(HttpStatus.BAD_REQUEST, "parameter '%s': '%s' is not %s".formatted(ex.getName(), ex.getValue(),
				(ex.getRequiredType() != null) ? kind(ex.getRequiredType()) : "a valid value"));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex,
			HttpServletRequest request) throws Exception {
		ApiRoutes.require(ex, request);
		return problem(HttpStatus.BAD_REQUEST, "parameter '" + ex.getParameterName() + "' is required");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, HttpServletRequest request)
			throws Exception {
		ApiRoutes.require(ex, request);
		String detail = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiInputErrors::describe)
			.collect(Collectors.joining("; "));
		return problem(HttpStatus.BAD_REQUEST, detail.isEmpty() ? "the request is not valid" : detail);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request)
			throws Exception {
		ApiRoutes.require(ex, request);
		String detail = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> "'" + r.getMethodParameter().getParameterName() + "' " + e.getDefaultMessage()))
			.collect(Collectors.joining("; "));
		return problem(HttpStatus.BAD_REQUEST, detail.isEmpty() ? "the request is not valid" : detail);
	}

	/**
	 * The database refused a value (too long for its column, out of range, a character it
	 * cannot store) or a rule (a duplicate): the services should have said so first; this
	 * is the safety net, logged so that the check can be added where it belongs.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> database(DataAccessException ex, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		String state = sqlState(ex);
		if (state == null || !(state.startsWith("22") || state.startsWith("23"))) {
			throw ex;
		}
		log.warn("Input refused by the database (SQLSTATE {}): {}", state, ex.getMostSpecificCause().getMessage());
		HttpStatus status = state.equals("23505") ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
		if (!ApiRoutes.isApi(request)) {
			return ApiRoutes.page(request, response, status, switch (state) {
				case "22001" -> "error.db.tooLong";
				case "22021", "22P05", "22023" -> "error.text.nul";
				case "23505" -> "error.db.duplicate";
				default -> "error.db.invalid";
			});
		}
		return problem(status,
				(status == HttpStatus.CONFLICT) ? "a record with the same key already exists" : databaseRefusal(state));
	}

	/**
	 * @return the user's words for a refusal by the database
	 */
	static String databaseRefusal(String state) {
		return switch (state) {
			case "22001" -> "a value is longer than its field allows; shorten it";
			case "22003" -> "a number is out of the range its field allows";
			case "22007", "22008" -> "a date or time is not valid";
			case "22021", "22P05", "22023" -> "a text contains a character that cannot be stored (such as NUL)";
			default -> state.startsWith("23") ? "the change breaks a rule of the records (a missing or duplicate link)"
					: "a value is not valid for its field";
		};
	}

	static String sqlState(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

	private static String describe(FieldError error) {
		return "'" + error.getField() + "' " + error.getDefaultMessage();
	}

	/**
	 * @return what is wrong with the body, naming the field
	 */
	static String describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		JacksonException json = null;
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof JacksonException j) {
				json = j;
				break;
			}
		}
		if (json == null) {
			return "a JSON body is required";
		}
		String field = path(json.getPath());
		String at = field.isEmpty() ? "" : "'" + field + "' ";
		if (json instanceof id.praja.shell.internal.InvalidJsonValue) {
			return at + json.getOriginalMessage();
		}
		if (json instanceof UnrecognizedPropertyException unknown) {
			return "unknown field '" + path(json.getPath()) + "'" + known(unknown.getKnownPropertyIds());
		}
		if (json instanceof ValueInstantiationException) {
			return (cause instanceof IllegalArgumentException && cause.getMessage() != null) ? cause.getMessage()
					: "the request is not valid";
		}
		if (json instanceof InvalidFormatException format && format.getTargetType() != null) {
			return at + "'" + format.getValue() + "' is not " + kind(format.getTargetType());
		}
		if (json instanceof MismatchedInputException mismatch) {
			if (mismatch.getTargetType() != null && !field.isEmpty()) {
				return at + "must be " + kind(mismatch.getTargetType());
			}
			if (field.isEmpty()) {
				return "the body must be a JSON object with the documented fields";
			}
			return at + "is missing or of the wrong kind";
		}
		if (json instanceof StreamReadException read && read.getLocation() != null) {
			return "the body is not valid JSON (line %d, column %d)".formatted(read.getLocation().getLineNr(),
					read.getLocation().getColumnNr());
		}
		return "the body is not valid JSON";
	}

	private static String known(java.util.Collection<Object> ids) {
		if (ids == null || ids.isEmpty() || ids.size() > 20) {
			return "";
		}
		return "; the fields are " + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
	}

	private static String path(List<JacksonException.Reference> path) {
		StringBuilder out = new StringBuilder();
		for (JacksonException.Reference r : path) {
			if (r.getPropertyName() != null) {
				out.append(out.isEmpty() ? "" : ".").append(r.getPropertyName());
			}
			else if (r.getIndex() >= 0) {
				out.append('[').append(r.getIndex()).append(']');
			}
		}
		return out.toString();
	}

	/**
	 * @return a type in the user's words, e.g. "a number" or "one of [RED, YELLOW]"
	 */
	static String kind(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		if (type == String.class || type == char.class || type == Character.class) {
			return "text";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true or false";
		}
		if (type == int.class || type == long.class || type == short.class || type == Integer.class
				|| type == Long.class || type == Short.class || type == java.math.BigInteger.class) {
			return "a whole number";
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
			return "a number";
		}
		if (type == java.time.LocalDate.class) {
			return "a date (YYYY-MM-DD)";
		}
		if (type == java.time.LocalTime.class) {
			return "a time (HH:MM)";
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
			return "a date and time (ISO 8601, e.g. 2024-11-27T07:00:00+07:00)";
		}
		if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
			return "a list";
		}
		return "an object";
	}

}
