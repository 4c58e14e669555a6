package id.praja.e2e;

import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.praja.support.Browser;
import id.praja.support.EndToEndTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maps of the command center, its wall display, an incident, the exercise and the
 * floor game as an officer without internet sees them: each with its legend in Indonesian
 * and the basemap of boundaries and names (no tiles); the desk and the wall group TPS
 * into numbered clusters at low zoom and count the TPS behind the report due by now
 * ("Belum melapor").
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapLegendsEndToEndTests extends EndToEndTests {

	@Test
	@Order(1)
	void theCommandCenterMapHasItsLegendNamesAndClusters() {
		Browser.login(browser, server, "kabagops", "praja2024");
		browser.get(server.url("/komando"));
		awaitAttribute("map", "data-ready");
		awaitAttribute("map", "data-basemap");
		assertThat(browser.findElements(By.cssSelector("#map .leaflet-tile"))).isEmpty();
		WebElement legend = browser.findElement(By.cssSelector("#map .map-legend"));
		assertThat(legend.isDisplayed()).isTrue();
		assertThat(legend.getText()).contains("Legenda")
			.contains("Warna TPS: tahap terakhir yang dilaporkan")
			.contains("Belum ada laporan status")
			.contains("TPS dibuka")
			.contains("Kelompok TPS")
			.contains("Lingkaran: kejadian")
			.contains("Batas kecamatan")
			.contains("Batas desa/kelurahan")
			.doesNotContain("DIBUKA", "NONE");
		Browser.await(browser).until(d -> !texts("#map .kecamatan-label").isEmpty());
		assertThat(texts("#map .kecamatan-label")).contains("PUGER", "KENCONG");
		Browser.await(browser).until(d -> !texts("#map .tps-cluster").isEmpty());
		// no voting day today: nothing is due yet, and the desk says so
		Browser.await(browser).until(d -> !d.findElement(By.id("behind-expected")).getText().isEmpty());
		assertThat(browser.findElement(By.id("behind-box")).getText()).contains("Belum melapor")
			.contains("Belum ada laporan yang jatuh tempo.");
	}

	@Test
	@Order(2)
	void theWallDisplayHasAMapWithItsLegend() {
		browser.get(server.url("/komando/dinding"));
		awaitAttribute("wall-map", "data-ready");
		WebElement legend = browser.findElement(By.cssSelector("#wall-map .map-legend"));
		assertThat(legend.isDisplayed()).isTrue();
		assertThat(legend.getText()).contains("Legenda").contains("Kelompok TPS").contains("Batas kecamatan");
		Browser.await(browser).until(d -> !texts("#wall-map .kecamatan-label").isEmpty());
		Browser.await(browser).until(d -> !texts("#wall-map .tps-cluster").isEmpty());
		assertThat(browser.findElement(By.cssSelector(".wall-figures")).getText()).contains("Belum melapor");
		assertThat(browser.findElement(By.cssSelector("#wall-polsek-table thead")).getText()).contains("Belum melapor");
	}

	@Test
	@Order(3)
	void theIncidentPageMapHasItsLegendAndDesaNames() {
		browser.get(server.url("/komando/insiden"));
		WebElement form = browser.findElement(By.id("incident-new"));
		form.findElement(By.name("tps")).sendKeys("35.09.18.2001-TPS-001");
		form.findElement(By.name("title")).sendKeys("Kotak suara rusak");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		Browser.await(browser).until(d -> d.getCurrentUrl().matches(".*/komando/insiden/[0-9]+$"));
		awaitAttribute("incident-map", "data-basemap");
		WebElement legend = browser.findElement(By.cssSelector("#incident-map .map-legend"));
		assertThat(legend.isDisplayed()).isTrue();
		assertThat(legend.getText()).contains("Legenda").contains("Lokasi kejadian").contains("Batas desa/kelurahan");
		// zoomed in on the place: the desa names are the labels
		Browser.await(browser).until(d -> !texts("#incident-map .desa-label").isEmpty());
	}

	@Test
	@Order(4)
	void theExerciseMapHasItsLegend() {
		browser.get(server.url("/latihan"));
		awaitAttribute("map", "data-basemap");
		WebElement legend = browser.findElement(By.cssSelector("#map .map-legend"));
		assertThat(legend.isDisplayed()).isTrue();
		assertThat(legend.getText()).contains("Legenda")
			.contains("Respons terlambat dengan rencana A")
			.contains("Respons terlambat dengan rencana B")
			.contains("Batas kecamatan");
		Browser.await(browser).until(d -> !texts("#map .kecamatan-label").isEmpty());
	}

	@Test
	@Order(5)
	void theFloorGameMapHasItsLegend() {
		browser.get(server.url("/latihan/tfg"));
		browser.findElement(By.id("fg-name")).sendKeys("TFG peta");
		browser.findElement(By.id("fg-create-submit")).click();
		Browser.await(browser).until(d -> d.getCurrentUrl().matches(".*/latihan/tfg/[0-9]+$"));
		awaitAttribute("map", "data-basemap");
		WebElement legend = browser.findElement(By.cssSelector("#map .map-legend"));
		assertThat(legend.isDisplayed()).isTrue();
		assertThat(legend.getText()).contains("Legenda")
			.contains("Unit siap di markas")
			.contains("Unit sedang bertugas")
			.contains("Insiden, warna menurut tingkat")
			.contains("Batas kecamatan");
		Browser.await(browser).until(d -> !texts("#map .kecamatan-label").isEmpty());
	}

	private static void awaitAttribute(String id, String attribute) {
		Browser.await(browser)
			.until(ExpectedConditions.or(ExpectedConditions.attributeToBe(By.id(id), attribute, "true"),
					ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id(id)), "data-error")));
		assertThat(browser.findElement(By.id(id)).getAttribute("data-error")).isNull();
	}

	/** What the user sees of the elements: their rendered text, read in one step. */
	@SuppressWarnings("unchecked")
	private static List<String> texts(String css) {
		return (List<String>) browser.executeScript("""
				return Array.from(document.querySelectorAll(arguments[0]))
					.filter(function (e) { return e.getClientRects().length > 0; })
					.map(function (e) { return e.innerText.trim(); });""", css);
	}

}
