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
 * The maps as an officer without internet sees them (no tiles: the land, the boundaries
 * and the names are the basemap): a legend in Indonesian on every map, TPS grouped into
 * numbered clusters at low zoom, kecamatan names at low zoom and desa names when zoomed
 * in; and the vulnerability summary and proposals in Indonesian.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapsEndToEndTests extends EndToEndTests {

	@Test
	@Order(1)
	void theTerritoryMapShowsALegendClustersAndNamesWithoutTiles() {
		Browser.login(browser, server, "kabagops", "praja2024");
		browser.get(server.url("/peta"));
		awaitMapReady();
		assertThat(browser.findElements(By.cssSelector("#map .leaflet-tile"))).isEmpty();

		WebElement legend = browser.findElement(By.cssSelector("#map .map-legend"));
		assertThat(legend.isDisplayed()).isTrue();
		assertThat(legend.getText()).contains("Legenda")
			.contains("TPS")
			.contains("Kelompok TPS: angka = jumlah TPS")
			.contains("Batas kecamatan")
			.contains("Batas desa/kelurahan");

		// the whole regency: TPS stand in numbered clusters, kecamatan names, no desa
		// names (the map may still settle on the regency's bounds)
		Browser.await(browser).until(d -> clustered() >= 3_000);
		assertThat(visible(".tps-cluster")).hasSizeBetween(10, 1_000);
		int clustered = clustered();
		assertThat(clustered).as("TPS in clusters").isBetween(3_000, 4_046);
		List<String> kecamatan = texts(".kecamatan-label");
		assertThat(kecamatan).hasSize(31).contains("PUGER", "KENCONG", "SUMBERSARI", "TEMPUREJO");
		assertThat(visible(".desa-label")).isEmpty();

		// zoomed in: desa names replace kecamatan names
		zoomTo(12.5);
		assertThat(visible(".desa-label")).isNotEmpty();
		assertThat(visible(".kecamatan-label")).isEmpty();
		// closer still: every TPS stands alone
		zoomTo(14.5);
		assertThat(visible(".tps-cluster")).isEmpty();
	}

	@Test
	@Order(2)
	void theTerritoryMapColoursClustersByClassAndExplainsThem() {
		browser.get(server.url("/peta?warna=kelas"));
		awaitMapReady();
		WebElement legend = browser.findElement(By.cssSelector("#map .map-legend"));
		assertThat(legend.getText()).contains("Kurang rawan")
			.contains("Rawan")
			.contains("Sangat rawan")
			.contains("Khusus");
		assertThat(visible(".tps-cluster.cluster-SANGAT_RAWAN, .tps-cluster.cluster-KHUSUS")).isNotEmpty();
	}

	@Test
	@Order(3)
	void theVulnerabilitySummaryAndProposalsSpeakIndonesian() {
		browser.get(server.url("/kerawanan"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kerawanan TPS");
		String cards = browser.findElement(By.cssSelector(".cards")).getText();
		assertThat(cards).contains("Kurang rawan", "Rawan", "Sangat rawan", "Khusus")
			.containsPattern("TPS dengan sedikitnya satu indikator Bawaslu \\(dari 4\\.?046 TPS\\)")
			.doesNotContain("KURANG_RAWAN", "SANGAT_RAWAN");
		Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("class-chart"), "data-drawn", "true"));
		// the chart's legend names the classes as the cards do
		Object legend = browser.executeScript(
				"return Chart.getChart(document.getElementById('class-chart')).legend.legendItems.map(function (i) { return i.text; })");
		assertThat((List<Object>) legend).containsExactlyInAnyOrder("Kurang rawan", "Rawan", "Sangat rawan", "Khusus");
		assertThat(browser.findElement(By.cssSelector("#kecamatan-table thead")).getText()).contains("Kecamatan")
			.contains("Sangat rawan");

		browser.findElement(By.linkText("Usulan kelas dari aturan")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Usulan kelas dari aturan");
		assertThat(browser.findElement(By.id("proposal-count")).getText()).matches("[0-9.]+ TPS dengan usulan berbeda");
		assertThat(browser.findElement(By.cssSelector("#proposal-table thead")).getText()).contains("Sekarang")
			.contains("Usulan aturan")
			.contains("Aturan yang berlaku");
		String table = browser.findElement(By.id("proposal-table")).getText();
		assertThat(table).doesNotContain("KURANG_RAWAN", "SANGAT_RAWAN", "KHUSUS");
		browser.findElements(By.cssSelector("#proposal-table tbody tr td:nth-child(3)"))
			.forEach(cell -> assertThat(cell.getText()).isIn("Kurang rawan", "Rawan", "Sangat rawan", "Khusus"));
	}

	@Test
	@Order(4)
	void theDashboardMapHasItsLegendAndNames() {
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "kapolres", "praja2024");
		browser.get(server.url("/laporan/dasbor?tanggal=2024-11-27"));
		Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("dash-map"), "data-basemap", "true"));
		WebElement legend = browser.findElement(By.cssSelector("#dash-map .map-legend"));
		assertThat(legend.isDisplayed()).isTrue();
		assertThat(legend.getText()).contains("Legenda")
			.contains("Kecamatan tanpa kejadian")
			.contains("Batas kecamatan");
		assertThat(texts("#dash-map .kecamatan-label")).contains("PUGER", "KENCONG");
	}

	@Test
	@Order(5)
	void thePlanMapHasItsLegendAndNames() {
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "kabagops", "praja2024");
		browser.get(server.url("/rencana"));
		browser.findElement(By.id("plan-create")).click();
		Browser.await(browser).until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
		WebElement legend = browser.findElement(By.cssSelector("#map .map-legend"));
		assertThat(legend.isDisplayed()).isTrue();
		assertThat(legend.getText()).contains("Legenda")
			.contains("Pos tetap (TPS sangat rawan atau khusus)")
			.contains("Pos bergerak")
			.contains("Tim cadangan dan jangkauan 30 menit");
		Browser.await(browser).until(d -> !texts("#map .map-label").isEmpty());
	}

	private static int clustered() {
		return visible(".tps-cluster").stream().mapToInt(c -> Integer.parseInt(c.replace(".", ""))).sum();
	}

	private static void zoomTo(double zoom) {
		browser.executeScript("window.prajaMap.map.setZoom(arguments[0], { animate: false })", zoom);
		Browser.await(browser)
			.until(d -> ((Number) browser.executeScript("return window.prajaMap.map.getZoom()")).doubleValue() == zoom);
	}

	/** What the user sees of the elements: their rendered text, read in one step. */
	@SuppressWarnings("unchecked")
	private static List<String> texts(String css) {
		return (List<String>) browser.executeScript("""
				return Array.from(document.querySelectorAll(arguments[0]))
					.filter(function (e) { return e.getClientRects().length > 0; })
					.map(function (e) { return e.innerText.trim(); });""", css);
	}

	private static List<String> visible(String css) {
		return texts(css);
	}

	private static void awaitMapReady() {
		Browser.await(browser)
			.until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready"))
					|| d.findElement(By.id("map")).getAttribute("data-error") != null);
		assertThat(browser.findElement(By.id("map")).getAttribute("data-error")).isNull();
	}

}
