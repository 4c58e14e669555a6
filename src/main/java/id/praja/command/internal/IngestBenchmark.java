package id.praja.command.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.HttpURLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import id.praja.command.CommandManagement;
import id.praja.operation.OperationManagement;
import id.praja.personnel.PersonnelManagement;
import id.praja.shared.PrajaCommand;
import id.praja.territory.TerritoryManagement;

/**
 * {@code ./praja bench ingest [--url URL] [--clients N] [--rate R] [--user U --password P]}:
 * plays a voting day of field reports for every TPS (check-in, the five stages, logistics
 * in and out, some incidents) against a server with N concurrent clients, each with its
 * own session like a phone, and prints reports/s, latency percentiles, errors, the
 * report-to-screen latency seen on the live stream, and whether every acknowledged report
 * is in the database. Then measures PostgreSQL's raw single-row insert rate with the same
 * concurrency and durability, and prints the ratio. Without {@code --url} it starts a
 * server in this process on this command's database; with {@code --url} this command's
 * database must be the server's (SPRING_DATASOURCE_URL) for the loss check. With
 * {@code --background-load} it first asks the server, as a planner, for a plan solve (30
 * s per Polsek) and a 5,000-replication simulation, so that the reports compete with
 * them.
 */
@Component
class IngestBenchmark implements PrajaCommand {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private final TerritoryManagement territory;

	private final CommandManagement command;

	private final DataSource dataSource;

	private final ApplicationContext context;

	private final OperationManagement operation;

	private final PersonnelManagement personnel;

	IngestBenchmark(TerritoryManagement territory, CommandManagement command, DataSource dataSource,
			ApplicationContext context, OperationManagement operation, PersonnelManagement personnel) {
		this.operation = operation;
		this.personnel = personnel;
		this.territory = territory;
		this.command = command;
		this.dataSource = dataSource;
		this.context = context;
	}

	@Override
	public String name() {
		return "bench ingest";
	}

	@Override
	public String usage() {
		return "bench ingest [--url URL] [--clients 128] [--rate reports-per-second] [--warmup 5000] [--live-url URL of another node] [--user operator --password praja2024]"
				+ " [--background-load [--load-user kabagops --load-password praja2024]]"
				+ " (a voting day of field reports for every TPS; reports/s, p50/p99, losses; raw PostgreSQL insert rate)";
	}

