package id.praja.command;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import id.praja.support.TwoNodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Praja nodes over one PostgreSQL: a report accepted by node A reaches a viewer
 * connected to node B's live stream (LISTEN/NOTIFY), and a rejected report reaches
 * nobody.
 */
class LiveAcrossNodesIntegrationTests {

	static TwoNodes nodes;

	@BeforeAll
	static void startTwoNodes() {
		nodes = TwoNodes.start(Map.of());
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
		HttpResponse<Stream<String>> stream = TwoNodes.HTTP.send(
				TwoNodes.request(nodes.b(), "/api/v1/live", "operator").GET().build(),
				HttpResponse.BodyHandlers.ofLines());
		assertThat(stream.statusCode()).isEqualTo(200);
		CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> stream.body()
			.filter(line -> line.startsWith("data:")
					&& (line.contains(accepted.toString()) || line.contains(rejected.toString())))
			.findFirst()
			.orElse(""));

		HttpResponse<String> refused = TwoNodes.postFieldReport(nodes.a(), rejected, "35.09.18.2001-TPS-999");
		assertThat(refused.statusCode()).isEqualTo(422);
		HttpResponse<String> created = TwoNodes.postFieldReport(nodes.a(), accepted, "35.09.18.2001-TPS-001");
		assertThat(created.statusCode()).isEqualTo(201);

		String data = seen.get(60, TimeUnit.SECONDS);
		assertThat(data).contains(accepted.toString()).doesNotContain(rejected.toString());
		assertThat(data).contains("\"tps\":\"35.09.18.2001-TPS-001\"").contains("\"status\":\"DIBUKA\"");
		stream.body().close();
	}

}
