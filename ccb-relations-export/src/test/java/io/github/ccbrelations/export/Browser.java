package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.model.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium, driven through its own chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}); no driver or browser is downloaded. When either is missing the tests that need it are
 * skipped with the reason, unless {@code -Dexplorer.requireBrowser=true} (as CI runs) makes that a failure.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("explorer.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("explorer.chromedriver", "/usr/bin/chromedriver"));
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Selenium looks for a DevTools binding of this Chromium's version to offer, and warns when there is none; the
   * tests use only the driver's own commands and logs, which need none. Held here so the setting is not collected.
   */
  private static final java.util.logging.Logger CDP_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /** Why the browser tests cannot run here; empty when Chromium and chromedriver are installed. */
  static Optional<String> missing() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
      return Optional.empty();
    }
    return Optional.of("Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER + ") is not installed: the "
        + "explorer page's browser tests need the Debian packages chromium and chromium-driver");
  }

  /**
   * Starts the browser; when it is not installed, fails if {@code -Dexplorer.requireBrowser=true}, else returns
   * empty after saying why on the error stream (each test then skips itself with {@link #assumeInstalled()}).
   */
  static Optional<Browser> start() throws IOException {
    Optional<String> missing = missing();
    if (missing.isPresent()) {
      if (Boolean.getBoolean("explorer.requireBrowser")) {
        fail(missing.get() + ", and -Dexplorer.requireBrowser=true asks for them");
      }
      System.err.println("SKIPPED: " + missing.get());
      return Optional.empty();
    }
    Path profile = Files.createTempDirectory("explorer-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // Without the background-networking flags Chromium keeps trying to reach Google's services, which the closed
    // network refuses; they would also be requests the page did not make.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return Optional.of(new Browser(new ChromeDriver(service, options), profile));
  }

  /** Skips the calling test, with the reason, when the browser is not installed. */
  static void assumeInstalled() {
    Optional<String> missing = missing();
    assumeTrue(missing.isEmpty(), () -> missing.orElse("") + "; skipped");
  }

  /** The console messages at SEVERE level since the last call, as text. */
  List<String> consoleErrors() {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        errors.add(e.getMessage());
      }
    }
    return errors;
  }

  /** The URL of every request the browser started since the last call, from its DevTools performance log. */
  List<String> requests() {
    List<String> urls = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = JSON.readTree(e.getMessage()).path("message");
        if (message.path("method").asText().equals("Network.requestWillBeSent")) {
          urls.add(message.path("params").path("request").path("url").asText());
        }
      } catch (IOException ex) {
        throw new UncheckedIOException("unreadable performance log entry: " + e.getMessage(), ex);
      }
    }
    return urls;
  }

  /** Runs a script in the page and returns its value, as the driver converts it. */
  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Switches the page to a language, as its language button does. */
  void language(Language language) {
    driver.findElement(By.cssSelector("#languages button[data-lang='" + language.code() + "']")).click();
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
