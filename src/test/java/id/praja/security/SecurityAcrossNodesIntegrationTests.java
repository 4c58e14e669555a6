package id.praja.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	static TwoNodes nodes;

	@BeforeAll
	static void startTwoNodes() {
		nodes = TwoNodes.start(Map.of("praja.security.tls", "true"));
		nodeA = nodes.a();
		nodeB = nodes.b();
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
			assertThat(send(nodeA, "/api/v1/ranks", "Basic " + basic("kabagops", "salah-" + i)).statusCode())
				.isEqualTo(401);
		}
		assertThat(send(nodeB, "/api/v1/ranks", "Basic " + basic("kabagops", "praja2024")).statusCode()).isEqualTo(401);
		// a token made on one node works on the other (tokens are not throttled)
		String secret = nodeA.getBean(ApiTokens.class).issue("kabagops", "skrip", null).secret();
		assertThat(send(nodeB, "/api/v1/ranks", "Bearer " + secret).statusCode()).isEqualTo(200);
	}

	@Test
	void servedOverTlsEveryAnswerCarriesHstsAndTheSessionCookieIsSecure() throws Exception {
		HttpResponse<String> tls = send(nodeB, "/login", null);
		assertThat(tls.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
		assertThat(tls.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));

		HttpResponse<String> plain = send(nodeA, "/login", null);
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("Secure"));
	}

	private static String basic(String username, String password) {
		return Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> send(ConfigurableApplicationContext node, String path, String authorization)
			throws Exception {
		String port = node.getEnvironment().getProperty("local.server.port");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
