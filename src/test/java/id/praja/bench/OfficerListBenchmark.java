package id.praja.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import id.praja.support.PrajaServer;

/**
 * {@code ./praja bench officers [requests-per-client]}: the packaged application on the
 * embedded database; 20 clients, each logged in with its own session, list all officers
 * in scope ({@code GET /api/v1/officers?size=2000}) as fast as they can. Reports
 * p50/p95/p99 for the Kabag Ops (whole Polres, no scope filter: the baseline) and for the
 * Kapolsek of Tempurejo (scoped query), and the ratio of the scoped p95 to the baseline
 * p95.
 */
public final class OfficerListBenchmark {

	private static final int CLIENTS = 20;

	private OfficerListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int perClient = (args.length > 0) ? Integer.parseInt(args[0]) : 50;
		Path dataDir = Path.of("target", "bench-officers");
		Files.createDirectories(dataDir);
		try (PrajaServer server = PrajaServer.start("bench-officers",
				Map.of("praja.database.data-dir", dataDir.resolve("pg").toAbsolutePath().toString()))) {
			System.out.printf(
					"Benchmark: GET /api/v1/officers?size=2000 under %d concurrent clients, %d requests each,"
							+ " after %d warm-up requests per client; %d cores%n",
					CLIENTS, perClient, 10, Runtime.getRuntime().availableProcessors());
			double baseline = run(server, "kabagops", perClient);
			double scoped = run(server, "kapolsek.tempurejo", perClient);
			System.out.printf("p95 scoped / p95 baseline = %.2f%n", scoped / baseline);
		}
	}

	/**
	 * @return the p95 in milliseconds
	 */
	private static double run(PrajaServer server, String user, int perClient) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		List<HttpClient> clients = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			clients.add(login(server, user));
		}
		URI uri = URI.create(server.url("/api/v1/officers?size=2000"));
		int[] officers = { 0 };
		List<Future<List<Double>>> futures = new ArrayList<>();
		for (HttpClient client : clients) {
			futures.add(pool.submit(() -> {
				List<Double> times = new ArrayList<>();
				for (int i = 0; i < perClient + 10; i++) {
					long start = System.nanoTime();
					HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(),
							HttpResponse.BodyHandlers.ofString());
					double ms = (System.nanoTime() - start) / 1e6;
					if (response.statusCode() != 200) {
						throw new IllegalStateException(user + ": HTTP " + response.statusCode());
					}
					if (i == 0) {
						synchronized (officers) {
							officers[0] = Integer
								.parseInt(response.body().replaceFirst("(?s).*\"totalElements\":(\\d+).*", "$1"));
						}
					}
					if (i >= 10) {
						times.add(ms);
					}
				}
				return times;
			}));
		}
		List<Double> all = new ArrayList<>();
		long wall = System.nanoTime();
		for (Future<List<Double>> f : futures) {
			all.addAll(f.get());
		}
		double seconds = (System.nanoTime() - wall) / 1e9;
		pool.shutdown();
		Collections.sort(all);
		double p95 = percentile(all, 0.95);
		System.out.printf("%-20s %5d officers listed: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, %.0f requests/s%n", user,
				officers[0], percentile(all, 0.5), p95, percentile(all, 0.99), all.size() / seconds);
		return p95;
	}

	private static double percentile(List<Double> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
	}

	private static HttpClient login(PrajaServer server, String user) throws Exception {
		HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		String page = client
			.send(HttpRequest.newBuilder(URI.create(server.url("/login"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String token = page.replaceFirst("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String form = "username=" + user + "&password=praja2024&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login of " + user + " failed: " + response.statusCode());
		}
		return client;
	}

}
