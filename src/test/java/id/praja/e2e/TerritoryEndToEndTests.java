package id.praja.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import id.praja.support.Browser;
import id.praja.support.EndToEndTests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application started as a process and driven through headless Chromium, the
 * way a Kabag Ops uses it: log in, find the district on the map, search, import.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TerritoryEndToEndTests extends EndToEndTests {

	@Test
	@Order(1)
	void aWrongPasswordIsRefusedAndTheRightOneLetsTheUserIn() {
		browser.get(server.url("/peta"));
		assertThat(browser.getCurrentUrl()).contains("/login");
		browser.findElement(By.id("username")).sendKeys("kabagops");
		browser.findElement(By.id("password")).sendKeys("wrong");
		browser.findElement(By.id("login")).click();
		Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error")));
		assertThat(browser.findElement(By.cssSelector(".error")).getText()).isEqualTo(
				"Nama pengguna atau kata sandi salah, atau terlalu banyak percobaan: tunggu sebentar lalu coba lagi.");

		Browser.login(browser, server, "kabagops", "praja2024");
		browser.get(server.url("/"));
		assertThat(digits(browser.findElement(By.id("count-kecamatan")).getText())).isEqualTo(31);
		assertThat(digits(browser.findElement(By.id("count-desa")).getText())).isEqualTo(248);
		assertThat(digits(browser.findElement(By.id("count-tps")).getText())).isEqualTo(4046);
	}

	@Test
	@Order(2)
	void theMapDrawsJemberWithEveryTpsAndFindsOne() throws IOException {
		browser.get(server.url("/peta"));
		awaitMapReady();
		JavascriptExecutor js = browser;
		assertThat(js.executeScript("return window.prajaMap.error")).isNull();
		assertThat(((Number) js.executeScript("return window.prajaMap.kecamatanDrawn")).intValue()).isEqualTo(31);
		assertThat(((Number) js.executeScript("return window.prajaMap.tpsDrawn")).intValue()).isEqualTo(4046);
		assertThat(browser.findElement(By.id("tps-count")).getText()).isEqualTo("4046");
		assertThat(browser.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
		assertThat(browser.findElement(By.cssSelector(".demo-banner")).getText()).contains("4.046");
		screenshot("map");

		// filter by kecamatan: only its TPS stay on the map
		Select kecamatan = new Select(browser.findElement(By.id("kecamatan-filter")));
		kecamatan.selectByIndex(1);
		String option = kecamatan.getFirstSelectedOption().getText();
		int expected = Integer.parseInt(option.replaceAll(".*\\((\\d+)\\)$", "$1"));
		assertThat(expected).isPositive();
		assertThat(browser.findElement(By.id("tps-count")).getText()).isEqualTo(String.valueOf(expected));

		// search a TPS by code: the map opens its details
		String code = firstTpsCode();
		browser.findElement(By.id("map-search")).sendKeys(code);
		WebElement hit = Browser.await(browser)
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results a[data-kind=tps]")));
		assertThat(hit.getText()).startsWith(code);
		hit.click();
		WebElement popup = Browser.await(browser)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tps-popup")));
		assertThat(popup.getText()).contains(code).contains("Pemilih").contains("Data demo");
	}

	@Test
	@Order(3)
	void theTpsTableSearchesAsTheUserTypes() {
		browser.get(server.url("/tps"));
		assertThat(digits(browser.findElement(By.id("tps-total")).getText())).isEqualTo(4046);
		String code = firstTpsCode();
		WebElement before = browser.findElement(By.id("tps-total"));
		browser.findElement(By.id("tps-search")).sendKeys(code);
		Browser.await(browser).until(ExpectedConditions.stalenessOf(before));
		assertThat(browser.findElement(By.id("tps-total")).getText()).isEqualTo("1 TPS ditemukan");
		assertThat(browser.findElement(By.id("tps-table")).getText()).contains(code);
	}

	@Test
	@Order(4)
	void aGoodFileIsImportedAndABadOneIsRejectedWithEveryProblem() throws Exception {
		JsonNode desaTps = api("/api/v1/tps?kecamatan=&size=1000&desa=" + firstDesaCode()).get("content");
		String desa = desaTps.get(0).get("desaCode").asText();
		List<String> lines = new ArrayList<>();
		lines.add("desa_code,tps_number,address,lat,lon,voters_male,voters_female,special_site");
		for (JsonNode t : desaTps) {
			lines.add(String.join(",", desa, t.get("number").asText(), "\"" + t.get("address").asText() + "\"",
					t.get("lat").asText(), t.get("lon").asText(), "250", "260", ""));
		}
		int extra = desaTps.size() + 1;
		JsonNode first = desaTps.get(0);
		lines.add(String.join(",", desa, String.valueOf(extra), "\"Balai Desa\"", first.get("lat").asText(),
				first.get("lon").asText(), "100", "120", ""));
		Path good = Files.createTempDirectory("praja-e2e").resolve("tps-baru.csv");
		Files.write(good, lines, StandardCharsets.UTF_8);

		browser.get(server.url("/tps/import"));
		browser.findElement(By.id("import-file")).sendKeys(good.toString());
		browser.findElement(By.id("import-submit")).click();
		WebElement success = Browser.await(browser)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-success")));
		assertThat(success.getText()).contains("tps-baru.csv diterima").contains(desaTps.size() + 1 + " TPS disimpan");
		assertThat(api("/api/v1/territory/summary").get("tps").asInt()).isEqualTo(4047);
		assertThat(api("/api/v1/tps/" + desa + "-TPS-" + "%03d".formatted(extra)).get("votersFemale").asInt())
			.isEqualTo(120);

		List<String> badLines = new ArrayList<>(lines);
		badLines.add("35.09.99.9999,1,Jl. Fiktif,-8.2,113.6,100,100,");
		badLines.add(String.join(",", desa, "1", "Duplikat", first.get("lat").asText(), first.get("lon").asText(),
				"400", "300", ""));
		Path bad = good.resolveSibling("tps-salah.csv");
		Files.write(bad, badLines, StandardCharsets.UTF_8);
		browser.get(server.url("/tps/import"));
		browser.findElement(By.id("import-file")).sendKeys(bad.toString());
		browser.findElement(By.id("import-submit")).click();
		WebElement problems = Browser.await(browser)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")));
		assertThat(problems.getText()).contains("tps-salah.csv ditolak")
			.contains("35.09.99.9999")
			.contains("kode desa tidak dikenal");
		List<WebElement> rows = problems.findElements(By.cssSelector("tbody tr"));
		assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
		assertThat(rows).extracting(WebElement::getText)
			.anySatisfy(r -> assertThat(r).startsWith(String.valueOf(badLines.size() - 1)))
			.anySatisfy(r -> assertThat(r).startsWith(String.valueOf(badLines.size())));
		assertThat(api("/api/v1/territory/summary").get("tps").asInt()).isEqualTo(4047);
		assertThat(api("/api/v1/tps/" + desa + "-TPS-001").get("votersMale").asInt()).isEqualTo(250);
	}

	@Test
	@Order(5)
	void englishIsOneClickAway() {
		browser.get(server.url("/tps?lang=en"));
		assertThat(browser.findElement(By.id("tps-total")).getText()).endsWith("TPS found");
		browser.get(server.url("/tps"));
		assertThat(browser.findElement(By.id("tps-total")).getText()).endsWith("TPS found");
		browser.get(server.url("/tps?lang=id"));
		assertThat(browser.findElement(By.id("tps-total")).getText()).endsWith("TPS ditemukan");
	}

	@Test
	@Order(6)
	void aKapolsekSeesOnlyHisSectorOnTheMapAndInTheLists() throws IOException {
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "kapolsek.tempurejo", "praja2024");
		int tempurejo = api("/api/v1/tps?kecamatan=35.09.18&size=1").get("totalElements").asInt();
		assertThat(tempurejo).isPositive();

		browser.get(server.url("/peta"));
		awaitMapReady();
		assertThat(((Number) browser.executeScript("return window.prajaMap.tpsDrawn")).intValue()).isEqualTo(tempurejo);
		assertThat(((Number) browser.executeScript("return window.prajaMap.kecamatanDrawn")).intValue()).isEqualTo(1);
		List<WebElement> options = new Select(browser.findElement(By.id("kecamatan-filter"))).getOptions();
		assertThat(options).hasSize(2);
		assertThat(options.get(1).getText()).startsWith("Tempurejo");

		browser.get(server.url("/tps"));
		assertThat(digits(browser.findElement(By.id("tps-total")).getText())).isEqualTo(tempurejo);

		browser.get(server.url("/personel"));
		List<WebElement> rows = browser.findElements(By.cssSelector("#officer-table tbody tr"));
		assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("Polsek Tempurejo"));
		screenshot("personel-kapolsek");
		Select units = new Select(browser.findElement(By.id("officer-unit")));
		assertThat(units.getOptions()).extracting(WebElement::getText)
			.noneMatch(t -> t.startsWith("Polsek") && !t.equals("Polsek Tempurejo"));
		browser.get(server.url("/admin/pengguna"));
		assertThat(browser.getPageSource()).doesNotContain("user-table");
	}

	@Test
	@Order(7)
	void aPlannerReclassifiesATpsWithAReasonAndSeesTheMapAndTheHistoryChange() throws IOException {
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "kabagops", "praja2024");
		browser.get(server.url("/kerawanan"));
		assertThat(digits(browser.findElement(By.id("tps-with-indicator")).getText())).isEqualTo(1861);
		Browser.await(browser)
			.until(d -> "true".equals(d.findElement(By.id("class-chart")).getAttribute("data-drawn")));
		screenshot("kerawanan");

		String code = "35.09.02.2001-TPS-002";
		browser.get(server.url("/kerawanan/tps/" + code));
		assertThat(browser.findElement(By.id("police-class")).getText()).isEqualTo("Kurang rawan");
		new Select(browser.findElement(By.id("new-class"))).selectByValue("SANGAT_RAWAN");
		browser.findElement(By.id("class-reason")).sendKeys("Info intelijen: dua kelompok pendukung berhadapan");
		browser.findElement(By.id("class-evidence")).sendKeys("LI/07/XI/2024 Sat Intelkam");
		browser.findElement(By.id("class-submit")).click();
		Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
		assertThat(browser.findElement(By.id("police-class")).getText()).isEqualTo("Sangat rawan");
		WebElement latest = browser.findElement(By.cssSelector("#history-table tbody tr"));
		assertThat(latest.getText()).contains("Kurang rawan")
			.contains("Sangat rawan")
			.contains("dua kelompok pendukung")
			.contains("LI/07/XI/2024")
			.contains("kabagops");

		browser.get(server.url("/peta?tps=" + code));
		awaitMapReady();
		assertThat(((Number) browser.executeScript("return window.prajaMap.byClass.SANGAT_RAWAN")).intValue())
			.isEqualTo(1);
		WebElement popup = Browser.await(browser)
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tps-popup .tps-class")));
		assertThat(popup.getText()).isEqualTo("Sangat rawan");
		screenshot("map-classes");
	}

	@Test
	@Order(8)
	void thePlannerSolvesPinsReSolvesAndTheKapolresPublishes() throws IOException {
		browser.get(server.url("/rencana"));
		browser.findElement(By.id("plan-create")).click();
		Browser.await(browser).until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
		String planUrl = browser.getCurrentUrl();
		assertThat(planUrl).matches(".*/rencana/[0-9]+$");
		int posts = ((Number) browser.executeScript("return window.prajaPlan.posts")).intValue();
		assertThat(posts).isGreaterThan(400);
		// staff functions do not guard TPS, so the demo Polres is short of some police:
		// the
		// plan says how many places stay empty (at most a small share of two per post)
		assertThat(digits(browser.findElement(By.id("plan-missing")).getText())).isLessThan(posts * 2 * 15 / 100);
		List<WebElement> rows = browser.findElements(By.cssSelector("#plan-table tbody tr"));
		assertThat(rows).isNotEmpty();
		assertThat(rows.get(0).getText()).matches("(?s).*(Bripda|Briptu|Brigpol|Bripka|Aipda|Aiptu|Ipda|Iptu|AKP).*");

		// solve in the background: progress arrives over SSE, then the page shows the
		// result
		solve();
		// explain a post, pin it, re-solve: it stays pinned with the same TPS
		WebElement firstRow = browser.findElement(By.cssSelector("#plan-table tbody tr"));
		String anchor = firstRow.getAttribute("data-anchor");
		firstRow.findElement(By.cssSelector(".explain-link")).click();
		WebElement explain = Browser.await(browser)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-explain")));
		assertThat(explain.getText()).contains(anchor);
		firstRow.findElement(By.cssSelector("button.pin[data-kind=post]")).click();
		Browser.await(browser)
			.until(d -> d.findElements(By.cssSelector("tr[data-anchor='" + anchor + "'] button.pin.on[data-kind=post]"))
				.size() == 1);
		solve();
		assertThat(
				browser.findElements(By.cssSelector("tr[data-anchor='" + anchor + "'] button.pin.on[data-kind=post]")))
			.hasSize(1);
		screenshot("rencana");

		// the planner cannot publish; the Kapolres can, and then the plan is final
		assertThat(browser.findElements(By.id("plan-publish"))).isEmpty();
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "kapolres", "praja2024");
		browser.get(planUrl);
		browser.findElement(By.id("plan-publish")).click();
		Browser.await(browser).until(ExpectedConditions.alertIsPresent()).accept();
		Browser.await(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-revise")));
		assertThat(browser.findElement(By.id("plan-state")).getText()).isEqualTo("Diterbitkan");
		assertThat(browser.findElements(By.id("plan-solve"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("button.pin"))).isEmpty();
	}

	private static void solve() {
		WebElement seconds = browser.findElement(By.id("plan-seconds"));
		seconds.clear();
		seconds.sendKeys("0.2");
		WebElement before = browser.findElement(By.id("plan-sidebar"));
		browser.findElement(By.id("plan-solve")).click();
		Browser.await(browser).until(d -> d.findElement(By.id("plan-progress")).getText().contains("km"));
		// when the solve is done the page reloads with the solved plan
		Browser.await(browser).until(ExpectedConditions.stalenessOf(before));
		Browser.await(browser).until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
	}

	private static void awaitMapReady() {
		Browser.await(browser)
			.until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready"))
					|| d.findElement(By.id("map")).getAttribute("data-error") != null);
	}

	private static String firstTpsCode() {
		return api("/api/v1/tps?size=1").get("content").get(0).get("code").asText();
	}

	private static String firstDesaCode() {
		return api("/api/v1/tps?size=1").get("content").get(0).get("desaCode").asText();
	}

	static JsonNode api(String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(server.url(path)))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("kabagops:praja2024".getBytes()))
				.header("Accept", "application/json")
				.build();
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
			return JsonMapper.builder().build().readTree(response.body());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void screenshot(String name) throws IOException {
		Path dir = Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	private static int digits(String text) {
		return Integer.parseInt(text.replaceAll("[^0-9]", ""));
	}

}
