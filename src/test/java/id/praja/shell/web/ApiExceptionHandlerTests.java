package id.praja.shell.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's refusal reaches an API client in words: a message key (as services use
 * whose words are translated on the pages) is resolved, plain text passes as it is.
 */
class ApiExceptionHandlerTests {

	@Test
	void aRefusalNamingAMessageKeyIsAnsweredInWordsNotAsTheKey() throws Exception {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("op.sprin.notDraft", Locale.ENGLISH, "This order is already issued.");
		ApiExceptionHandler handler = new ApiExceptionHandler(messages);
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/operation/sprin");

		ResponseEntity<ProblemDetail> keyed = handler.badRequest(new IllegalArgumentException("op.sprin.notDraft"),
				request, new MockHttpServletResponse());
		assertThat(keyed.getStatusCode().value()).isEqualTo(400);
		assertThat(keyed.getBody().getDetail()).isEqualTo("This order is already issued.");

		ResponseEntity<ProblemDetail> plain = handler.badRequest(
				new IllegalArgumentException("'from' must not be after 'to'"), request, new MockHttpServletResponse());
		assertThat(plain.getBody().getDetail()).isEqualTo("'from' must not be after 'to'");

		ResponseEntity<ProblemDetail> unknownKey = handler.badRequest(new IllegalArgumentException("no.such.key"),
				request, new MockHttpServletResponse());
		assertThat(unknownKey.getBody().getDetail()).isEqualTo("no.such.key");
	}

}
