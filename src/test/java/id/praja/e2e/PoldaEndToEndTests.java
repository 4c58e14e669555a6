package id.praja.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.praja.support.Browser;
import id.praja.support.EndToEndTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Polda's dashboard in headless Chromium as the Karoops sees it: a row for the Polres
 * of the installation with its figures, the map with its Polres marker and legend, and
 * the way to the Polda Laphar with its per-Polres roll-up addressed up the tree.
 */
class PoldaEndToEndTests extends EndToEndTests {

	@Test
	void theKaroopsReadsEveryPolresAndThePoldaLaphar() {
		Browser.login(browser, server, "karoops", "praja2024");
		browser.get(server.url("/polda?tanggal=2024-11-27"));
		String main = browser.findElement(By.tagName("main")).getText();
		assertThat(main).contains("Dasbor Polda", "Kurang rawan", "Personel ditempatkan", "Insiden merah");
		assertThat(browser.findElement(By.id("polres-POLRES-JEMBER")).getText()).contains("Polres Jember");
		assertThat(browser.findElement(By.id("polres-total")).getText()).startsWith("Jumlah");
		Browser.await(browser)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#polda-map path.leaflet-interactive")));
		assertThat(browser.findElement(By.id("polda-legend")).getText()).contains("Legenda", "Rencana diterbitkan");

		browser.findElement(By.id("polda-laphar")).click();
		Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("polres")));
		assertThat(browser.findElement(By.id("section-polres")).getText()).contains("Rekapitulasi per Polres",
				"Polres Jember", "JUMLAH");
		assertThat(browser.findElement(By.id("laphar-to")).getText()).contains("Asops");
	}

}
