package id.praja.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.praja.support.Browser;
import id.praja.support.EndToEndTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the command post and of the staff that had no browser test, in headless
 * Chromium, asserting what the user reads: the wall display (words, not codes; local
 * time), the units, the audit trail, Sentra Gakkumdu and the personnel import (local
 * times with WIB, Indonesian dates), each role's home page, and the header at 1280 px
 * with its logout link on screen for every demo role.
 */
class CommandPagesEndToEndTests extends EndToEndTests {

	/** A local time as people read it: "07.15 WIB". */
	static final String LOCAL_TIME = ".*\\d{2}[.:]\\d{2} WIB.*";

	/** A local date and time: "27 Nov 2024 07.15 WIB". */
	static final String LOCAL_DATE_TIME = ".*\\d{1,2} \\p{L}{3} \\d{4} \\d{2}[.:]\\d{2} WIB.*";

	@Test
	void theWallDisplayShowsIncidentsInWordsAndTheLocalTime() throws Exception {
		String title = "Keributan di TPS " + UUID.randomUUID().toString().substring(0, 6);
		String body = ("{\"id\":\"%s\",\"tps\":\"35.09.18.2001-TPS-003\",\"type\":\"INCIDENT\",\"incidentType\":\"VIOLENCE\","
				+ "\"severity\":\"RED\",\"note\":\"%s\",\"occurredAt\":\"2024-11-27T09:00:00+07:00\"}")
			.formatted(UUID.randomUUID(), title);
		assertThat(post("/api/v1/field-reports", "operator", body).statusCode()).isEqualTo(201);

		login("operator");
		browser.get(server.url("/komando/dinding"));
		Browser.await(browser).until(d -> d.findElement(By.id("wall")).getDomAttribute("data-loads") != null);
		assertThat(browser.findElement(By.id("wall-clock")).getText()).matches(LOCAL_TIME);
		assertThat(browser.findElement(By.id("wall-updated")).getText()).matches(LOCAL_TIME);
		assertThat(digits(browser.findElement(By.cssSelector("[data-severity=RED]")).getText()))
			.isGreaterThanOrEqualTo(1);
		WebElement row = browser.findElements(By.cssSelector("#wall-incident-table tbody tr"))
			.stream()
			.filter(r -> r.getText().contains(title))
			.findFirst()
			.orElseThrow();
		assertThat(row.getText()).contains("Merah", "Dilaporkan", "35.09.18.2001-TPS-003", "Polsek Tempurejo");
		String text = browser.findElement(By.id("wall")).getText();
		assertThat(text).contains("TPS sudah dibuka", "Insiden terbuka")
			.doesNotContain("REPORTED", "VIOLENCE", " RED", "HTTP");
		// large type for a room: the counters are at least 60 px high
		assertThat(
				Double.parseDouble(browser.findElement(By.id("wall-total")).getCssValue("font-size").replace("px", "")))
			.isGreaterThanOrEqualTo(60);
	}

