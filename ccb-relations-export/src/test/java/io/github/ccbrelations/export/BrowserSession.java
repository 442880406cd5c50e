package io.github.ccbrelations.export;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link Browser} for the tests of a class, registered as a static extension: started before the class's own
 * {@code @BeforeAll} methods, closed after its {@code @AfterAll} ones, and each test skipped with the reason (or
 * failed, under {@code -Dexplorer.requireBrowser=true}) when Chromium is not installed.
 */
final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  private Browser browser;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    browser = Browser.start().orElse(null);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Browser.assumeInstalled();
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /** The browser; called by a test, which runs only when the browser started. */
  Browser browser() {
    if (browser == null) {
      throw new IllegalStateException("the browser is not started: call this from a test, not from a @BeforeAll");
    }
    return browser;
  }
}
