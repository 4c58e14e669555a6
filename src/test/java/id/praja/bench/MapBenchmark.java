package id.praja.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import id.praja.support.Browser;
import id.praja.support.PrajaServer;

/**
 * {@code ./praja bench map [runs]}: starts the packaged application on the embedded
 * database, opens the map page in headless Chromium and reports the time from navigation
 * start until all 4,046 TPS are painted (target 2 s).
 */
public final class MapBenchmark {

	private static final double TARGET_MS = 2000;

	private MapBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		Path dataDir = Path.of("target", "bench-map");
		Files.createDirectories(dataDir);
		try (PrajaServer server = PrajaServer.start("bench-map",
				Map.of("praja.database.data-dir", dataDir.resolve("pg").toAbsolutePath().toString()))) {
			ChromeDriver browser = Browser.start();
			try {
				Browser.login(browser, server, "kabagops", "praja2024");
				System.out.printf(
						"Benchmark: map page, navigation start until the TPS layer is painted"
								+ " (target <= %.0f ms), headless Chromium %s, %d runs after one warm-up%n",
						TARGET_MS, browser.getCapabilities().getBrowserVersion(), runs);
				List<Double> times = new ArrayList<>();
				for (int i = 0; i <= runs; i++) {
					browser.get(server.url("/peta"));
					Browser.await(browser)
						.until(d -> "true".equals(d.findElement(By.id("map")).getAttribute("data-ready")));
					double painted = ((Number) browser.executeScript("return window.prajaMap.tpsPaintedAt"))
						.doubleValue();
					long tps = ((Number) browser.executeScript("return window.prajaMap.tpsDrawn")).longValue();
					if (i == 0) {
						System.out.printf("warm-up: %.0f ms (%d TPS)%n", painted, tps);
						continue;
					}
					times.add(painted);
					System.out.printf("run %d: %.0f ms to %d TPS painted (%.2f of target)%n", i, painted, tps,
							painted / TARGET_MS);
				}
				Collections.sort(times);
				double median = times.get(times.size() / 2);
				System.out.printf("median: %.0f ms (%.2f of the %.0f ms target)%n", median, median / TARGET_MS,
						TARGET_MS);
			}
			finally {
				browser.quit();
			}
		}
	}

}
