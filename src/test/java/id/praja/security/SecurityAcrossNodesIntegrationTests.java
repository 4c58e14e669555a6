package id.praja.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.praja.PrajaApplication;
import id.praja.support.TestDatabase;

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

	@BeforeAll
	static void startTwoNodes() {
		Map<String, Object> a = new HashMap<>(TestDatabase.freshProperties(false));
		nodeA = new SpringApplicationBuilder(PrajaApplication.class).run(arguments(a));
		Map<String, Object> b = new HashMap<>();
		HikariDataSource database = (HikariDataSource) nodeA.getBean(DataSource.class);
		b.put("spring.datasource.url", database.getJdbcUrl());
		b.put("spring.datasource.username", database.getUsername());
		if (database.getPassword() != null) {
			b.put("spring.datasource.password", database.getPassword());
		}
		// node B migrates (nothing left to do) as the owner role, like node A
		for (String flyway : new String[] { "spring.flyway.user", "spring.flyway.password" }) {
			String value = nodeA.getEnvironment().getProperty(flyway);
			if (value != null) {
				b.put(flyway, value);
			}
		}
		b.put("praja.demo.enabled", "true");
		b.put("praja.security.tls", "true");
		nodeB = new SpringApplicationBuilder(PrajaApplication.class).run(arguments(b));
	}

	private static String[] arguments(Map<String, Object> properties) {
		List<String> args = new ArrayList<>();
		args.add("--server.port=0");
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return args.toArray(new String[0]);
	}

	@AfterAll
	static void stop() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
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
