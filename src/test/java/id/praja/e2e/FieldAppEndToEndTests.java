package id.praja.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.praja.support.Browser;
import id.praja.support.EndToEndTests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The field app in headless Chromium: an officer loses his signal, reports that his TPS
 * opened, gets the signal back, and the report reaches the command center exactly once,
 * even when the phone sends it again.
 */
class FieldAppEndToEndTests extends EndToEndTests {

	static final String TPS = "35.09.18.2001-TPS-001";

	@Test
	void aReportMadeOfflineArrivesOnceWhenTheSignalReturns() throws Exception {
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "lapangan", "praja2024");
		browser.get(server.url("/lapangan"));
		// the phone's queue of an earlier test (another officer) is not this test's
		browser.executeScript("localStorage.clear();");
		browser.navigate().refresh();
		browser.findElement(By.id("tps-search")).sendKeys(TPS);
		Browser.await(browser)
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#tps-results a[data-tps='" + TPS + "']")))
			.click();
		assertThat(browser.findElement(By.id("tps-current")).getText()).isEqualTo(TPS);

		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		browser.setNetworkConditions(offline);
		browser.findElement(By.cssSelector("button[data-status=DIBUKA]")).click();
		Browser.await(browser)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue li[data-state=queued]")));
		browser.findElement(By.id("flush")).click();
		Thread.sleep(1000);
		assertThat(browser.findElement(By.id("queued-count")).getText()).isEqualTo("1");
		assertThat(statusReports()).isEmpty();
		String id = browser.findElement(By.cssSelector("#queue li")).getDomAttribute("data-id");

		browser.deleteNetworkConditions();
		Browser.await(browser)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue li[data-state=sent]")));
		Browser.await(browser).until(d -> d.findElement(By.id("queued-count")).getText().equals("0"));
		JsonNode reports = statusReports();
		assertThat(reports).hasSize(1);
		assertThat(reports.get(0).get("id").asString()).isEqualTo(id);
		assertThat(reports.get(0).get("status").asString()).isEqualTo("DIBUKA");
		assertThat(reports.get(0).get("reportedBy").asString()).isEqualTo("lapangan");

