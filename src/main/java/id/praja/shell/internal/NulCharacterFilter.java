package id.praja.shell.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, request parameters (query string and plain forms)
 * that carry a NUL character: no record may hold one (PostgreSQL refuses it), so such a
 * request is bad input (400), never a failure deep inside a service. JSON bodies are
 * checked by the strict JSON reader, uploaded files by their importers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class NulCharacterFilter extends OncePerRequestFilter {

	/** The request attribute that carries the reason to the error page. */
	public static final String DETAIL = "praja.error.detail";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		String type = request.getContentType() == null ? ""
				: request.getContentType().toLowerCase(java.util.Locale.ROOT);
		// Form fields of a multipart upload are parameters too (the files are checked by
		// their readers).
		boolean form = type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data");
		if ((query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) || (form && hasNul(request))) {
			request.setAttribute(DETAIL, "error.text.nul");
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasNul(HttpServletRequest request) {
		for (String[] values : request.getParameterMap().values()) {
			for (String value : values) {
				if (value != null && value.indexOf('\u0000') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

}
