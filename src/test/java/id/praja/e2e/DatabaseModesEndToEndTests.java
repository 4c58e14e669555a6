package id.praja.e2e;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import id.praja.support.PrajaServer;
import id.praja.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two ways Praja keeps its data: the embedded PostgreSQL in a data folder (kept
 * across restarts) and an external server configured by properties (no demo accounts
 * until an administrator is added with {@code ./praja user add}).
 */
class DatabaseModesEndToEndTests {

	@Test
	void theEmbeddedDatabaseKeepsItsDataAcrossRestarts() throws Exception {
		Path dataDir = Files.createTempDirectory("praja-e2e-embedded");
		Map<String, String> properties = Map.of("praja.database.data-dir", dataDir.resolve("pg").toString());
		try (PrajaServer server = PrajaServer.start("embedded-first", properties)) {
			assertThat(get(server, "/api/v1/territory/summary", "admin:praja2024").body()).contains("\"tps\":4046");
			String csv = "desa_code,tps_number,address,lat,lon,voters_male,voters_female\n"
					+ firstTpsLine(server).replaceFirst(",\\d+,\\d+$", ",300,299") + "\n";
			HttpResponse<String> imported = postCsv(server, "/api/v1/tps/import", csv);
			assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		}
		assertThat(dataDir.resolve("pg").resolve("PG_VERSION")).exists();
		try (PrajaServer again = PrajaServer.start("embedded-restart", properties)) {
			String summary = get(again, "/api/v1/territory/summary", "admin:praja2024").body();
			assertThat(summary).contains("\"voters\":");
			String tps = get(again, "/api/v1/tps?size=1", "admin:praja2024").body();
			assertThat(tps).contains("\"votersMale\":300").contains("\"votersFemale\":299");
			assertThat(again.log()).doesNotContain("Generated 4046 demo TPS");
		}
	}

	@Test
	void anExternalDatabaseHasNoDemoAccountsUntilAnAdministratorIsAdded() throws Exception {
		Map<String, String> properties = new LinkedHashMap<>(TestDatabase.freshProperties(false));
		properties.put("praja.demo.enabled", "false");
		try (PrajaServer server = PrajaServer.start("no-demo", properties)) {
			assertThat(get(server, "/api/v1/territory/summary", "admin:praja2024").statusCode()).isEqualTo(401);
			assertThat(get(server, "/api/v1/territory/summary", "kabagops:praja2024").statusCode()).isEqualTo(401);
			assertThat(get(server, "/actuator/health", null).statusCode()).isEqualTo(200);
		}
		// stopped first: with the embedded database (no external server configured) a
		// command
		// cannot share the data folder with a running server
		PrajaServer.CommandResult added = PrajaServer.command(properties, "rahasia-kuat-2024\n", "user", "add", "budi",
				"--role", "ADMIN", "--name", "Budi Santoso");
		assertThat(added.exitCode()).as(added.output()).isZero();
		PrajaServer.CommandResult listed = PrajaServer.command(properties, "", "user", "list");
		assertThat(listed.output()).contains("budi").contains("ADMIN").doesNotContain("kabagops");
		try (PrajaServer server = PrajaServer.start("no-demo-admin", properties)) {
			HttpResponse<String> summary = get(server, "/api/v1/territory/summary", "budi:rahasia-kuat-2024");
			assertThat(summary.statusCode()).isEqualTo(200);
			assertThat(summary.body()).contains("\"kecamatan\":31").contains("\"desa\":248").contains("\"tps\":0");
		}
	}

	private static String firstTpsLine(PrajaServer server) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/v1/tps/export?format=csv")))
			.header("Authorization", basic("admin:praja2024"))
			.build();
		String csv = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
		CSVRecord first = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.iterator()
			.next();
		// desa_code, tps_number, address, lat, lon (the test sets the voters)
		return String.join(",", first.get("desa_code"), first.get("tps_number"), "\"" + first.get("address") + "\"",
				first.get("lat"), first.get("lon"), "0", "0");
	}

	private static HttpResponse<String> get(PrajaServer server, String path, String credentials)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
		if (credentials != null) {
			request.header("Authorization", basic(credentials));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> postCsv(PrajaServer server, String path, String csv)
			throws IOException, InterruptedException {
		String boundary = "praja-e2e-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"satu.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
			.header("Authorization", basic("admin:praja2024"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes());
	}

}
