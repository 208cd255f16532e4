package io.casedesk.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), as CI installs them.
 * Without them the browser tests fail on CI ({@code CI} set) and are skipped elsewhere.
 */
public final class Chromium {

  public static final Path BROWSER = Path.of(env("CASEDESK_CHROMIUM", "/usr/bin/chromium"));
  public static final Path DRIVER = Path.of(env("CASEDESK_CHROMEDRIVER", "/usr/bin/chromedriver"));
  public static final Path SCREENSHOTS = Path.of("target", "e2e");

  private Chromium() {}

  public static WebDriver start() {
    boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (!installed) {
      String message = "Browser tests need " + BROWSER + " and " + DRIVER
          + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
      if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
        fail(message);
      }
      assumeTrue(false, message + "; skipped because CI is not set");
    }
    try {
      Path profile = Files.createTempDirectory("casedesk-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(BROWSER.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
      // the page's console, for failure(): what a script threw or a request answered
      options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort()
          .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return driver;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path screenshot(WebDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path target = SCREENSHOTS.resolve(name + ".png");
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A screenshot, the page's HTML and its console, to see why a step failed. */
  public static void failure(WebDriver driver, String name) {
    screenshot(driver, name);
    try {
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
      Files.write(SCREENSHOTS.resolve(name + "-console.log"), driver.manage().logs().get(LogType.BROWSER).getAll()
          .stream().map(LogEntry::toString).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