	/**
	 * A plan solve and a simulation running on the server while the reports arrive: a new
	 * draft solved with 30 s per Polsek, and a 5,000-replication simulation asked for on
	 * a thread of its own (its request lasts as long as the simulation).
	 */
	record BackgroundLoad(HttpClient http, String url, String authorization, long planId, Thread simulation,
			String[] simulationOutcome, long startNanos) {

		static BackgroundLoad start(String url, String user, String password, PrintStream out) throws Exception {
			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			String authorization = "Basic "
					+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> draft = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/deployment/plans"))
				.header("Authorization", authorization)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			if (draft.statusCode() != 201) {
				throw new IllegalStateException("background load: no draft plan (" + draft.statusCode() + " "
						+ draft.body() + "); --load-user must be a planner");
			}
			long planId = tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.readTree(draft.body())
				.path("version")
				.path("id")
				.asLong();
			HttpResponse<String> solve = http.send(HttpRequest
				.newBuilder(URI.create(url + "/api/v1/deployment/plans/" + planId + "/solve?secondsPerPolsek=30"))
				.header("Authorization", authorization)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			out.printf("background load: solve of draft %d (30 s per Polsek) asked: %d%n", planId, solve.statusCode());
			String[] outcome = { "still running when the reports ended" };
			long start = System.nanoTime();
			Thread simulation = new Thread(() -> {
				try {
					HttpResponse<String> answer = http.send(HttpRequest
						.newBuilder(URI.create(url + "/api/v1/exercise/simulations?replications=5000&seed=2024"))
						.header("Authorization", authorization)
						.POST(HttpRequest.BodyPublishers.noBody())
						.build(), HttpResponse.BodyHandlers.ofString());
					outcome[0] = "answered " + answer.statusCode() + " after "
							+ Math.round((System.nanoTime() - start) / 1e9) + " s" + ((answer.statusCode() == 200) ? ""
									: ": " + answer.body().substring(0, Math.min(200, answer.body().length())));
				}
				catch (IOException ex) {
					outcome[0] = "failed: " + ex;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}, "background-simulation");
			simulation.setDaemon(true);
			simulation.start();
			// the simulation's request reaches the server before the first report
			Thread.sleep(1000);
			return new BackgroundLoad(http, url, authorization, planId, simulation, outcome, start);
		}

		void finish(PrintStream out) throws Exception {
			HttpResponse<String> state = this.http.send(
					HttpRequest.newBuilder(URI.create(this.url + "/api/v1/deployment/plans/" + this.planId + "/state"))
						.header("Authorization", this.authorization)
						.GET()
						.build(),
					HttpResponse.BodyHandlers.ofString());
			out.printf("background load: solve of draft %d at the end of the reports: %s; simulation of 5,000"
					+ " replications: %s%n", this.planId, state.body(), this.simulationOutcome[0]);
			this.http
				.send(HttpRequest.newBuilder(URI.create(this.url + "/api/v1/deployment/plans/" + this.planId + "/stop"))
					.header("Authorization", this.authorization)
					.POST(HttpRequest.BodyPublishers.noBody())
					.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	/** One report to send. */
	record Report(UUID id, Instant at, String json) {
	}

	@Override
	public int run(List<String> args, PrintStream out) throws Exception {
		String url = option(args, "--url", null);
		String liveUrl = option(args, "--live-url", null);
		int clients = Integer.parseInt(option(args, "--clients", "128"));
		double rate = Double.parseDouble(option(args, "--rate", "0"));
		String user = option(args, "--user", "operator");
		String password = option(args, "--password", "praja2024");
		int warmup = Integer.parseInt(option(args, "--warmup", "5000"));
		if (System.getProperty("http.maxConnections") == null) {
			// the JDK keeps 5 idle connections per server unless told otherwise: one per
			// client, or each request past the fifth would open a new connection
			System.setProperty("http.maxConnections", String.valueOf(Math.max(5, clients)));
		}
		ConfigurableApplicationContext server = null;
		try {
			if (url == null) {
				int port = freePort();
				server = startServer(port);
				url = "http://localhost:" + port;
			}
			List<Report> day = votingDay(new Random(2024));
			out.printf(
					"Benchmark: field-report ingest, %d reports for %d TPS (a voting day), %d clients, %s, %d cores%n",
					day.size(), tpsCount(), clients,
					(rate > 0) ? "paced at " + rate + " reports/s" : "as fast as the server answers",
					Runtime.getRuntime().availableProcessors());
			out.printf("server %s; database fsync = %s, synchronous_commit for ingest = on (set per transaction)%n",
					url, new org.springframework.jdbc.core.JdbcTemplate(this.dataSource).queryForObject("SHOW fsync",
							String.class));
			if (liveUrl == null) {
				liveUrl = url;
			}
			out.printf("live stream watched on %s%s%n", liveUrl,
					liveUrl.equals(url) ? "" : " (another node: report-to-screen across nodes)");
			BackgroundLoad load = null;
			if (args.contains("--background-load")) {
				load = BackgroundLoad.start(url, option(args, "--load-user", "kabagops"),
						option(args, "--load-password", "praja2024"), out);
			}
			Result ingest = fire(url, liveUrl, user, password, clients, rate, day, out);
			if (load != null) {
				load.finish(out);
			}
			int stored = this.command.countStored(ingest.acknowledged());
			out.printf(
					"whole run: %d reports in %.2f s = %.0f reports/s; latency p50 %.1f ms, p99 %.1f ms; errors %d,"
							+ " retries %d%n",
					ingest.acknowledged().size(), ingest.seconds(), ingest.acknowledged().size() / ingest.seconds(),
					percentile(ingest.latencyNanos(), 50), percentile(ingest.latencyNanos(), 99), ingest.errors(),
					ingest.retries());
			// sustained: after the first reports, while the JIT compiles the hot path
			int from = Math.min(Math.max(0, warmup), day.size() - 1);
			Sustained sustained = Sustained.of(ingest.latencyNanos(), ingest.beginNanos(), ingest.ok(),
					ingest.endNanos(), from);
			long[] steady = sustained.latencyNanos();
			double ingestRate = sustained.rate();
			out.printf(
					"ingest (sustained, after the first %d reports): %d of %d reports acknowledged (2xx) in %.2f s = %.0f"
							+ " acknowledged reports/s; their latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
					from, sustained.acknowledged(), sustained.sent(), sustained.seconds(), ingestRate,
					percentile(steady, 50), percentile(steady, 90), percentile(steady, 99), percentile(steady, 100));
			if (!ingest.errorSamples().isEmpty()) {
				out.println("first errors: " + ingest.errorSamples());
			}
			out.printf("report-to-screen (live stream, %d of %d seen): p50 %.1f ms, p99 %.1f ms%n",
					ingest.live().length, ingest.acknowledged().size(), percentile(ingest.live(), 50),
					percentile(ingest.live(), 99));
			out.printf("acknowledged %d, stored %d: %s%n", ingest.acknowledged().size(), stored,
					(stored == ingest.acknowledged().size()) ? "zero lost"
							: "LOST " + (ingest.acknowledged().size() - stored));
			double raw = rawInsertRate(clients, day.size());
			out.printf(
					"PostgreSQL raw single-row INSERT (autocommit, synchronous_commit=on, %d connections): %.0f rows/s;"
							+ " ingest/raw ratio %.2f%n",
					clients, raw, ingestRate / raw);
			return (stored == ingest.acknowledged().size() && ingest.errors() == 0) ? 0 : 1;
		}
		finally {
			if (server != null) {
				server.close();
			}
		}
	}

	private int tpsCount() {
		AtomicInteger n = new AtomicInteger();
		this.territory.forEachTps(null, t -> n.incrementAndGet());
		return n.get();
	}

	/**
	 * The operation's voting day (from its agenda, in the Polres' zone): every TPS
	 * through its stages, some incidents.
	 */
	List<Report> votingDay(Random random) {
		List<Report> day = new ArrayList<>();
		java.time.LocalDate date = this.operation.votingDay()
			.orElseThrow(() -> new IllegalStateException("the operation's agenda has no voting day"));
		OffsetDateTime midnight = date.atStartOfDay(this.personnel.timeZone()).toOffsetDateTime();
		String[] incidentTypes = { "CROWD", "LOGISTICS_PROBLEM", "OUTAGE", "MONEY_POLITICS", "INTIMIDATION", "VIOLENCE",
				"DISASTER", "OTHER" };
		this.territory.forEachTps(null, tps -> {
			String code = tps.code();
			Instant checkIn = minutes(midnight, 330 + random.nextInt(40));
			Instant persiapan = minutes(midnight, 355 + random.nextInt(25));
			Instant arrived = minutes(midnight, 365 + random.nextInt(40));
			Instant dibuka = minutes(midnight, 415 + random.nextInt(15));
			Instant pemungutan = dibuka.plusSeconds(300 + random.nextInt(600));
			Instant penghitungan = minutes(midnight, 780 + random.nextInt(20));
			Instant selesai = minutes(midnight, 900 + random.nextInt(360));
			Instant away = selesai.plusSeconds(600 + random.nextInt(3000));
			day.add(report(code, checkIn, "\"type\":\"CHECK_IN\""));
			day.add(report(code, persiapan, "\"type\":\"STATUS\",\"status\":\"PERSIAPAN\""));
			day.add(report(code, arrived, "\"type\":\"LOGISTICS\",\"logistics\":\"ARRIVED\""));
			day.add(report(code, dibuka, "\"type\":\"STATUS\",\"status\":\"DIBUKA\""));
			day.add(report(code, pemungutan, "\"type\":\"STATUS\",\"status\":\"PEMUNGUTAN\""));
			day.add(report(code, penghitungan, "\"type\":\"STATUS\",\"status\":\"PENGHITUNGAN\""));
			day.add(report(code, selesai, "\"type\":\"STATUS\",\"status\":\"SELESAI\""));
			day.add(report(code, away, "\"type\":\"LOGISTICS\",\"logistics\":\"ESCORTED_AWAY\""));
			if (random.nextDouble() < 0.04) {
				int roll = random.nextInt(100);
				String severity = (roll < 70) ? "GREEN" : (roll < 95) ? "YELLOW" : "RED";
				day.add(report(code, minutes(midnight, 420 + random.nextInt(420)),
						"\"type\":\"INCIDENT\",\"incidentType\":\"%s\",\"severity\":\"%s\",\"note\":\"Simulasi hari-H\",\"lat\":%.5f,\"lon\":%.5f"
							.formatted(incidentTypes[random.nextInt(incidentTypes.length)], severity, tps.lat(),
									tps.lon())));
			}
		});
		day.sort(Comparator.comparing(Report::at));
		return day;
	}

	private static Instant minutes(OffsetDateTime midnight, int minutes) {
		return midnight.plusMinutes(minutes).toInstant();
	}

	private static Report report(String tps, Instant at, String fields) {
		UUID id = UUID.randomUUID();
		return new Report(id, at,
				"{\"id\":\"%s\",\"tps\":\"%s\",%s,\"occurredAt\":\"%s\"}".formatted(id, tps, fields, at));
	}

	/** What a run measured. */
	record Result(List<UUID> acknowledged, double seconds, long[] latencyNanos, long[] beginNanos, long endNanos,
			int errors, int retries, List<String> errorSamples, long[] live, boolean[] ok) {
	}

	/**
	 * The sustained part of a run: the reports from {@code from} on that the server
	 * acknowledged (2xx), their rate over the time from the first of them being sent to
	 * the end, and their latencies. Refused or failed reports count for nothing: a server
	 * answering 503 fast must not look fast.
	 */
	record Sustained(int acknowledged, int sent, double seconds, double rate, long[] latencyNanos) {

		static Sustained of(long[] latencyNanos, long[] beginNanos, boolean[] ok, long endNanos, int from) {
			int sent = latencyNanos.length - from;
			long[] latencies = new long[sent];
			int n = 0;
			for (int i = from; i < latencyNanos.length; i++) {
				if (ok[i]) {
					latencies[n++] = latencyNanos[i];
				}
			}
			double seconds = (endNanos - beginNanos[from]) / 1e9;
			return new Sustained(n, sent, seconds, n / seconds, Arrays.copyOf(latencies, n));
		}

	}

	static double percentile(long[] nanos, double p) {
		if (nanos.length == 0) {
			return Double.NaN;
		}
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	private Result fire(String url, String liveUrl, String user, String password, int clients, double rate,
			List<Report> day, PrintStream out) throws Exception {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		List<Session> sessions = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			sessions.add(Session.login(http, url, user, password));
		}
		Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
		ConcurrentLinkedQueue<Long> live = new ConcurrentLinkedQueue<>();
		Thread viewer = liveViewer(http, liveUrl, user, password, sentAt, live);
		long[] latency = new long[day.size()];
		long[] begins = new long[day.size()];
		boolean[] ok = new boolean[day.size()];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger retries = new AtomicInteger();
		ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
		CountDownLatch finished = new CountDownLatch(clients);
		AtomicLong startNanos = new AtomicLong(System.nanoTime());
		for (Session session : sessions) {
			Thread t = new Thread(() -> {
				try {
					int i;
					while ((i = next.getAndIncrement()) < day.size()) {
						if (rate > 0) {
							long due = startNanos.get() + (long) (i / rate * 1e9);
							long wait = due - System.nanoTime();
							if (wait > 0) {
								Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
							}
						}
						Report report = day.get(i);
						long begin = System.nanoTime();
						begins[i] = begin;
						sentAt.put(report.id(), begin);
						for (int attempt = 0;; attempt++) {
							try {
								Answer response = session.post(url, report.json());
								if (response.statusCode() == 201 || response.statusCode() == 200) {
									ok[i] = true;
								}
								else {
									errors.incrementAndGet();
									if (samples.size() < 5) {
										samples.add(response.statusCode() + " " + response.body());
									}
								}
								break;
							}
							catch (IOException ex) {
								// the answer may be lost: send the same report again
								// (idempotent)
								if (attempt == 5) {
									errors.incrementAndGet();
									samples.add(ex.toString());
									break;
								}
								retries.incrementAndGet();
								Thread.sleep(200);
							}
						}
						latency[i] = System.nanoTime() - begin;
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					finished.countDown();
				}
			}, "ingest-client");
			t.setDaemon(true);
			t.start();
		}
		startNanos.set(System.nanoTime());
		long start = startNanos.get();
		finished.await();
		long end = System.nanoTime();
		double seconds = (end - start) / 1e9;
		Thread.sleep(1500);
		viewer.interrupt();
		List<UUID> acknowledged = new ArrayList<>();
		for (int i = 0; i < day.size(); i++) {
			if (ok[i]) {
				acknowledged.add(day.get(i).id());
			}
		}
		return new Result(acknowledged, seconds, latency, begins, end, errors.get(), retries.get(),
				new ArrayList<>(samples), live.stream().mapToLong(Long::longValue).toArray(), ok);
	}

	/**
	 * Watches the live stream as the command center does, timing each report's arrival.
	 */
	private Thread liveViewer(HttpClient http, String url, String user, String password, Map<UUID, Long> sentAt,
			ConcurrentLinkedQueue<Long> live) throws Exception {
		HttpResponse<java.util.stream.Stream<String>> stream = http
			.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/live"))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofLines());
		Thread t = new Thread(() -> {
			try (java.util.stream.Stream<String> lines = stream.body()) {
				lines.filter(line -> line.startsWith("data:")).forEach(line -> {
					long now = System.nanoTime();
					Matcher m = ID.matcher(line);
					while (m.find()) {
						Long sent = sentAt.get(UUID.fromString(m.group(1)));
						if (sent != null) {
							live.add(now - sent);
						}
					}
					if (Thread.currentThread().isInterrupted()) {
						throw new IllegalStateException("stopped");
					}
				});
			}
			catch (RuntimeException ex) {
				// stream closed at the end of the run
			}
		}, "ingest-live-viewer");
		t.setDaemon(true);
		t.start();
		return t;
	}

	/** The status and body of an answer. */
	record Answer(int statusCode, String body) {
	}

	/**
	 * A logged-in client (session cookie and CSRF token), like a phone with the field
	 * app.
	 */
	record Session(String cookie, String csrf) {

		private static final Pattern HIDDEN = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

		private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

		static Session login(HttpClient http, String url, String user, String password) throws Exception {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			String cookie = cookie(page, null);
			Matcher token = HIDDEN.matcher(page.body());
			if (!token.find()) {
				throw new IllegalStateException("no CSRF token on the login page");
			}
			String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
			HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(url + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookie)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			cookie = cookie(login, cookie);
			String location = login.headers().firstValue("Location").orElse("");
			if (location.contains("error") || location.contains("locked")) {
				throw new IllegalStateException("login as " + user + " failed");
			}
			HttpResponse<String> app = http.send(
					HttpRequest.newBuilder(URI.create(url + "/lapangan")).header("Cookie", cookie).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher meta = META.matcher(app.body());
			if (app.statusCode() != 200 || !meta.find()) {
				throw new IllegalStateException("account " + user + " may not use the field app");
			}
			return new Session(cookie, meta.group(1));
		}

		/**
		 * Sends one report on a kept-alive connection. The JDK's blocking
		 * {@link HttpURLConnection} costs the client about half the CPU of
		 * {@link HttpClient}'s asynchronous machinery per request (measured with this
		 * benchmark), and on this machine the client shares the two cores with the server
		 * and PostgreSQL.
		 */
		Answer post(String url, String json) throws IOException {
			HttpURLConnection connection = (HttpURLConnection) URI.create(url + "/api/v1/field-reports")
				.toURL()
				.openConnection();
			connection.setRequestMethod("POST");
			connection.setDoOutput(true);
			connection.setConnectTimeout(10_000);
			connection.setReadTimeout(30_000);
			connection.setRequestProperty("Content-Type", "application/json");
			connection.setRequestProperty("Cookie", this.cookie);
			connection.setRequestProperty("X-CSRF-TOKEN", this.csrf);
			byte[] body = json.getBytes(StandardCharsets.UTF_8);
			connection.setFixedLengthStreamingMode(body.length);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(body);
			}
			int status = connection.getResponseCode();
			// read the whole answer so that the connection goes back to the keep-alive
			// cache
			try (InputStream in = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
				return new Answer(status, (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "");
			}
		}

		private static String cookie(HttpResponse<?> response, String fallback) {
			return response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter(c -> c.startsWith("JSESSIONID="))
				.map(c -> c.substring(0, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
				.findFirst()
				.orElse(fallback);
		}

	}

	/**
	 * The floor: single-row INSERTs of rows as wide as a report, each its own committed
	 * transaction, from as many connections as clients, with synchronous_commit on.
	 */
	private double rawInsertRate(int connections, int rows) throws Exception {
		String[] db = jdbc();
		try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]); Statement s = c.createStatement()) {
			// the table comes from a migration (V14): the application's role may not
			// create tables
			s.execute("DELETE FROM command_bench_raw");
		}
		AtomicInteger next = new AtomicInteger();
		CountDownLatch ready = new CountDownLatch(connections);
		CountDownLatch go = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(connections);
		List<Connection> open = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			Connection c = DriverManager.getConnection(db[0], db[1], db[2]);
			open.add(c);
			Thread t = new Thread(() -> {
				try (Statement s = c.createStatement()) {
					s.execute("SET synchronous_commit = on");
					PreparedStatement insert = c.prepareStatement(
							"INSERT INTO command_bench_raw VALUES (?, '35.09.18.2001-TPS-001', 'STATUS', 'DIBUKA', ?, now(), 'operator')");
					ready.countDown();
					go.await();
					while (next.getAndIncrement() < rows) {
						insert.setObject(1, UUID.randomUUID());
						insert.setTimestamp(2, Timestamp.from(Instant.now()));
						insert.executeUpdate();
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				finally {
					done.countDown();
				}
			});
			t.setDaemon(true);
			t.start();
		}
		ready.await();
		long start = System.nanoTime();
		go.countDown();
		done.await();
		long end = System.nanoTime();
		double seconds = (end - start) / 1e9;
		for (Connection c : open) {
			c.close();
		}
		try (Connection c = DriverManager.getConnection(db[0], db[1], db[2]); Statement s = c.createStatement()) {
			s.execute("DELETE FROM command_bench_raw");
		}
		return rows / seconds;
	}

	private String[] jdbc() {
		if (this.dataSource instanceof HikariDataSource hikari) {
			return new String[] { hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword() };
		}
		throw new IllegalStateException("bench ingest needs a Hikari data source");
	}

	/** A web server of the application in this process, on this command's database. */
	private ConfigurableApplicationContext startServer(int port) {
		Class<?> application = this.context.getBeansWithAnnotation(SpringBootApplication.class)
			.values()
			.stream()
			.map(bean -> ClassUtils.getUserClass(bean.getClass()))
			.findFirst()
			.orElseThrow();
		String[] db = jdbc();
		List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--spring.datasource.url=" + db[0],
				"--spring.datasource.username=" + db[1], "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				"--spring.datasource.hikari.maximum-pool-size=16"));
		if (db[2] != null) {
			args.add("--spring.datasource.password=" + db[2]);
		}
		return new SpringApplicationBuilder(application).run(args.toArray(String[]::new));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String option(List<String> args, String name, String fallback) {
		int i = args.indexOf(name);
		if (i < 0) {
			return fallback;
		}
		if (i + 1 >= args.size()) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return args.get(i + 1);
	}

}
