package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The punctuation the explorer page writes between its own words, in headless Chromium: French puts a no-break space
 * (U+00A0, or the narrow U+202F) before a colon, a semicolon, a question mark and an exclamation mark; English, Dutch
 * and German put none. The data's own texts (names, titles, provisions, addresses) are left as the data writes them,
 * a provision as each language cites it, so they are taken out of what is checked.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerTypographyTest {
  @RegisterExtension
  static final BrowserSession SESSION = new BrowserSession();
  private static final Path OUT = Path.of("target", "explorer-typography");
  private static final Pattern FRENCH_MISS = Pattern.compile("(?<![\u00a0\u202f])[:;?!]");
  private static final Pattern SPACE_BEFORE = Pattern.compile("[\\s\u00a0\u202f][:;?!]");
  /**
   * The page's text in every state that writes punctuation: the footer and table as opened, each body's details
   * (chosen by a click on its node) and what a search by each record's first label shows.
   */
  private static final String TEXTS = String.join("\n",
      "function text(e) { var c = e.cloneNode(true);",
      "  c.querySelectorAll('script, style').forEach(function (s) { s.remove(); }); return c.textContent; }",
      "var data = JSON.parse(document.getElementById('explorer-data').textContent);",
      "var out = [text(document.body)];",
      "document.querySelectorAll('#graph .node').forEach(function (node) {",
      "  node.dispatchEvent(new MouseEvent('click', {bubbles: true}));",
      "  out.push(text(document.getElementById('details-body'))); });",
      "var search = document.getElementById('search');",
      "data.bodies.concat(data.instruments).forEach(function (r) {",
      "  search.value = r.labels[0].text; search.dispatchEvent(new Event('input'));",
      "  out.push(text(document.getElementById('search-results'))); });",
      "return out;");

  private final Dataset data = CcbRelations.bundled();
  private final List<String> dataTexts = dataTexts(data.allTime());

  private Browser browser;

  @BeforeAll
  void makeTheFolder() throws IOException {
    Files.createDirectories(OUT);
  }

  @BeforeEach
  void takeTheBrowser() {
    browser = SESSION.browser();
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void writesEachPunctuationMarkWithTheSpaceItsLanguageWants(Language language) throws IOException {
    List<String> own = pageTexts(language).stream().map(this::withoutDataTexts).toList();
    List<String> misplaced = new ArrayList<>();
    for (String text : own) {
      Matcher m = (language == Language.FR ? FRENCH_MISS : SPACE_BEFORE).matcher(text);
      while (m.find()) {
        misplaced.add(text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 10)));
      }
    }
    assertThat(misplaced).as("punctuation spaced against %s typography", language).isEmpty();
    // What was read holds the page's own headings and sentences, so an empty list above means something.
    assertThat(String.join("\n", own)).contains(switch (language) {
      case EN -> List.of("Kind: ", "Names: ", "Licences: ", "(HtmlExport); ");
      case FR -> List.of("Type\u00a0: ", "Noms\u00a0: ", "Licences\u00a0: ", "(HtmlExport)\u202f; ");
      case NL -> List.of("Soort: ", "Namen: ", "Licenties: ", "(HtmlExport); ");
      case DE -> List.of("Art: ", "Namen: ", "Lizenzen: ", "(HtmlExport); ");
    });
  }

  @SuppressWarnings("unchecked")
  private List<String> pageTexts(Language language) throws IOException {
    Path page = OUT.resolve("explorer-" + language.code() + ".html").toAbsolutePath();
    Files.writeString(page, HtmlExport.explorer(data, language), StandardCharsets.UTF_8);
    browser.driver.get(page.toUri().toString());
    List<String> texts = (List<String>) browser.js(TEXTS);
    assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    return texts;
  }

  /** The text with each of the data's own texts, longest first, replaced by a letter. */
  private String withoutDataTexts(String text) {
    String out = text;
    for (String d : dataTexts) {
      out = out.replace(d, "x");
    }
    return out;
  }

  private static List<String> dataTexts(Dataset all) {
    Set<String> texts = new LinkedHashSet<>();
    for (Body b : all.bodies()) {
      b.labels().stream().map(Label::text).forEach(texts::add);
      b.website().ifPresent(w -> texts.add(w.value()));
      b.establishedBy().flatMap(LegalBasis::provision).ifPresent(p -> addCited(texts, p));
      b.designatedBy().flatMap(LegalBasis::provision).ifPresent(p -> addCited(texts, p));
    }
    for (LegalInstrument i : all.instruments()) {
      i.labels().stream().map(Label::text).forEach(texts::add);
      i.executes().forEach(x -> x.provision().ifPresent(p -> addCited(texts, p)));
    }
    for (Role r : all.roles()) {
      r.legalBases().forEach(x -> x.provision().ifPresent(p -> addCited(texts, p)));
      r.subjects().stream().map(RoleSubject::provision).forEach(o -> o.ifPresent(p -> addCited(texts, p)));
      r.sources().stream().map(SourceReference::locator).forEach(l -> l.ifPresent(texts::add));
    }
    for (Source s : all.sources()) {
      texts.add(s.title());
      s.url().ifPresent(u -> texts.add(u.value()));
      s.sections().stream().map(SourceSection::heading).forEach(texts::add);
    }
    return texts.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** A provision as the data writes it and as each language cites it ("art. 14"). */
  private static void addCited(Set<String> texts, String provision) {
    texts.add(provision);
    for (Language l : Language.values()) {
      texts.add(Terms.provision(provision, l));
    }
  }
}
