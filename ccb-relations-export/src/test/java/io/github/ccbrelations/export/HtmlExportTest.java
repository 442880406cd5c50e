package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The explorer page as text: self-contained, allowed to run only its own script and style, data intact. */
class HtmlExportTest {
  private static final Dataset DATA = CcbRelations.bundled();
  private static final Pattern CSP = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\"");

  @ParameterizedTest
  @EnumSource(Language.class)
  void fetchesNothingAndAllowsOnlyItsOwnInlineScriptAndStyle(Language language) {
    String page = HtmlExport.explorer(DATA, language);
    assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + language.code() + "\">");
    Matcher csp = CSP.matcher(page);
    assertThat(csp.find()).as("a CSP meta element").isTrue();
    String policy = csp.group(1);
    assertThat(policy).startsWith("default-src 'none';");
    assertThat(policy).contains("script-src '" + HtmlExport.cspHash(between(page, "<script>", "</script>")) + "'");
    assertThat(policy).contains("style-src '" + HtmlExport.cspHash(between(page, "<style>", "</style>")) + "'");
    // Nothing that would load: no src, no stylesheet link, no CSS url() or @import.
    assertThat(page).doesNotContain(" src=", "<link", "url(http", "@import", "<iframe");
    assertThat(page.split("<script>", -1)).as("one executable script").hasSize(2);
  }

  @Test
  void statesTheDatasetVersionReleaseDigestAndLicences() {
    String page = HtmlExport.explorer(DATA, Language.EN);
    assertThat(page)
        .contains("<strong id=\"dataset-version\">" + DATA.info().datasetVersion().text() + "</strong>")
        .contains("datetime=\"" + DATA.info().header().released() + "\"")
        .contains("<code id=\"dataset-sha256\">" + DATA.info().sha256() + "</code>")
        .contains("CC BY 4.0", "Apache-2.0");
  }

  /** The data's licence is stated for the bundled dataset only: another file's terms are its publisher's. */
  @Test
  void statesTheDataLicenceOnlyForTheBundledDataset() throws IOException {
    String bundled = HtmlExport.explorer(DATA, Language.EN);
    String own = HtmlExport.explorer(Exports.tricky(), Language.EN);
    JsonNode ownData = new ObjectMapper().readTree(
        between(own, "<script type=\"application/json\" id=\"explorer-data\">", "</script>"));

    assertThat(between(bundled, "<footer>", "</footer>")).contains(">Licences: data CC BY 4.0, code Apache-2.0<");
    assertThat(between(own, "<footer>", "</footer>")).contains(">Licence: code Apache-2.0<");
    assertThat(own).doesNotContain("CC BY", "CC-BY", "creativecommons");
    for (Language l : Language.values()) {
      assertThat(ownData.path("dataset").path("licences").path(l.code()).asText()).as("licences in %s", l)
          .endsWith("Apache-2.0").doesNotContain("CC BY");
    }
  }

  /** The title has one source: the export writes it into the page and the script's data; the script holds none. */
  @ParameterizedTest
  @EnumSource(Language.class)
  void writesTheTitleFromOneSourceInEveryLanguage(Language language) throws IOException {
    String page = HtmlExport.explorer(DATA, language);
    JsonNode data = new ObjectMapper().readTree(
        between(page, "<script type=\"application/json\" id=\"explorer-data\">", "</script>"));
    String script = unescaped(between(page, "<script>", "</script>"));

    assertThat(page).contains("<title>" + HtmlExport.title(language) + "</title>",
        "<h1 data-ui=\"title\">" + HtmlExport.title(language) + "</h1>");
    for (Language l : Language.values()) {
      assertThat(data.path("title").path(l.code()).asText()).as("title in %s", l).isEqualTo(HtmlExport.title(l));
      assertThat(script).as("the script's words").doesNotContain(HtmlExport.title(l));
    }
  }

  /** A script's text with its Unicode escapes (a backslash, u, four hex digits) read as the characters they are. */
  private static String unescaped(String script) {
    return Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(script)
        .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
  }

  @Test
  void isTheSameForTheSameDatasetAndLanguage() {
    assertThat(HtmlExport.explorer(DATA, Language.FR)).isEqualTo(HtmlExport.explorer(DATA, Language.FR));
  }

  @Test
  void carriesEveryRecordAndEscapesTextThatCouldBreakOutOfTheScript() throws IOException {
    Dataset tricky = Exports.tricky();
    String page = HtmlExport.explorer(tricky, Language.EN);
    String json = between(page, "<script type=\"application/json\" id=\"explorer-data\">", "</script>");
    assertThat(json).doesNotContain("<");
    JsonNode data = new ObjectMapper().readTree(json);
    List<String> labels = new ArrayList<>();
    data.path("bodies").forEach(b -> b.path("labels").forEach(l -> labels.add(l.path("text").asText())));
    List<String> expected = new ArrayList<>();
    for (Body b : tricky.allTime().bodies()) {
      b.labels().forEach(l -> expected.add(l.text()));
    }
    assertThat(labels).isEqualTo(expected);
    assertThat(data.path("roles")).hasSize(tricky.allTime().roles().size());
    assertThat(data.path("instruments")).hasSize(tricky.allTime().instruments().size());
    // In the SVG, the label "Forum <x> | "y"" is text, never markup.
    String svg = between(page, "<svg xmlns", "</svg>");
    assertThat(svg).doesNotContain("<x>").contains("Forum &lt;x&gt;");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x"})
  void aNameOfCharactersOutsideTheBmpCutToFitItsBoxStillEncodesAsUtf8(String lead) {
    // Emoji are two UTF-16 units each: with or without the lead, some box's cut falls inside one.
    String name = lead + "😀".repeat(60);
    Dataset data = Exports.trickyWithForumNamed(name, "emoji.json");
    assertThat(data.allTime().bodies()).anySatisfy(b -> assertThat(b.labels().get(0).text()).isEqualTo(name));

    for (Language language : Language.values()) {
      String page = HtmlExport.explorer(data, language);

      assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(page)).as("UTF-8 text in %s", language).isTrue();
    }
  }

  @Test
  void bundledDataGivesEveryRoleTheSpanOfItsValidityAndOfEachLegalBasis() throws IOException {
    String page = HtmlExport.explorer(DATA, Language.EN);
    JsonNode data = new ObjectMapper().readTree(
        between(page, "<script type=\"application/json\" id=\"explorer-data\">", "</script>"));
    JsonNode csirt = null;
    for (JsonNode r : data.path("roles")) {
      if (r.path("id").asText().equals("ccb-csirt")) {
        csirt = r;
      }
    }
    assertThat(csirt).isNotNull();
    assertThat(csirt.path("legalBases").get(0).path("to").asText()).isEqualTo("2024-10-17");
    assertThat(csirt.path("legalBases").get(2).path("from").asText()).isEqualTo("2024-10-18");
  }

  @Test
  void namesTheKindOfEveryBodyInEachLanguageWithTheLibrarysWords() throws IOException {
    assertKindsAreTheLibrarysWords("bodyKind", BodyKind.values(), Terms::bodyKind, "bodies",
        DATA.allTime().bodies().size());
  }

  @Test
  void namesTheKindOfEveryInstrumentInEachLanguageWithTheLibrarysWords() throws IOException {
    assertKindsAreTheLibrarysWords("instrumentKind", InstrumentKind.values(), Terms::instrumentKind, "instruments",
        DATA.allTime().instruments().size());
  }

  /**
   * The page's words for a kind are the library's in every language, and the page looks each record's kind up among
   * them, so each record's kind is a constant, as in the other exports.
   */
  private static <K extends Enum<K>> void assertKindsAreTheLibrarysWords(String terms, K[] kinds,
      BiFunction<K, Language, String> word, String records, int count) throws IOException {
    String page = HtmlExport.explorer(DATA, Language.EN);
    JsonNode data = new ObjectMapper().readTree(
        between(page, "<script type=\"application/json\" id=\"explorer-data\">", "</script>"));
    JsonNode words = data.path("terms").path(terms);
    for (K kind : kinds) {
      for (Language language : Language.values()) {
        assertThat(words.path(kind.name()).path(language.code()).asText())
            .as("%s in %s", kind, language).isEqualTo(word.apply(kind, language));
      }
    }
    List<String> used = new ArrayList<>();
    data.path(records).forEach(r -> used.add(r.path("kind").asText()));
    assertThat(used).hasSize(count).allSatisfy(k -> assertThat(words.has(k)).as(k).isTrue());
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as(start).isNotNegative();
    int to = text.indexOf(end, from + start.length());
    assertThat(to).as(end).isPositive();
    return text.substring(from + start.length(), to);
  }
}
