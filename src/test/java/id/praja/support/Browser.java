package id.praja.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with a fresh profile.
 */
public final class Browser {

	private Browser() {
	}

	/**
	 * @return a new headless Chromium (1400x900 window)
	 */
	public static ChromeDriver start() {
		Path profile;
		try {
			profile = Files.createTempDirectory("praja-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(env("PRAJA_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1400,900", "--lang=id-ID", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(env("PRAJA_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	/**
	 * Logs in through the login page.
	 * @param driver the browser
	 * @param server the application
	 * @param username the account
	 * @param password its password
	 */
	public static void login(WebDriver driver, PrajaServer server, String username, String password) {
		driver.get(server.url("/login"));
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login")).click();
		await(driver).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * Waits up to 30 s. An element read while the page is being replaced (a form post
	 * answered by a redirect) is stale; the condition is then simply tried again.
	 */
	public static WebDriverWait await(WebDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
