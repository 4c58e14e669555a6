package id.praja.command;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import id.praja.support.TwoNodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Praja nodes over one PostgreSQL: a report accepted by node A reaches a viewer
 * connected to node B's live stream (LISTEN/NOTIFY), and a rejected report reaches
 * nobody.
 */
class LiveAcrossNodesIntegrationTests {

	static ConfigurableApplicationContext nodeA;

	static ConfigurableApplicationContext nodeB;

	static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	static TwoNodes nodes;

	@BeforeAll
	static void startTwoNodes() {
		nodes = TwoNodes.start(Map.of());
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
	void aReportAcceptedByOneNodeReachesViewersOfTheOther() throws Exception {
		UUID rejected = UUID.randomUUID();
		UUID accepted = UUID.randomUUID();
		HttpResponse<Stream<String>> stream = HTTP.send(request(nodeB, "/api/v1/live").GET().build(),
				HttpResponse.BodyHandlers.ofLines());
		assertThat(stream.statusCode()).isEqualTo(200);
		CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> stream.body()
			.filter(line -> line.startsWith("data:")
					&& (line.contains(accepted.toString()) || line.contains(rejected.toString())))
			.findFirst()
			.orElse(""));

		HttpResponse<String> refused = post(nodeA, rejected, "35.09.18.2001-TPS-999");
		assertThat(refused.statusCode()).isEqualTo(422);
		HttpResponse<String> created = post(nodeA, accepted, "35.09.18.2001-TPS-001");
		assertThat(created.statusCode()).isEqualTo(201);

		String data = seen.get(60, TimeUnit.SECONDS);
		assertThat(data).contains(accepted.toString()).doesNotContain(rejected.toString());
		assertThat(data).contains("\"tps\":\"35.09.18.2001-TPS-001\"").contains("\"status\":\"DIBUKA\"");
		stream.body().close();
	}

	private static HttpResponse<String> post(ConfigurableApplicationContext node, UUID id, String tps)
			throws Exception {
		String body = "{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"STATUS\",\"status\":\"DIBUKA\",\"occurredAt\":\"2024-11-27T07:00:00+07:00\"}"
			.formatted(id, tps);
		return HTTP.send(request(node, "/api/v1/field-reports").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext node, String path) {
		String port = node.getEnvironment().getProperty("local.server.port");
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString("operator:praja2024".getBytes(StandardCharsets.UTF_8)));
	}

}
