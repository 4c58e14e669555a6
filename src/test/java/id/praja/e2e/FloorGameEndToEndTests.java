package id.praja.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import id.praja.support.Browser;
import id.praja.support.EndToEndTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The floor game in a real browser against the packaged application: the Kabag Ops
 * creates a session, writes an inject one game minute after the start, runs the clock at
 * 60×, sees the incident appear, dispatches a unit, pauses (the clock stands) and replays
 * the recorded game.
 */
class FloorGameEndToEndTests extends EndToEndTests {

	@Test
	void startInjectDispatchPauseAndReplay() throws Exception {
		Browser.login(browser, server, "kabagops", "praja2024");
		browser.get(server.url("/latihan"));
		browser.findElement(By.id("fg-link")).click();
		browser.findElement(By.id("fg-name")).sendKeys("TFG Tempurejo pagi");
		browser.findElement(By.id("fg-create-submit")).click();
		Browser.await(browser).until(d -> d.getCurrentUrl().matches(".*/latihan/tfg/[0-9]+$"));
		awaitReady();
		assertThat(browser.findElement(By.id("fg-clock")).getText()).isEqualTo("06.00.00 WIB");
		assertThat(browser.findElement(By.id("fg-state")).getText()).isEqualTo("Persiapan");
		assertThat(browser.findElements(By.cssSelector("#unit-table tbody tr"))).isNotEmpty();

		// an inject one game minute after the start
		browser.executeScript("document.getElementById('inject-at').value = '06:01'");
		browser.findElement(By.id("inject-tps")).sendKeys("35.09.18.2001-TPS-001");
		new Select(browser.findElement(By.id("inject-type"))).selectByValue("LOGISTICS_PROBLEM");
		browser.findElement(By.id("inject-note")).sendKeys("Kotak suara tertahan banjir");
		browser.findElement(By.id("inject-add")).click();
		Browser.await(browser).until(d -> d.findElements(By.cssSelector("#inject-table tbody tr")).size() == 1);
		assertThat(browser.findElement(By.cssSelector("#inject-table tbody tr")).getText()).contains("06.01")
			.contains("35.09.18.2001-TPS-001")
			.contains("Masalah logistik")
			.contains("Hapus");

		// start at 60x: the incident appears on the list and the map
		browser.findElement(By.id("fg-speed-60")).click();
		Browser.await(browser).until(d -> d.findElement(By.id("fg-speed")).getText().equals("60×"));
		browser.findElement(By.id("fg-start")).click();
		Browser.await(browser)
			.until(d -> "RUNNING".equals(d.findElement(By.id("fg-state")).getAttribute("data-state")));
		Browser.await(browser)
			.until(d -> !d.findElements(By.cssSelector("#incident-table tbody tr[data-status=REPORTED]")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("#incident-table tbody tr")).getText())
			.contains("35.09.18.2001-TPS-001")
			.contains("Dilaporkan");
		assertThat(((Number) browser.executeScript("return window.prajaFloorGame.game.incidents.length")).intValue())
			.isEqualTo(1);

		// dispatch the first available unit
		String unit = Browser.await(browser).ignoring(StaleElementReferenceException.class).until(d -> {
			Select units = new Select(d.findElement(By.cssSelector("select.dispatch-unit")));
			String code = units.getFirstSelectedOption().getAttribute("value");
			d.findElement(By.cssSelector("button.dispatch-button")).click();
			return code;
		});
		// on its way (or already there when its base is close: the clock runs at 60x)
		Browser.await(browser)
			.until(d -> !d.findElements(By.cssSelector("#incident-table tbody tr[data-status=DISPATCHED]")).isEmpty()
					|| !d.findElements(By.cssSelector("#incident-table tbody tr[data-status=ON_SCENE]")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("#incident-table tbody tr")).getText()).contains(unit);
		Browser.await(browser)
			.until(d -> List.of("EN_ROUTE", "ON_SCENE")
				.contains(d.findElement(By.cssSelector("#unit-table tr[data-unit='" + unit + "']"))
					.getAttribute("data-status")));
		assertThat(browser.findElement(By.id("event-list")).getText()).contains(unit + " dikirim ke insiden");

		// pause: the clock stands
		browser.findElement(By.id("fg-pause")).click();
		Browser.await(browser).until(d -> "PAUSED".equals(d.findElement(By.id("fg-state")).getAttribute("data-state")));
		String stopped = browser.findElement(By.id("fg-clock")).getText();
		String statusAtPause = browser.findElement(By.cssSelector("#incident-table tbody tr"))
			.getAttribute("data-status");
		// game time is shown as local time with its zone, e.g. "06.05.30 WIB"
		assertThat(stopped).endsWith(" WIB");
		assertThat(stopped.substring(0, 8)).isGreaterThan("06.01.00");
		Thread.sleep(1500);
		assertThat(browser.findElement(By.id("fg-clock")).getText()).isEqualTo(stopped);
		assertThat(browser.findElement(By.id("fg-state")).getText()).isEqualTo("Dijeda");
		screenshot("floorgame");

		// the replay shows the recorded game, step by step
		browser.findElement(By.id("fg-replay")).click();
		awaitReady();
		int total = Integer.parseInt(browser.findElement(By.id("replay-total")).getText());
		assertThat(total).isGreaterThanOrEqualTo(4);
		assertThat(browser.findElements(By.cssSelector("#event-list li[data-kind=INJECT_FIRED]"))).isEmpty();
		new Select(browser.findElement(By.id("replay-speed"))).selectByValue("300");
		browser.findElement(By.id("replay-play")).click();
		Browser.await(browser).until(d -> d.findElement(By.id("replay-shown")).getText().equals(String.valueOf(total)));
		List<String> kinds = browser.findElements(By.cssSelector("#event-list li"))
			.stream()
			.map(li -> li.getAttribute("data-kind"))
			.toList();
		assertThat(kinds).contains("START", "INJECT_FIRED", "DISPATCH", "PAUSE");
		assertThat(kinds.get(0)).isEqualTo("PAUSE");
		WebElement replayed = browser.findElement(By.cssSelector("#incident-table tbody tr"));
		assertThat(replayed.getAttribute("data-status")).isEqualTo(statusAtPause);
		assertThat(replayed.getText()).contains(unit);
		assertThat(browser.findElement(By.id("fg-clock")).getText()).isEqualTo(stopped);
		screenshot("floorgame-replay");
	}

	private static void awaitReady() {
		Browser.await(browser)
			.until(d -> "true".equals(d.findElement(By.id("fg-root")).getAttribute("data-ready"))
					|| d.findElement(By.id("fg-status")) != null
							&& !d.findElement(By.id("fg-status")).getText().isEmpty());
		assertThat(browser.executeScript("return window.prajaFloorGame.error")).isNull();
	}

	private static void screenshot(String name) throws IOException {
		Path dir = Files.createDirectories(Path.of("target", "screenshots"));
		Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

}
