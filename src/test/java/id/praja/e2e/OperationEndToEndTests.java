package id.praja.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import id.praja.support.Browser;
import id.praja.support.EndToEndTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operation in headless Chromium as the Kabag Ops uses it: the calendar, the task
 * forces, and a Sprin issued with the next number of the register, read on its page with
 * its grounds, duties, signatory and copies.
 */
class OperationEndToEndTests extends EndToEndTests {

	@Test
	void theKabagOpsIssuesASprinAndReadsItWithItsNumberAndSignatory() {
		Browser.login(browser, server, "kabagops", "praja2024");
		browser.get(server.url("/operasi"));
		assertThat(browser.findElement(By.id("op-name")).getText()).isEqualTo("Operasi Mantap Praja Semeru 2024");
		assertThat(browser.findElement(By.id("agenda-PEMUNGUTAN")).getText()).contains("Pemungutan suara")
			.contains("27 Nov 2024 07.00")
			.contains("WIB");

		browser.findElement(By.linkText("Satuan Tugas (Satgas)")).click();
		Browser.await(browser).until(ExpectedConditions.urlContains("/operasi/satgas"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Satgas Preemtif")
			.contains("Satgas Gakkum")
			.contains("Rantai komando");

		browser.get(server.url("/operasi/sprin"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Surat Perintah (Sprin)");
		String signatory = browser.findElement(By.id("sprin-signatory")).getText();
		assertThat(signatory).contains("KEPALA KEPOLISIAN RESOR JEMBER").containsPattern("NRP \\d{8}");
		String nrp = signatory.replaceAll("(?s).*NRP (\\d{8}).*", "$1");
		assertThat(browser.findElement(By.id("register-next")).getText())
			.matches("Nomor berikutnya: Sprin/\\d+/[IVX]+/OPS\\.1\\.3\\./\\d{4}");
		assertThat(browser.findElement(By.id("register-basis")).getText())
			.contains("Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia")
			.contains("Undang-Undang Nomor 10 Tahun 2016");
		assertThat(browser.findElement(By.id("register-copies")).getText()).contains("Kapolda Jawa Timur");

		// the form offers a day (today, or the operation's first day when far from it)
		String offered = browser.findElement(By.cssSelector("#sprin-form input[name=issuedOn]")).getAttribute("value");
		String offeredDay = id.praja.shared.Formats.indonesian().date(java.time.LocalDate.parse(offered));
		browser.findElement(By.cssSelector("#sprin-form textarea[name=task]"))
			.sendKeys("Melaksanakan deteksi dini potensi konflik\nMelaksanakan sambang tokoh masyarakat");
		browser.findElement(By.cssSelector("#sprin-form button[type=submit]")).click();
		Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.success")));
		String issued = browser.findElement(By.cssSelector("p.success")).getText();
		assertThat(issued).matches("Sprin Sprin/\\d+/[IVX]+/OPS\\.1\\.3\\./\\d{4} terbit\\.");
		String number = issued.substring("Sprin ".length(), issued.length() - " terbit.".length());

		browser.findElement(By.linkText(number)).click();
		Browser.await(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("sprin-number")));
		assertThat(browser.findElement(By.id("sprin-title")).getText()).isEqualTo("SURAT PERINTAH");
		assertThat(browser.findElement(By.id("sprin-number")).getText()).isEqualTo("Nomor: " + number);
		assertThat(browser.findElement(By.id("sprin-basis")).getText()).contains("Undang-Undang Nomor 2 Tahun 2002")
			.contains("Renops");
		assertThat(browser.findElement(By.id("sprin-duties")).getText())
			.contains("Melaksanakan deteksi dini potensi konflik")
			.contains("Melaksanakan sambang tokoh masyarakat")
			.contains("Terhitung mulai tanggal 19 Agustus 2024 s.d. 31 Desember 2024.");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("DIPERINTAHKAN").contains("Selesai.");
		assertThat(browser.findElement(By.id("sprin-signature")).getText()).contains("Dikeluarkan di : Jember")
			.contains("Pada tanggal : " + offeredDay)
			.contains("KEPALA KEPOLISIAN RESOR JEMBER")
			.contains("NRP " + nrp);
		assertThat(browser.findElement(By.id("sprin-copies")).getText()).contains("Kapolda Jawa Timur")
			.contains("Karoops Polda Jawa Timur");
		assertThat(browser.findElement(By.id("sprin-personnel")).getText()).contains("Polres Jember")
			.doesNotContain("SAT-BINMAS");
	}

}
