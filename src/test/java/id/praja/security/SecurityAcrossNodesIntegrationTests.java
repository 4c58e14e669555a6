package id.praja.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import id.praja.support.TwoNodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Praja nodes over one PostgreSQL, as real servers: the login throttle and the API
 * tokens are the same on both; node B is configured as served over TLS
 * ({@code praja.security.tls=true}) and sends HSTS and a Secure session cookie, node A
 * (the default) neither.
 */
class SecurityAcrossNodesIntegrationTests {

	static TwoNodes nodes;

	@BeforeAll
	static void startTwoNodes() {
		nodes = TwoNodes.start(Map.of("praja.security.tls", "true"));
	}

	@AfterAll
	static void stop() {
		if (nodes != null) {
			nodes.close();
		}
	}

	@Test
	void anAddressHeldBackByOneNodeIsHeldBackByTheOther() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(send(nodes.a(), "/api/v1/ranks", TwoNodes.basic("kabagops", "salah-" + i)).statusCode())
				.isEqualTo(401);
		}
		assertThat(send(nodes.b(), "/api/v1/ranks", TwoNodes.basic("kabagops", "praja2024")).statusCode())
			.isEqualTo(401);
		// a token made on one node works on the other (tokens are not throttled)
		String secret = nodes.a().getBean(ApiTokens.class).issue("kabagops", "skrip", null).secret();
		assertThat(send(nodes.b(), "/api/v1/ranks", "Bearer " + secret).statusCode()).isEqualTo(200);
	}

	@Test
	void servedOverTlsEveryAnswerCarriesHstsAndTheSessionCookieIsSecure() throws Exception {
		HttpResponse<String> tls = send(nodes.b(), "/login", null);
		assertThat(tls.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
		assertThat(tls.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));

		HttpResponse<String> plain = send(nodes.a(), "/login", null);
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
	}

	private static HttpResponse<String> send(ConfigurableApplicationContext node, String path, String authorization)
			throws Exception {
		String port = node.getEnvironment().getProperty("local.server.port");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return TwoNodes.HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
