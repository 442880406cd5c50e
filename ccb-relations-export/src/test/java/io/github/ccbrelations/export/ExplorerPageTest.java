package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The explorer page of the bundled dataset, opened from a file in headless Chromium and used as a person would:
 * every answer it shows is compared with the library's own answer for the same question. One test opens the page of
 * another file, whose footer may not state the data's licence.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerPageTest {
  @RegisterExtension
  static final BrowserSession SESSION = new BrowserSession();
  private static final Path OUT = Path.of("target", "explorer");
  private final Dataset data = CcbRelations.bundled();

  private Browser browser;
  private ChromeDriver driver;
  private Path page;

  @BeforeAll
  void writeThePage() throws IOException {
    Files.createDirectories(OUT);
    page = OUT.resolve("explorer.html").toAbsolutePath();
    Files.writeString(page, HtmlExport.explorer(data, Language.EN), StandardCharsets.UTF_8);
  }

  @BeforeEach
  void takeTheBrowser() {
    browser = SESSION.browser();
    driver = browser.driver;
  }

  /** A fresh load of the page, at the desktop size, with the logs of earlier loads read away. */
  private void open() {
    driver.manage().window().setSize(new Dimension(1400, 1000));
    driver.get(page.toUri().toString());
    browser.consoleErrors();
    browser.requests();
  }

  private void date(LocalDate day) {
    browser.js("var d = document.getElementById('date'); d.value = arguments[0];"
        + "d.dispatchEvent(new Event('change', {bubbles: true}));", day.toString());
  }

  private void search(String text) {
    WebElement box = driver.findElement(By.id("search"));
    box.clear();
    box.sendKeys(text);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of(Dataset.ZONE_ID));
  }

  @Test
  void opensFromAFileWithNoConsoleErrorAndNoNetworkRequest() {
    driver.manage().logs().get("performance");
    driver.get(page.toUri().toString());
    // Use every part of the page, so that the script's paths run under the same watch.
    for (Language l : Language.values()) {
      browser.language(l);
    }
    search("navo");
    date(LocalDate.of(2020, 6, 1));
    driver.findElement(By.cssSelector("#graph .node[data-body='enisa']")).click();
    driver.findElement(By.cssSelector("#roles-body button[data-select='cert-be']")).click();

    assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    // data: URLs are the browser's own pictures (the date field's calendar icon), read from memory.
    assertThat(browser.requests()).as("requests").filteredOn(url -> !url.startsWith("data:"))
        .containsOnly(page.toUri().toString());
    assertThat(driver.findElements(By.cssSelector("#roles-body tr"))).isNotEmpty();
  }

  @Test
  void theWatchSeesARequestAndAConsoleErrorWhenAPageMakesThem() throws IOException {
    // The checks above pass on an empty list; this page shows that the lists fill when something happens.
    Path bad = OUT.resolve("watch-check.html").toAbsolutePath();
    Files.writeString(bad, "<!DOCTYPE html><title>x</title><img src=\"http://127.0.0.1:9/none.png\" alt=\"\">"
        + "<script>console.error('seen')</script>", StandardCharsets.UTF_8);
    driver.get(bad.toUri().toString());
    assertThat(browser.requests()).contains("http://127.0.0.1:9/none.png");
    assertThat(browser.consoleErrors()).anyMatch(m -> m.contains("seen"));
  }

  @Test
  void drawsANodeForEveryBodyAndAnEdgeForEveryRoleWithATarget() {
    open();
    Set<String> nodes = driver.findElements(By.cssSelector("#graph .node")).stream()
        .filter(WebElement::isDisplayed).map(e -> e.getDomAttribute("data-body")).collect(Collectors.toSet());
    assertThat(nodes).containsExactlyInAnyOrderElementsOf(
        data.allTime().bodies().stream().map(b -> b.id().value()).toList());
    List<String> edges = visibleEdges();
    List<String> expected = data.roles().stream().filter(r -> ExplorerGraph.target(r).isPresent())
        .map(r -> r.id().value()).toList();
    assertThat(edges).containsExactlyInAnyOrderElementsOf(expected);
    WebElement nato = driver.findElement(By.cssSelector("#graph .edge[data-role='ccb-expert-support-nato']"));
    assertThat(nato.getDomAttribute("class")).contains("conditional");
    assertThat(nato.getText()).contains(Terms.condition(Condition.ON_REQUEST, Language.EN));
    assertThat(driver.findElement(By.cssSelector("#graph .group[data-group='european'] .node[data-body='enisa']"))
        .isDisplayed()).isTrue();
  }

  private List<String> visibleEdges() {
    @SuppressWarnings("unchecked")
    List<String> ids = (List<String>) browser.js("return Array.from(document.querySelectorAll('#graph .edge'))"
        + ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.getAttribute('data-role'));");
    return ids;
  }

  @Test
  void switchingToDutchShowsDutchNames() {
    open();
    browser.language(Language.NL);
    assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nl");
    assertThat(driver.findElement(By.cssSelector("#graph .node[data-body='nato'] .name")).getText()).isEqualTo("NAVO");
    assertThat(driver.findElement(By.cssSelector("#graph .node[data-body='osce'] .name")).getText()).isEqualTo("OVSE");
    assertThat(driver.findElement(By.cssSelector("#graph .group[data-group='european'] .group-name")).getText())
        .isEqualTo("Op Europees niveau");
    assertThat(driver.findElement(By.cssSelector("#roles-head th")).getText()).isEqualTo("Houder");
    assertThat(driver.findElement(By.cssSelector("#roles-body tr[data-role='ccb-expert-support-nato']")).getText())
        .contains("deskundige ondersteuning", "op verzoek", "NAVO");
    driver.findElement(By.cssSelector("#graph .node[data-body='enisa']")).click();
    assertThat(driver.findElement(By.cssSelector("#details-body h3")).getText())
        .isEqualTo(data.body(io.github.ccbrelations.model.BodyId.of("enisa")).name(Language.NL).orElseThrow());
    assertThat(driver.findElement(By.id("details-body")).getText()).contains("Soort: EU-agentschap");
  }

  /**
   * A legal basis's end is its last day in force, and the page says so as the explanations do (Terms.span): Dutch
   * "tot" alone would leave the day out.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | (until 17 October 2024)",
      "FR | (jusqu’au 17 octobre 2024)",
      "NL | (tot en met 17 oktober 2024)",
      "DE | (bis zum 17. Oktober 2024)",
  })
  void saysTheLastDayOfABasisIsIncluded(Language language, String end) {
    open();
    date(LocalDate.of(2024, 10, 17));
    browser.language(language);
    assertThat(driver.findElement(By.cssSelector(
        "#roles-body tr[data-role='ccb-csirt'] li[data-instrument='be-nis-law-2019']")).getText()).endsWith(end);
  }

  /**
   * The words the page shares with the rest of the library are the library's (Terms): the table's headings, "nothing
   * found" and the count of roles; the page's own words say "body" as Terms does (entité, instantie, Einrichtung).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | Holder, Body, Function, Condition, On behalf of, Legal bases, Validity, Source | Nothing found.",
      "FR | Titulaire, Entité, Fonction, Condition, Au nom de, Bases légales, Validité, Source | Aucun résultat.",
      "NL | Houder, Instantie, Functie, Voorwaarde, Namens, Rechtsgronden, Geldigheid, Bron | Niets gevonden.",
      "DE | Inhaber, Einrichtung, Funktion, Bedingung, Im Namen von, Rechtsgrundlagen, Gültigkeit, Quelle"
          + " | Keine Treffer.",
  })
  void saysTheWordsTermsHasAsTermsSaysThem(Language language, String headings, String nothing) {
    open();
    browser.language(language);
    assertThat(driver.findElements(By.cssSelector("#roles-head th"))).extracting(WebElement::getText)
        .containsExactly(headings.split(", "));
    int rows = driver.findElements(By.cssSelector("#roles-body tr")).size();
    assertThat(driver.findElement(By.id("roles-count")).getText())
        .startsWith(Terms.count(RecordType.ROLE, rows, language) + " ");
    assertThat(driver.findElement(By.cssSelector("label[for='search']")).getText()).doesNotContainIgnoringCase("organ")
        .doesNotContain("Gremium");
    search("zzqxv");
    assertThat(driver.findElement(By.cssSelector("#search-results p")).getText()).isEqualTo(nothing);
  }

  /**
   * The day the table shows and the day the data was released are written as the explanations write a day
   * (Terms.day), not as ISO dates in a sentence: "32 rôles au 1er octobre 2024", "publiée le 3 décembre 2026".
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"EN", "FR", "NL", "DE"})
  void writesTheDaysInThePagesLanguageAsTermsDoes(Language language) {
    open();
    browser.language(language);
    for (LocalDate day : List.of(LocalDate.of(2024, 10, 1), LocalDate.of(2026, 12, 3))) {
      date(day);
      assertThat(driver.findElement(By.id("roles-count")).getText()).endsWith(" " + Terms.day(day, language));
    }
    assertThat(driver.findElement(By.id("dataset-released")).getText())
        .isEqualTo(Terms.day(data.info().header().released(), language));
  }

  /**
   * The date field shows its day in the browser's order, not the page's (Chromium ignores the page's lang): on a French
   * page in an American browser 12 March reads "03/12/2026". So the page also says the day in words, in its language,
   * beside the field and as its description; a status, so that a screen reader says the new day when it changes.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"EN", "FR", "NL", "DE"})
  void saysTheDayOfTheDateFieldInWordsInThePagesLanguage(Language language) {
    open();
    browser.language(language);
    WebElement words = driver.findElement(By.id("date-words"));
    assertThat(words.getText()).isEqualTo(Terms.day(today(), language));
    assertThat(words.getTagName()).isEqualTo("output");
    assertThat(driver.findElement(By.id("date")).getDomAttribute("aria-describedby")).isEqualTo("date-words");

    date(LocalDate.of(2026, 3, 12));
    assertThat(words.getText()).isEqualTo(Terms.day(LocalDate.of(2026, 3, 12), language));
    driver.findElement(By.id("today")).click();
    assertThat(words.getText()).isEqualTo(Terms.day(today(), language));
  }

  @Test
  void switchingLanguageRetitlesThePageWithTheExportsTitle() {
    open();
    for (Language l : Language.values()) {
      browser.language(l);
      assertThat(driver.getTitle()).as("title in %s", l).isEqualTo(HtmlExport.title(l));
      assertThat(driver.findElement(By.tagName("h1")).getText()).as("heading in %s", l).isEqualTo(HtmlExport.title(l));
    }
  }

  /** The footer says whose licence is which in the page's language: no English "data" on a French page. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | Licences: data CC BY 4.0, code Apache-2.0.",
      "FR | Licences : données sous CC BY 4.0, code sous Apache-2.0.",
      "NL | Licenties: gegevens onder CC BY 4.0, code onder Apache-2.0.",
      "DE | Lizenzen: Daten unter CC BY 4.0, Code unter Apache-2.0.",
  })
  void statesTheLicencesInThePagesLanguage(Language language, String licences) {
    open();
    browser.language(language);
    assertThat(driver.findElement(By.cssSelector("footer p:nth-of-type(2)")).getText()).startsWith(licences);
  }

  /** A page of another file than the bundled one states the code's licence alone, in the page's language. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | Licence: code Apache-2.0.",
      "FR | Licence : code sous Apache-2.0.",
      "NL | Licentie: code onder Apache-2.0.",
      "DE | Lizenz: Code unter Apache-2.0.",
  })
  void statesNoDataLicenceForAnotherFile(Language language, String licences) throws IOException {
    Path own = OUT.resolve("explorer-own-file.html").toAbsolutePath();
    Files.writeString(own, HtmlExport.explorer(Exports.tricky(), Language.EN), StandardCharsets.UTF_8);
    driver.get(own.toUri().toString());
    browser.language(language);
    assertThat(driver.findElement(By.cssSelector("footer p:nth-of-type(2)")).getText()).startsWith(licences);
  }

  /**
   * A body's details list the relations of other bodies that name it, each under words that say so, on a line of its
   * own: the relation's words head the other body with a colon too, and two colons on one line read as a riddle.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | Relation of another body",
      "FR | Relation d’une autre entité",
      "NL | Relatie van een andere instantie",
      "DE | Beziehung einer anderen Einrichtung",
  })
  void listsTheRelationsOfOtherBodiesThatNameIt(Language language, String heading) {
    open();
    browser.language(language);
    driver.findElement(By.cssSelector("#graph .node[data-body='european-commission']")).click();
    List<Language> order = Terms.preference(language);
    String item = "return document.querySelector(\"#details-body li[data-relation-from='ecso']\")";

    assertThat(browser.js(item + ".firstChild.textContent")).isEqualTo(heading + Terms.colon(language));
    assertThat(browser.js(item + ".querySelector('li').textContent"))
        .isEqualTo(Words.shortLabel(data.body(BodyId.of("ecso")), order) + " \u2014 "
            + Terms.relation(BodyRelationKind.COUNTERPART_OF, language) + Terms.colon(language)
            + Words.shortLabel(data.body(BodyId.of("european-commission")), order) + " ("
            + Words.shortLabel(data.body(BodyId.of("cybersecurity-cppp")), order) + ")");
    assertThat(((String) browser.js(item + ".innerText")).lines())
        .hasSize(2).allSatisfy(line -> assertThat(line.chars().filter(c -> c == ':').count()).as(line).isOne());
  }

  /** A body named only as the frame of another's relation sees the whole relation, the frame included. */
  @Test
  void theFrameOfARelationListsItWithTheFrameNamed() {
    open();
    driver.findElement(By.cssSelector("#graph .node[data-body='cybersecurity-cppp']")).click();
    List<Language> order = Terms.preference(Language.EN);

    assertThat(browser.js("return document.querySelector(\"#details-body li[data-relation-from='ecso']\").innerText"))
        .isEqualTo("Relation of another body:\nECSO \u2014 counterpart of: "
            + Words.shortLabel(data.body(BodyId.of("european-commission")), order) + " ("
            + Words.shortLabel(data.body(BodyId.of("cybersecurity-cppp")), order) + ")");
  }

  /**
   * A relation's words end in a preposition that wants a case or an article the name on the button does not have
   * ("Partner von Europäische Kommission", "homologue de Commission européenne"), so they head it as a label heads
   * its value, with the language's colon.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | counterpart of: European Commission (cPPP) | cooperation with: Republic of Niger",
      "FR | homologue de\u00a0: Commission européenne (cPPP) | coopération avec\u00a0: Niger",
      "NL | tegenhanger van: Europese Commissie (cPPP) | samenwerking met: Republiek Niger",
      "DE | Partner von: Europäische Kommission (öffentlich-private Partnerschaft für Cybersicherheit)"
          + " | Zusammenarbeit mit: Niger",
  })
  void aRelationsWordsHeadTheOtherBodyAsALabelDoes(Language language, String counterpart, String cooperation) {
    open();
    browser.language(language);
    search("ECSO");
    driver.findElement(By.cssSelector("#search-results li[data-body='ecso'] button")).click();
    assertThat(browser.js("return document.querySelector(\"#details-body li[data-relation='COUNTERPART_OF']\")"
        + ".textContent")).isEqualTo(counterpart);
    search("coopération avec le Niger");
    driver.findElement(By.cssSelector("#search-results li[data-body='niger-cooperation-project'] button")).click();
    assertThat(browser.js("return document.querySelector(\"#details-body li[data-relation='COOPERATION_WITH']\")"
        + ".textContent")).isEqualTo(cooperation);
  }

  /**
   * The page's other words that end in a preposition (through whom, on whose behalf, what a role is about, whom it
   * supports) head the body they name in the same way: "au nom de Belgique" lacks its article, "zur Unterstützung
   * von" wants the dative. German says who acts with "durch", as RoleExplainer does; "über" would name a route.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | CCB (through: CERT.be) | (supporting: PermRep) | \u2014 on behalf of: Belgium"
          + " | \u2014 about: coopération avec le Niger",
      "FR | CCB (par\u00a0: CERT.be) | (en appui \u00e0\u00a0: RP) | \u2014 au nom de\u00a0: Belgique"
          + " | \u2014 porte sur\u00a0: coopération avec le Niger",
      "NL | CCB (via: CERT.be) | (ter ondersteuning van: PV) | \u2014 namens: België"
          + " | \u2014 betreft: coopération avec le Niger",
      "DE | CCB (durch: CERT.be) | (zur Unterstützung von: PermRep) | \u2014 im Namen von: Belgien"
          + " | \u2014 betrifft: coopération avec le Niger",
  })
  void wordsEndingInAPrepositionHeadTheBodyTheyNameAsALabelDoes(Language language, String through,
      String supporting, String onBehalfOf, String about) {
    open();
    browser.language(language);
    assertThat(text("#roles-body tr[data-role='ccb-csirt'] td")).isEqualTo(through);
    assertThat(text("#roles-body tr[data-role='ccb-expert-support-hwpci'] td:nth-child(2)")).endsWith(supporting);
    driver.findElement(By.cssSelector("#graph .node[data-body='ccb']")).click();
    assertThat(text("#details-body .roles-held li[data-role='ccb-csirt']")).contains(through);
    assertThat(text("#details-body .roles-held li[data-role='ccb-single-point-of-contact-nis']")).contains(onBehalfOf);
    assertThat(text("#details-body .roles-held li[data-role='ccb-capacity-building']")).contains(about);
  }

  /** The text of the first element a selector finds, as the page wrote it: no-break spaces stay. */
  private String text(String selector) {
    return (String) browser.js("return document.querySelector(arguments[0]).textContent", selector);
  }

  @Test
  void searchingNavoShowsNatoAndItsRoleOnRequest() {
    open();
    search("NAVO");
    WebElement nato = driver.findElement(By.cssSelector("#search-results li[data-body='nato']"));
    assertThat(nato.getText()).contains("NATO", "expert support", "on request");
    assertThat(nato.findElements(By.cssSelector("li[data-role='ccb-expert-support-nato']"))).hasSize(1);
    // The permanent representation's Dutch name ("... bij de NAVO") matches too; nothing else does.
    assertThat(driver.findElements(By.cssSelector("#search-results li[data-body]")))
        .extracting(e -> e.getAttribute("data-body"))
        .containsExactlyInAnyOrder("nato", "belgian-representation-nato");
  }

  @Test
  void searchFindsWhatTheLibraryFindsForEveryNameInAnyCaseWithOrWithoutAccents() {
    open();
    Map<String, Set<String>> missing = new LinkedHashMap<>();
    for (Body b : data.allTime().bodies()) {
      for (Label l : b.labels()) {
        for (String query : List.of(l.text(), l.text().toUpperCase(java.util.Locale.ROOT), stripAccents(l.text()))) {
          Set<String> expected = data.bodiesNamed(query).stream().map(x -> x.id().value())
              .collect(Collectors.toCollection(LinkedHashSet::new));
          assertThat(expected).as("the library finds '%s'", query).contains(b.id().value());
          Set<String> found = searchIds(query, "data-body");
          if (!found.containsAll(expected)) {
            missing.put(query, expected);
          }
        }
      }
    }
    for (LegalInstrument i : data.allTime().instruments()) {
      for (Label l : i.labels()) {
        Set<String> expected = data.instrumentsNamed(l.text()).stream().map(x -> x.id().value())
            .collect(Collectors.toSet());
        if (!searchIds(l.text(), "data-instrument").containsAll(expected)) {
          missing.put(l.text(), expected);
        }
      }
    }
    assertThat(missing).as("queries whose library answer the page does not show").isEmpty();
    assertThat(searchIds("cybersecurite", "data-instrument")).contains("cybersecurity-act");
  }

  private static String stripAccents(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  @SuppressWarnings("unchecked")
  private Set<String> searchIds(String query, String attribute) {
    List<String> ids = (List<String>) browser.js("var s = document.getElementById('search'); s.value = arguments[0];"
        + "s.dispatchEvent(new Event('input'));"
        + "return Array.from(document.querySelectorAll('#search-results > ul > li[' + arguments[1] + ']'))"
        + ".map(e => e.getAttribute(arguments[1]));", query, attribute);
    return new LinkedHashSet<>(ids);
  }

  @Test
  void aLawFoundBySearchShowsItsKindInThePagesLanguage() {
    open();
    Map<String, String> wrong = new LinkedHashMap<>();
    for (Language l : Language.values()) {
      browser.language(l);
      for (LegalInstrument ins : data.allTime().instruments()) {
        String kind = (String) browser.js("var s = document.getElementById('search'); s.value = arguments[0];"
            + "s.dispatchEvent(new Event('input')); var k = document.querySelector("
            + "'#search-results li[data-instrument=\"' + arguments[1] + '\"] > .instrument-kind');"
            + "return k && k.textContent;", ins.labels().get(0).text(), ins.id().value());
        if (kind == null || !kind.endsWith(": " + Terms.instrumentKind(ins.kind(), l))) {
          wrong.put(l.code() + " " + ins.id().value(), kind);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void clickingEnisaListsTheDirectorGeneralsSeatOnItsManagementBoard() {
    open();
    driver.findElement(By.cssSelector("#graph .node[data-body='enisa']")).click();
    WebElement seat = driver.findElement(
        By.cssSelector("#details-body .roles-in li[data-role='ccb-director-general-board-member-enisa']"));
    assertThat(seat.getText()).contains("Director General", "board member", "Management Board", "Cybersecurity Act");
    List<String> listed = driver.findElements(By.cssSelector("#details-body .roles-in > li")).stream()
        .map(e -> e.getDomAttribute("data-role")).toList();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(
        data.rolesInAnyPartOf(io.github.ccbrelations.model.BodyId.of("enisa")).stream()
            .map(r -> r.id().value()).toList());
  }

  @Test
  void theTableShowsEveryKindOfSubjectAndWhatARoleIsAbout() {
    open();
    WebElement cbm = driver.findElement(
        By.cssSelector("#roles-body tr[data-role='ccb-technical-support-osce-cbm-14']"));
    assertThat(cbm.findElement(By.cssSelector(".subjects[data-kind='IMPLEMENTS']")).getText())
        .startsWith("implements: ").endsWith(", CBM 14");
    WebElement monitoring = driver.findElement(By.cssSelector("#roles-body tr[data-role='ccb-monitoring-eu-laws']"));
    assertThat(monitoring.findElements(By.cssSelector(".subjects")).stream().map(e -> e.getDomAttribute("data-kind")))
        .containsExactly("CONCERNS", "GUIDED_BY");
    WebElement enabel = driver.findElement(
        By.cssSelector("#roles-body tr[data-role='ccb-technical-support-enabel-niger']"));
    assertThat(enabel.getText()).contains("about: coopération avec le Niger", "Enabel");
  }

  /**
   * A legal basis and a subject cite their provision as the explanations do in the page's language: "art. 14" in
   * French and Dutch, "Art. 14" in English and German; "CBM 14" in every language.
   */
  @Test
  void citesAProvisionAsTheExplanationsDoInThePagesLanguage() {
    open();
    Map<String, String> shown = new LinkedHashMap<>();
    for (Language l : Language.values()) {
      browser.language(l);
      shown.put(l.code() + " basis", driver.findElement(By.cssSelector("#roles-body"
          + " tr[data-role='ccb-director-general-board-member-enisa'] td.bases .instrument-name")).getText());
      shown.put(l.code() + " subject", driver.findElement(By.cssSelector("#roles-body"
          + " tr[data-role='ncca-be-representative-eccg'] .subjects[data-kind='CONCERNS']")).getText());
      shown.put(l.code() + " cbm", driver.findElement(By.cssSelector("#roles-body"
          + " tr[data-role='ccb-technical-support-osce-cbm-14'] .subjects[data-kind='IMPLEMENTS']")).getText());
    }
    assertThat(shown).hasEntrySatisfying("fr basis", t -> assertThat(t).endsWith(", art. 14"))
        .hasEntrySatisfying("nl basis", t -> assertThat(t).endsWith(", art. 14"))
        .hasEntrySatisfying("en basis", t -> assertThat(t).endsWith(", Art. 14"))
        .hasEntrySatisfying("de basis", t -> assertThat(t).endsWith(", Art. 14"))
        .hasEntrySatisfying("fr subject", t -> assertThat(t).endsWith(", art. 62"))
        .hasEntrySatisfying("de subject", t -> assertThat(t).endsWith(", Art. 62"));
    for (Language l : Language.values()) {
      assertThat(shown.get(l.code() + " basis")).endsWith(", " + Terms.provision("Art. 14", l));
      assertThat(shown.get(l.code() + " cbm")).endsWith(", CBM 14");
    }
  }

  @Test
  void detailsShowABodysRelationsDesignationAndTheRolesAboutIt() {
    open();
    search("ECSO");
    driver.findElement(By.cssSelector("#search-results li[data-body='ecso'] button")).click();
    WebElement counterpart = driver.findElement(By.cssSelector("#details-body li[data-relation='COUNTERPART_OF']"));
    assertThat(counterpart.getText()).contains("counterpart of", "European Commission", "cPPP");
    search("NCCA-BE");
    driver.findElement(By.cssSelector("#search-results li[data-body='ncca-be'] button")).click();
    assertThat(driver.findElement(By.id("details-body")).getText()).contains("Designated by");
    search("coopération avec le Niger");
    driver.findElement(By.cssSelector("#search-results li[data-body='niger-cooperation-project'] button")).click();
    assertThat(driver.findElements(By.cssSelector("#details-body .roles-about > li")).stream()
        .map(e -> e.getDomAttribute("data-role")))
        .containsExactlyInAnyOrder("ccb-capacity-building", "ccb-technical-support-enabel-niger");
    search("1202");
    assertThat(driver.findElement(By.cssSelector("#search-results li[data-instrument='osce-pc-decision-1202']"))
        .getText()).contains("extends:");
  }

  @Test
  void aBodyIsChosenWithTheKeyboard() {
    open();
    WebElement first = driver.findElement(By.cssSelector("#graph .node[data-body='ccb']"));
    browser.js("arguments[0].focus();", first);
    new Actions(driver).sendKeys(Keys.TAB).perform();
    String focused = (String) browser.js("return document.activeElement.getAttribute('data-body');");
    assertThat(focused).isNotNull().isNotEqualTo("ccb");
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    assertThat(driver.findElement(By.cssSelector("#graph .node[data-body='" + focused + "']"))
        .getDomAttribute("aria-pressed")).isEqualTo("true");
    assertThat(driver.findElement(By.cssSelector("#details-body h3")).getText()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2015-01-31", "2016-12-31", "2020-06-01", "2023-04-30", "2024-10-17", "2024-10-18", "today"})
  void aDateShowsExactlyTheRolesAndLegalBasesOfTheLibrarysAsOf(String day) {
    LocalDate date = day.equals("today") ? today() : LocalDate.parse(day);
    Dataset view = data.asOf(date);
    open();
    date(date);
    Map<String, List<String>> shown = shownRolesAndBases();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Role r : view.roles()) {
      expected.put(r.id().value(), view.legalBasesOf(r).stream().map(b -> b.instrument().value()).toList());
    }
    assertThat(shown).isEqualTo(expected);
    assertThat(visibleEdges()).containsExactlyInAnyOrderElementsOf(view.roles().stream()
        .filter(r -> ExplorerGraph.target(r).isPresent()).map(r -> r.id().value()).toList());
    @SuppressWarnings("unchecked")
    List<String> active = (List<String>) browser.js("return Array.from(new Set(Array.from("
        + "document.querySelectorAll('#graph .node:not(.inactive)')).map(e => e.getAttribute('data-body'))));");
    assertThat(active).containsExactlyInAnyOrderElementsOf(view.bodies().stream().map(b -> b.id().value()).toList());
  }

  @SuppressWarnings("unchecked")
  private Map<String, List<String>> shownRolesAndBases() {
    Map<String, List<String>> shown = new LinkedHashMap<>();
    List<List<Object>> rows = (List<List<Object>>) browser.js(
        "return Array.from(document.querySelectorAll('#roles-body tr'))"
        + ".map(tr => [tr.getAttribute('data-role'), Array.from(tr.querySelectorAll('td.bases li[data-instrument]'))"
        + ".map(li => li.getAttribute('data-instrument'))]);");
    for (List<Object> row : rows) {
      shown.put((String) row.get(0), (List<String>) row.get(1));
    }
    return shown;
  }

  @Test
  void in2020TheCsirtRestsOnTheNisDirectiveAndTodayOnNis2() {
    open();
    date(LocalDate.of(2020, 6, 1));
    assertThat(shownRolesAndBases().get("ccb-csirt")).containsExactly("be-nis-law-2019", "nis-directive");
    assertThat(driver.findElement(By.cssSelector("#roles-body tr[data-role='ccb-csirt'] td.bases")).getText())
        .contains("NIS Directive").doesNotContain("NIS2");
    driver.findElement(By.id("today")).click();
    assertThat(shownRolesAndBases().get("ccb-csirt"))
        .containsExactly("be-nis2-law-2024", "be-royal-decree-nis2-2024", "nis2-directive");
    assertThat(driver.findElement(By.cssSelector("#roles-body tr[data-role='ccb-csirt'] td.bases")).getText())
        .contains("NIS2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2020-06-01", "today"})
  void everyLegalBasisLinksToItsOfficialTextByItsIdentifier(String day) {
    LocalDate date = day.equals("today") ? today() : LocalDate.parse(day);
    open();
    date(date);
    List<WebElement> bases = driver.findElements(By.cssSelector("#roles-body td.bases li[data-instrument]"));
    assertThat(bases).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (WebElement li : bases) {
      LegalInstrument ins = data.instrument(InstrumentId.of(li.getDomAttribute("data-instrument")));
      Map<String, String> links = new LinkedHashMap<>();
      li.findElements(By.cssSelector("a[data-link]")).forEach(a -> links.put(a.getDomAttribute("data-link"),
          a.getDomProperty("href")));
      ins.celex().ifPresent(c -> check(problems, ins, links.get("celex"), "eur-lex.europa.eu",
          "uri", "CELEX:" + c.value()));
      ins.eli().ifPresent(e -> {
        if (!e.value().equals(links.get("eli"))) {
          problems.add(ins.id().value() + ": ELI link " + links.get("eli") + " is not " + e.value());
        }
      });
      ins.numac().ifPresent(n -> check(problems, ins, links.get("numac"), "www.ejustice.just.fgov.be",
          "numac_search", n.value()));
      if (links.isEmpty() && ins.osceDecision().isEmpty()) {
        problems.add(ins.id().value() + " has no link");
      }
    }
    assertThat(problems).isEmpty();
    // Each basis the library gives for the day is among them.
    Set<String> shown = bases.stream().map(li -> li.getDomAttribute("data-instrument")).collect(Collectors.toSet());
    Dataset view = data.asOf(date);
    assertThat(shown).containsAll(view.roles().stream().flatMap(r -> view.legalBasesOf(r).stream())
        .map(LegalBasis::instrument).map(InstrumentId::value).collect(Collectors.toSet()));
  }

  /** A well-formed https link to the host, whose query gives the identifier as the named parameter. */
  private static void check(List<String> problems, LegalInstrument ins, String href, String host, String parameter,
      String value) {
    if (href == null) {
      problems.add(ins.id().value() + ": no link for " + parameter + "=" + value);
      return;
    }
    URI uri = URI.create(href);
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : String.valueOf(uri.getQuery()).split("&")) {
      int eq = pair.indexOf('=');
      query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
    }
    if (!"https".equals(uri.getScheme()) || !host.equals(uri.getHost()) || !value.equals(query.get(parameter))) {
      problems.add(ins.id().value() + ": " + href + " is not an https link to " + host + " with " + parameter + "="
          + value);
    }
  }

  @Test
  void fitsAPhoneScreenAndPrintsWithoutItsControls() throws IOException {
    open();
    driver.manage().window().setSize(new Dimension(390, 844));
    long overflow = (Long) browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(overflow).as("horizontal overflow of the page on a phone").isLessThanOrEqualTo(0);
    assertThat(driver.findElement(By.cssSelector("#roles-body tr td")).getCssValue("display")).isEqualTo("block");
    save(OUT.resolve("explorer-phone.png"));
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(driver.findElement(By.cssSelector(".controls")).isDisplayed()).isFalse();
      assertThat(driver.findElement(By.id("roles")).isDisplayed()).isTrue();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void textHasAContrastOfAtLeastFourAndAHalfToOne() {
    open();
    driver.findElement(By.cssSelector("#graph .node[data-body='nato']")).click();
    @SuppressWarnings("unchecked")
    List<String> low = (List<String>) browser.js(CONTRAST);
    assertThat(low).isEmpty();
  }

  /** WCAG 2 contrast of each text element's colour (fill for SVG) against the first opaque background behind it. */
  private static final String CONTRAST = String.join("\n",
      "function rgb(s) { var m = s.match(/[\\d.]+/g); return m ? m.map(Number) : null; }",
      "function lum(c) { var v = c.slice(0, 3).map(function (x) { x /= 255;",
      "  return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });",
      "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }",
      "function background(e) {",
      "  for (; e && e.nodeType === 1; e = e.parentElement) {",
      "    if (e.tagName === 'g' && e.querySelector(':scope > rect')) {",
      "      var f = rgb(getComputedStyle(e.querySelector(':scope > rect')).fill); if (f) { return f; } }",
      "    var b = rgb(getComputedStyle(e).backgroundColor); if (b && (b.length < 4 || b[3] === 1)) { return b; } }",
      "  return [255, 255, 255]; }",
      "var low = [];",
      "document.querySelectorAll('h1, h2, h3, p, a, button, label, th, td, li, span, code, text')"
          + ".forEach(function (e) {",
      "  if (!e.textContent.trim() || e.getClientRects().length === 0) { return; }",
      "  var s = getComputedStyle(e); var fg = rgb(e.tagName === 'text' ? s.fill : s.color);",
      "  var a = lum(fg), b = lum(background(e)); var ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);",
      "  if (ratio < 4.5 && parseFloat(s.opacity) === 1 && !e.closest('.inactive')) {",
      "    low.push(e.tagName + ' ' + e.textContent.trim().slice(0, 30) + ': ' + ratio.toFixed(2)); } });",
      "return low;");

  @Test
  void savesAScreenshotInEachLanguage() throws IOException {
    open();
    driver.manage().window().setSize(new Dimension(1400, 1500));
    for (Language l : Language.values()) {
      browser.language(l);
      driver.findElement(By.cssSelector("#graph .node[data-body='enisa']")).click();
      Path file = OUT.resolve("explorer-" + l.code() + ".png");
      save(file);
      assertThat(Files.size(file)).isGreaterThan(10_000);
    }
  }

  private void save(Path file) throws IOException {
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
  }
}
