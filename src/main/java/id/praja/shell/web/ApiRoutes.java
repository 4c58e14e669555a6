package id.praja.shell.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Which requests the JSON API answers: every route under {@code /api/} and every method
 * that writes its answer as the body (JSON controllers, GeoJSON, feeds). Their errors are
 * problem+json; the errors of pages are Praja pages.
 */
final class ApiRoutes {

	private ApiRoutes() {
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.equals("/api")) {
			return true;
		}
		Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		return handler instanceof HandlerMethod method
				&& (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
						|| method.hasMethodAnnotation(ResponseBody.class));
	}

	/**
	 * Lets an exception of a page go on to the page's handling.
	 * @throws Exception the exception itself, unless the request is the API's
	 */
	static <E extends Exception> void require(E ex, HttpServletRequest request) throws E {
		if (!isApi(request)) {
			throw ex;
		}
	}

	/** The request attribute naming the message key that explains an error page. */
	static final String DETAIL = "praja.error.detail";

	/**
	 * Answers a page's request with the Praja error page: the status and the message (a
	 * key of {@code messages*.properties}) go to {@link PrajaErrorController}.
	 * @return null: the answer is the error page
	 */
	static <T> T page(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
			throws IOException {
		request.setAttribute(DETAIL, messageKey);
		response.sendError(status.value());
		return null;
	}

}
