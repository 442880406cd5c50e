package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The explorer page of datasets whose texts are hostile ({@link HostileSample}), opened in headless Chromium: the data
 * parses, nothing in it becomes an element, and every text the page shows is the data's, cut the way the export cuts
 * it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerHostilePageTest {
  @RegisterExtension
  static final BrowserSession SESSION = new BrowserSession();
  private static final Path OUT = Path.of("target", "explorer-hostile");
  private static final int SAMPLES = 8;

  private Browser browser;
  private ChromeDriver driver;

  @BeforeAll
  void makeTheFolder() throws IOException {
    Files.createDirectories(OUT);
  }

  @BeforeEach
  void takeTheBrowser() {
    browser = SESSION.browser();
    driver = browser.driver;
  }

  static Stream<HostileSample> samples() {
    return LongStream.rangeClosed(1, SAMPLES).mapToObj(HostileSample::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void showsEveryHostileTextAsTextAndRunsNothingOfIt(HostileSample s) throws IOException {
    open(s.data, "hostile-" + s.seed + ".html");
    BodyId holder = BodyId.of(s.ids.get("holder"));
    Body body = s.data.body(holder);

    assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    assertThat(browser.js("return document.querySelectorAll('script, iframe, img, object, embed, link').length"))
        .as("elements that run or load something").isEqualTo(2L);
    for (Language l : Language.values()) {
      browser.language(l);
      assertGraphTextsAreTheExportsCut();
      assertThat(browser.js("return document.querySelector('#graph .node[data-body=\"' + arguments[0] + '\"] .name')"
          + ".getAttribute('data-' + arguments[1])", holder.value(), l.code()))
          .isEqualTo(Words.shortLabel(body, Terms.preference(l)));
      driver.findElement(By.cssSelector("#graph .node[data-body='" + holder.value() + "']")).click();
      assertThat(browser.js("return document.querySelector('#details-body h3').textContent"))
          .isEqualTo(body.displayName(Terms.preference(l)));
      assertThat((String) browser.js("return document.querySelector('#details-body p.names').textContent"))
          .endsWith(body.labels().stream().map(Label::text).distinct().collect(Collectors.joining(" · ")));
      assertThat(browser.js("return document.querySelector('#details-body a[href]').getAttribute('href')"))
          .isEqualTo(s.urls.get("website"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x"})
  void cutsANameOfCharactersOutsideTheBmpBetweenCharactersAsTheExportDoes(String lead) throws IOException {
    // Emoji are two UTF-16 units each: with or without the lead, some box's cut falls inside one.
    String name = lead + "😀".repeat(60);
    Dataset data = Exports.trickyWithForumNamed(name, "emoji.json");
    open(data, "emoji-" + lead.length() + ".html");

    for (Language l : Language.values()) {
      browser.language(l);
      assertGraphTextsAreTheExportsCut();
    }
  }

  /**
   * Every text of the diagram is its text in the page's language, cut as {@link ExplorerGraph#shorten} cuts it. The
   * shown text comes back as code points: the driver cannot send a string that holds half a character.
   */
  @SuppressWarnings("unchecked")
  private void assertGraphTextsAreTheExportsCut() {
    List<Map<String, Object>> texts = (List<Map<String, Object>>) browser.js(
        "var lang = document.documentElement.lang;"
            + "return Array.from(document.querySelectorAll('#graph text'))"
            + ".map(t => ({full: t.getAttribute('data-' + lang),"
            + " max: Number(t.getAttribute('data-max')), shown: Array.from(t.textContent, c => c.codePointAt(0))}));");
    assertThat(texts).isNotEmpty().allSatisfy(t -> assertThat(text((List<Number>) t.get("shown")))
        .isEqualTo(ExplorerGraph.shorten((String) t.get("full"), ((Number) t.get("max")).intValue())));
  }

  private static String text(List<Number> codePoints) {
    return new String(codePoints.stream().mapToInt(Number::intValue).toArray(), 0, codePoints.size());
  }

  private void open(Dataset data, String file) throws IOException {
    Path page = OUT.resolve(file).toAbsolutePath();
    Files.writeString(page, HtmlExport.explorer(data, Language.EN), StandardCharsets.UTF_8);
    driver.get(page.toUri().toString());
  }
}
