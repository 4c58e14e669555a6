package id.praja.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.praja.support.Browser;
import id.praja.support.EndToEndTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation and the dashboard in headless Chromium under the real Content-Security-
 * Policy: the comparison chart, the trend chart and the kecamatan map are drawn by
 * anev.js from the page's data attributes.
 */
class AnevEndToEndTests extends EndToEndTests {

	@Test
	void theKaopsSeesTheChartsAndTheMap() {
		Browser.login(browser, server, "kapolres", "praja2024");
		browser.get(server.url("/laporan/anev?mode=WEEK&tanggal=2024-11-27"));
		Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("anev-chart"), "data-drawn", "true"));
		assertThat(browser.findElements(By.cssSelector("#anev-table tbody tr"))).hasSizeGreaterThan(10);

		browser.get(server.url("/laporan/dasbor?tanggal=2024-11-27"));
		Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("trend-chart"), "data-drawn", "true"));
		Browser.await(browser).until(ExpectedConditions.attributeToBe(By.id("dash-map"), "data-drawn", "31"));
		assertThat(browser.findElements(By.cssSelector("#dash-map .leaflet-interactive")))
			.hasSizeGreaterThanOrEqualTo(31);
		assertThat(browser.findElement(By.id("days-to-voting")).getText()).isEqualTo("0");
	}

}
