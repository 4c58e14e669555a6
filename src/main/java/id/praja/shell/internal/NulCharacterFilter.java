package id.praja.shell.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;

/**
 * Refuses, before anything reads them, request parameters (query string, plain forms and
 * the form fields of an upload) that carry a NUL character: no record may hold one
 * (PostgreSQL refuses it), so such a request is bad input (400), never a failure deep
 * inside a service. JSON bodies are checked by the strict JSON reader, uploaded files by
 * their importers.
 * <p>
 * An upload the container cannot read (over the size limit, or cut off) is answered here
 * too, with the Praja page or problem+json: once the container has failed to read an
 * upload it fails every later look at the request's parameters, which would otherwise
 * turn the error page itself into the container's own page.
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
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		boolean multipart = type.startsWith("multipart/form-data");
		boolean form = type.startsWith("application/x-www-form-urlencoded") || multipart;
		if (multipart && "POST,PUT,PATCH".contains(request.getMethod())) {
			try {
				new StandardMultipartHttpServletRequest(request, false);
			}
			catch (MaxUploadSizeExceededException ex) {
				refuseUpload(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.text.413");
				return;
			}
			catch (MultipartException ex) {
				refuseUpload(request, response, HttpServletResponse.SC_BAD_REQUEST, "error.upload.unreadable");
				return;
			}
		}
		if ((query != null && query.toLowerCase(Locale.ROOT).contains("%00")) || (form && hasNul(request))) {
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

	/**
	 * Shows the error page (or problem+json for the API) for an upload the container
	 * could not read, through a view of the request without its unreadable parameters.
	 */
	private static void refuseUpload(HttpServletRequest request, HttpServletResponse response, int status,
			String detail) throws ServletException, IOException {
		HttpServletRequest unread = new WithoutParameters(request);
		unread.setAttribute(DETAIL, detail);
		unread.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
		unread.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(status);
		request.getRequestDispatcher("/error").forward(unread, response);
	}

	/** The request as seen without its parameters (they could not be read). */
	private static final class WithoutParameters extends HttpServletRequestWrapper {

		WithoutParameters(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

		@Override
		public List<Part> getParts() {
			return List.of();
		}

		@Override
		public Part getPart(String name) {
			return null;
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

	}

}