	@Test
	void theUnitsPageListsThePolresItsPolsekAndTheirAreas() {
		login("kabagops");
		browser.get(server.url("/satuan"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(digits(browser.findElement(By.id("count-police")).getText())).isGreaterThan(1000);
		assertThat(browser.findElement(By.id("unit-POLSEK-TEMPUREJO")).getText()).contains("Polsek Tempurejo");
		assertThat(browser.findElements(By.cssSelector("#unit-table tbody tr"))).hasSizeGreaterThan(30);
		assertThat(browser.findElement(By.id("area-table")).getText()).contains("Ajung");
	}

	@Test
	void theAuditPageShowsWhoDidWhatInLocalTime() {
		login("admin");
		browser.get(server.url("/audit"));
		List<WebElement> rows = browser.findElements(By.cssSelector("#audit-table tbody tr"));
		assertThat(rows).isNotEmpty();
		String first = rows.get(0).findElements(By.tagName("td")).get(0).getText();
		assertThat(first).matches(LOCAL_DATE_TIME);
		assertThat(browser.findElement(By.id("audit-table")).getText()).contains("admin");
	}

	@Test
	void gakkumduShowsDeadlinesAsIndonesianDatesAndChangesInLocalTime() {
		login("operator");
		browser.get(server.url("/komando/gakkumdu?on=2024-11-26"));
		WebElement form = browser.findElement(By.id("gakkumdu-new"));
		form.findElement(By.name("title")).sendKeys("Bagi-bagi uang di Andongrejo");
		form.findElement(By.name("tps")).sendKeys("35.09.18.2001-TPS-001");
		browser.executeScript("arguments[0].value = '2024-11-25';", form.findElement(By.name("discoveredOn")));
		browser.executeScript("arguments[0].value = '2024-11-26';", form.findElement(By.name("reportedOn")));
		form.findElement(By.cssSelector("button[type=submit]")).click();
		Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".success")));
		WebElement row = browser.findElements(By.cssSelector("#gakkumdu-cases tbody tr[data-case]"))
			.stream()
			.filter(r -> r.getText().contains("Bagi-bagi uang di Andongrejo"))
			.findFirst()
			.orElseThrow();
		String text = row.getText();
		assertThat(text).containsPattern("\\d{1,2} \\p{L}+ 2024").doesNotContain("2024-11-");
		browser.executeScript("arguments[0].open = true;", row.findElement(By.cssSelector("details.date-history")));
		assertThat(row.findElement(By.cssSelector("details.date-history")).getText()).matches("(?s)" + LOCAL_DATE_TIME)
			.contains("operator");
	}

	@Test
	void thePersonnelImportSaysWhatItStoredAndWhenItFinished() throws Exception {
		login("kabagops");
		browser.get(server.url("/personel/impor"));
		Path file = Files.createTempFile("personel", ".csv");
		Files.writeString(file, "nrp,name,rank,function,unit_code\n97000101,Sugeng Riyadi,Bripka,Bhabinkamtibmas,"
				+ "POLSEK-TEMPUREJO\n", StandardCharsets.UTF_8);
		browser.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.id("import-submit")).click();
		Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("import-success")));
		assertThat(browser.findElement(By.id("import-success")).getText()).contains("diterima", "1 personel disimpan");
		assertThat(browser.findElement(By.id("import-finished")).getText()).startsWith("Impor selesai")
			.matches(LOCAL_DATE_TIME);
	}

	/**
	 * Each role lands on its day (a field officer on the field app), and at 1280 × 800
	 * the header keeps the logout link on screen and working, whatever the role's links.
	 */
	@Test
	void everyRoleLandsOnItsDayAndReachesLogoutAt1280() {
		Map<String, String> roles = new LinkedHashMap<>();
		roles.put("admin", "home-tasks");
		roles.put("kapolres", "home-plan");
		roles.put("kabagops", "home-plan");
		roles.put("kapolsek.tempurejo", "home-incidents");
		roles.put("kasatgas.preventif", "home-task-force");
		roles.put("operator", "home-incidents");
		roles.put("humas", "home-tasks");
		roles.put("polda", "home-plan");
		roles.put("lapangan", "field-app");
		List<String> wrong = new ArrayList<>();
		browser.manage().window().setSize(new Dimension(1280, 800));
		try {
			for (Map.Entry<String, String> role : roles.entrySet()) {
				login(role.getKey());
				browser.get(server.url("/"));
				if (browser.findElements(By.id(role.getValue())).isEmpty()) {
					wrong.add(role.getKey() + " lands on " + browser.getCurrentUrl() + " without #" + role.getValue());
				}
				if (!role.getKey().equals("lapangan")) {
					String agenda = browser.findElement(By.id("home-agenda")).getText();
					if (!agenda.contains("Agenda operasi")) {
						wrong.add(role.getKey() + " sees no agenda");
					}
				}
				WebElement logout = browser.findElement(By.id("logout"));
				Object inside = browser.executeScript("var r = arguments[0].getBoundingClientRect();"
						+ "return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth && r.top >= 0"
						+ " && r.bottom <= window.innerHeight;", logout);
				if (!logout.isDisplayed() || !Boolean.TRUE.equals(inside)) {
					wrong.add(role.getKey() + ": the logout link is off screen at 1280 px");
					continue;
				}
				logout.click();
				Browser.await(browser).until(d -> d.getCurrentUrl().contains("/login"));
			}
		}
		finally {
			browser.manage().window().setSize(new Dimension(1400, 900));
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theHomePageIsTheRolesDay() {
		login("kapolsek.tempurejo");
		browser.get(server.url("/"));
		assertThat(browser.findElement(By.id("home-heading")).getText()).isEqualTo("Sektor Polsek Tempurejo");
		assertThat(browser.findElement(By.id("home-tasks")).getText()).contains("TPS di sektor Anda", "TPS senyap");

		login("kasatgas.preventif");
		browser.get(server.url("/"));
		assertThat(browser.findElement(By.id("home-task-force")).getText()).contains("Preventif");
		assertThat(browser.findElement(By.id("home-tasks")).getText()).contains("Catat kegiatan",
				"Baca rencana pengamanan yang berlaku", "Laphar");

		login("humas");
		browser.get(server.url("/"));
		assertThat(browser.findElements(By.id("home-plan"))).isEmpty();
		assertThat(browser.findElement(By.id("home-tasks")).getText()).contains("Konsep rilis pers");

		login("kabagops");
		browser.get(server.url("/"));
		assertThat(browser.findElement(By.id("plan-state")).getText()).isNotBlank();
		assertThat(browser.findElement(By.id("home-heading")).getText()).startsWith("Hari ini, ");
	}

	private static void login(String user) {
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, user, "praja2024");
	}

	private static int digits(String text) {
		return Integer.parseInt(text.replaceAll("\\D", ""));
	}

	private static HttpResponse<String> post(String path, String user, String json) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(server.url(path)))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString((user + ":praja2024").getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