		// the answer was lost on the way back: the phone sends the same report again
		browser.executeScript("var q = JSON.parse(localStorage.getItem('praja.lapangan.queue.v1'));"
				+ "q.forEach(function (i) { i.state = 'queued'; });"
				+ "localStorage.setItem('praja.lapangan.queue.v1', JSON.stringify(q));");
		browser.findElement(By.id("flush")).click();
		Browser.await(browser)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#queue li[data-state=sent]")));
		Browser.await(browser).until(d -> d.findElement(By.id("queued-count")).getText().equals("0"));
		assertThat(statusReports()).hasSize(1);
	}

	@Test
	void theCommandCenterShowsAReportLiveWhenItIsCommitted() throws Exception {
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "operator", "praja2024");
		browser.get(server.url("/komando"));
		Browser.await(browser)
			.until(d -> Boolean.TRUE.equals(browser.executeScript(
					"return !!(window.prajaCommand && window.prajaCommand.ready && window.prajaCommand.connected)")));
		String tps = "35.09.18.2001-TPS-002";
		String id = java.util.UUID.randomUUID().toString();
		String body = "{\"id\":\"%s\",\"tps\":\"%s\",\"type\":\"INCIDENT\",\"incidentType\":\"CROWD\",\"severity\":\"RED\",\"note\":\"Massa\",\"occurredAt\":\"2024-11-27T09:00:00+07:00\"}"
			.formatted(id, tps);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/field-reports")))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("kapolres:praja2024".getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		Browser.await(browser)
			.until(d -> "INCIDENT".equals(browser.executeScript("return window.prajaCommand.ids['" + id + "']")));
		Browser.await(browser).until(d -> d.findElement(By.cssSelector("[data-severity=RED]")).getText().equals("1"));
		assertThat(browser.findElement(By.id("incident-list")).getDomProperty("textContent")).contains(tps);
	}

	/**
	 * With a published plan, the officer's post's TPS is chosen for him when he opens the
	 * app (or, with no post of his in the plan, the app says so); each report is
	 * confirmed next to its button with the local time it reached the command post, the
	 * TPS's current status is shown, and the queue says what was sent and when.
	 */
	@Test
	void theOfficersTpsIsPreselectedAndEachReportIsConfirmedNextToItsButton() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode draft = json.readTree(call("POST", "/api/v1/deployment/plans", "kabagops", 201));
		long plan = draft.get("version").get("id").asLong();
		JsonNode published = json
			.readTree(call("POST", "/api/v1/deployment/plans/" + plan + "/publish", "kapolres", 200));
		JsonNode self = json.readTree(call("GET", "/api/v1/officers", "lapangan", 200));
		String nrp = self.get("content").get(0).get("nrp").asString();
		java.util.List<String> assigned = new java.util.ArrayList<>();
		for (JsonNode staffed : published.get("plan").get("staffed")) {
			for (JsonNode officer : staffed.get("officers")) {
				if (nrp.equals(officer.get("nrp").asString())) {
					staffed.get("post").get("tps").forEach(t -> assigned.add(t.asString()));
				}
			}
		}

		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "lapangan", "praja2024");
		browser.get(server.url("/lapangan"));
		browser.executeScript("localStorage.clear();");
		browser.navigate().refresh();
		String tps;
		if (!assigned.isEmpty()) {
			tps = assigned.get(0);
			assertThat(browser.findElement(By.id("tps-current")).getText()).isEqualTo(tps);
			assertThat(browser.findElements(By.cssSelector("#assigned .assigned-tps"))).hasSize(assigned.size());
			assertThat(browser.findElement(By.cssSelector(".assigned-tps.chosen")).getText()).startsWith(tps + " · ");
		}
		else {
			assertThat(browser.findElement(By.id("not-assigned")).getText()).contains("rencana yang diterbitkan");
			assertThat(browser.findElement(By.id("tps-current")).getText()).isEqualTo("Belum memilih TPS");
			tps = "35.09.18.2001-TPS-005";
			browser.findElement(By.id("tps-search")).sendKeys(tps);
			Browser.await(browser)
				.until(ExpectedConditions
					.elementToBeClickable(By.cssSelector("#tps-results a[data-tps='" + tps + "']")))
				.click();
			assertThat(browser.findElement(By.id("tps-current")).getText()).isEqualTo(tps);
		}
		assertThat(browser.findElement(By.id("tps-place")).getText()).isNotBlank();

		browser.findElement(By.id("check-in")).click();
		Browser.await(browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#check-in + .confirm"),
					"Diterima posko pukul"));
		assertThat(browser.findElement(By.cssSelector("#check-in + .confirm")).getText())
			.matches(".*\\d{2}[.:]\\d{2} WIB");

		browser.findElement(By.cssSelector("button[data-status=SELESAI]")).click();
		Browser.await(browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector("button[data-status=SELESAI] + .confirm"), "Diterima posko pukul"));
		Browser.await(browser)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tps-status"), "Selesai"));
		assertThat(browser.findElement(By.id("tps-status")).getText())
			.matches("Selesai \\(sejak \\d{2}[.:]\\d{2} WIB\\)");
		String queue = browser.findElement(By.id("queue")).getText();
		assertThat(queue)
			.contains(tps + " · Selesai — terkirim pukul", tps + " · Saya sudah di pos — terkirim pukul", "WIB")
			.doesNotContain("SELESAI", "sent");
	}

	private static String call(String method, String path, String user, int expected) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(server.url(path)))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":praja2024").getBytes(StandardCharsets.UTF_8)))
				.header("Accept", "application/json")
				.method(method,
						method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
								: HttpRequest.BodyPublishers.ofString(""))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(expected);
		return response.body();
	}

	private static JsonNode statusReports() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(server.url("/api/v1/field-reports?type=STATUS&tps=" + TPS)))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString("kapolres:praja2024".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	@Test
	void anOperatorClaimsVerifiesDispatchesAndResolvesAnIncident() {
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "operator", "praja2024");
		browser.get(server.url("/komando/insiden"));
		WebElement form = browser.findElement(By.id("incident-new"));
		form.findElement(By.name("tps")).sendKeys("35.09.18.2001-TPS-007");
		new org.openqa.selenium.support.ui.Select(form.findElement(By.name("type"))).selectByValue("VIOLENCE");
		new org.openqa.selenium.support.ui.Select(form.findElement(By.name("severity"))).selectByValue("RED");
		form.findElement(By.name("title")).sendKeys("Bentrok pendukung di TPS (uji)");
		form.submit();
		Browser.await(browser).until(d -> d.getCurrentUrl().matches(".*/komando/insiden/[0-9]+$"));
		assertThat(status()).isEqualTo("REPORTED");

		browser.findElement(By.id("claim")).click();
		Browser.await(browser).until(d -> !d.findElements(By.id("release")).isEmpty());
		move("VERIFIED");
		// the recommendations rank units by arrival; send the first
		WebElement first = Browser.await(browser)
			.until(d -> d.findElement(By.cssSelector("#dispatch-options tbody tr")));
		first.findElement(By.cssSelector("button[type=submit]")).click();
		Browser.await(browser).until(d -> "DISPATCHED".equals(status()));
		assertThat(browser.findElements(By.cssSelector("#incident-units td")).get(0).getText()).isNotBlank();
		move("ON_SCENE");
		move("RESOLVED");
		assertThat(browser.findElements(By.cssSelector("#timeline tr[data-action]")))
			.extracting(r -> r.getAttribute("data-action"))
			.contains("CREATED", "CLAIMED", "DISPATCHED", "STATUS");
	}

	private static String status() {
		return browser.findElement(By.id("incident-status")).getAttribute("data-status");
	}

	private static void move(String to) {
		WebElement form = browser.findElement(By.id("transition-form"));
		new org.openqa.selenium.support.ui.Select(form.findElement(By.name("to"))).selectByValue(to);
		form.findElement(By.cssSelector("button[type=submit]")).click();
		Browser.await(browser).until(d -> to.equals(status()));
	}

}
