package id.praja.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Base of the browser tests: the packaged application started as a process on a fresh
 * database with the demo data, and one headless Chromium, for all tests of a class. The
 * server's log goes to {@code target/e2e-logs/<name>-e2e.log}, the name taken from the
 * class (TerritoryEndToEndTests → territory).
 */
public abstract class EndToEndTests {

	protected static PrajaServer server;

	protected static ChromeDriver browser;

	@BeforeAll
	static void startServerAndBrowser(TestInfo info) {
		String name = info.getTestClass()
			.map(Class::getSimpleName)
			.orElse("e2e")
			.replace("EndToEndTests", "")
			.toLowerCase(java.util.Locale.ROOT);
		server = PrajaServer.start(name + "-e2e", TestDatabase.freshProperties(false));
		browser = Browser.start();
	}

	@AfterAll
	static void stopServerAndBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (server != null) {
			server.close();
			server = null;
		}
	}

}
