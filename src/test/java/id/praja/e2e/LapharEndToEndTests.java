package id.praja.e2e;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import id.praja.support.Browser;
import id.praja.support.EndToEndTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily report and the press desk in headless Chromium, as their users see them: the
 * Kabag Ops records a notable event with its time and reads it back in the Laphar's
 * narrative in WIB, with the conclusion the records allow, the addressee and the
 * signatory; the Humas desk drafts a release in the house style, the Kapolres approves
 * it, and the public news page shows it with the day of the event.
 */
class LapharEndToEndTests extends EndToEndTests {

	@Test
	void theKabagOpsRecordsANotableEventAndReadsItInTheLaphar() {
		Browser.login(browser, server, "kabagops", "praja2024");
		browser.get(server.url("/laporan/kejadian?tanggal=2024-11-27"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Pukul (WIB)");
		new Select(browser.findElement(By.name("unit"))).selectByVisibleText("Polsek Tempurejo");
		new Select(browser.findElement(By.name("category"))).selectByValue("BENCANA");
		browser.findElement(By.name("subcategory")).sendKeys("pohon tumbang di jalan menuju TPS");
		browser.executeScript("arguments[0].value = '07:15'", browser.findElement(By.id("time")));
		browser.findElement(By.name("notable")).click();
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("recent")));
		String form = browser.findElement(By.tagName("main")).getText();
		assertThat(form).contains("Kejadian tersimpan.")
			.contains("27 November 2024 pukul 07.15 WIB")
			.contains("pohon tumbang di jalan menuju TPS");

		browser.get(server.url("/laporan/harian?tanggal=2024-11-27"));
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(browser.findElement(By.id("narrative")).getText())
			.contains("Pada pukul 07.15 WIB di wilayah Polsek Tempurejo terjadi pohon tumbang di jalan menuju TPS.");
		// voting day, no TPS has reported in the demo: never "aman dan kondusif"
		assertThat(browser.findElement(By.id("conclusion-text")).getText()).doesNotContain("aman dan kondusif")
			.contains("TPS belum melapor")
			.contains("1 kejadian menonjol");
		assertThat(browser.findElement(By.id("laphar-to")).getText()).contains("Kapolda Jawa Timur")
			.contains("Karoops");
		assertThat(browser.findElement(By.id("laphar-number")).getText()).contains("belum diterbitkan");
		assertThat(browser.findElement(By.id("signatory")).getText()).contains("KABAG OPS").contains("NRP");
		assertThat(browser.findElement(By.id("copies")).getText()).contains("Kapolres Jember");
		// the tables in Indonesian, dates written out
		assertThat(page).contains("I. Gangguan kamtibmas")
			.contains("26 November 2024")
			.contains("II. Kecelakaan lalu lintas")
			.doesNotContain("BENCANA")
			.doesNotContain("LAKA_LANTAS");
		List<WebElement> tables = browser.findElements(By.cssSelector("table.laphar"));
		assertThat(tables).hasSizeGreaterThanOrEqualTo(6);
	}

	@Test
	void aReleaseGoesFromTheHumasDeskToThePublicPageWithTheDayOfTheEvent() {
		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "humas", "praja2024");
		// a statement the Kabag Ops made: recorded, it becomes an attributed quote
		browser.get(server.url("/humas/templat"));
		WebElement quoteForm = browser.findElement(By.cssSelector("form[action$='/humas/kutipan']"));
		new Select(quoteForm.findElement(By.name("event"))).selectByValue("LATPRAOPS");
		quoteForm.findElement(By.name("speaker")).sendKeys("Kabag Ops");
		quoteForm.findElement(By.name("text")).sendKeys("Kita samakan langkah agar tahapan berjalan tertib.");
		quoteForm.findElement(By.cssSelector("button[type=submit]")).click();
		// the desk shows the quote once it is stored: only then go on (a navigation that
		// overtakes the form's answer would lose the quote)
		Browser.await(browser)
			.until(ExpectedConditions
				.presenceOfElementLocated(By.xpath("//li[contains(., 'Kita samakan langkah agar tahapan')]")));

		browser.get(server.url("/humas"));
		WebElement generate = browser.findElement(By.cssSelector("form[action$='/humas/rilis']"));
		new Select(generate.findElement(By.name("template"))).selectByValue("LATPRAOPS");
		generate.findElement(By.cssSelector("button[type=submit]")).click();
		Browser.await(browser).until(ExpectedConditions.urlMatches(".*/humas/rilis/\\d+$"));
		String releaseUrl = browser.getCurrentUrl();
		String body = browser.findElement(By.name("body")).getAttribute("value");
		assertThat(body).startsWith("JEMBER — Polres Jember Polda Jatim")
			.contains("Rabu (14/8/2024)")
			.contains("melalui Kabag Ops")
			.contains("” kata Kabag Ops ")
			.endsWith("(*)");
		assertThat(browser.findElement(By.id("versions")).getText()).containsPattern("\\d{2}\\.\\d{2} WIB");
		browser.findElement(By.cssSelector("form[action$='/ajukan'] button")).click();
		Browser.await(browser).until(ExpectedConditions.textToBe(By.id("status"), "Ditinjau"));

		browser.get(server.url("/humas"));
		assertThat(browser.findElement(By.id("releases")).getText()).contains("14 Agustus 2024")
			.containsPattern("\\d{2}\\.\\d{2} WIB");

		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "kapolres", "praja2024");
		browser.get(releaseUrl);
		browser.findElement(By.cssSelector("form[action$='/setujui'] button")).click();
		Browser.await(browser).until(ExpectedConditions.textToBe(By.id("status"), "Disetujui"));

		browser.manage().deleteAllCookies();
		Browser.login(browser, server, "humas", "praja2024");
		browser.get(releaseUrl);
		browser.executeScript("window.confirm = function () { return true; };");
		browser.findElement(By.cssSelector("form[action$='/terbitkan'] button")).click();
		Browser.await(browser).until(ExpectedConditions.textToBe(By.id("status"), "Terbit"));

		browser.manage().deleteAllCookies();
		browser.get(server.url("/berita"));
		String news = browser.findElement(By.tagName("main")).getText();
		assertThat(news).contains("Latpraops").contains("Tanggal kegiatan: Rabu, 14 Agustus 2024").contains("WIB");
		browser.findElement(By.cssSelector("article.news-item h2 a")).click();
		Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("event-day")));
		assertThat(browser.findElement(By.id("event-day")).getText())
			.isEqualTo("Tanggal kegiatan: Rabu, 14 Agustus 2024");
		String article = browser.findElement(By.tagName("main")).getText();
		assertThat(article).containsPattern("terbit \\d{1,2} \\p{L}+ \\d{4} \\d{2}\\.\\d{2} WIB")
			.contains("Polres Jember Polda Jatim")
			.contains("” kata Kabag Ops ");
	}

}
