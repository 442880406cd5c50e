package io.github.ccbrelations.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every role of the bundled dataset explained in the four languages: one language at a time, and grammatical. All
 * findings are reported at once.
 */
class BundledExplanationsTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();

  /** What a sentence must never contain, per language: articles not contracted or elided, articles twice. */
  private static final Map<Language, Pattern> BAD_GRAMMAR = new EnumMap<>(Map.of(
      Language.FR, Pattern.compile("(?U)\\b(de le|de les|à le|à les|de un|de une)\\b|\\b(de|le|la) [aeiouyéèêAEIOUYÉ]"
          + "|\\b(le|la|les|du|des|au|aux) (le|la|les|l['’]|du|des)\\b|\\b[ld]['’] |\\b(au sein|au nom|en appui|"
          + "par l['’]intermédiaire) (du|de la|de l['’]|des|au|à la|à l['’]|aux) ?(du|de|la|le|l['’]|les|des)\\b"),
      Language.NL, Pattern.compile("(?U)\\b(de de|het het|de het|het de|in in|namens de de)\\b"),
      Language.DE, Pattern.compile("(?U)\\b(in dem|an dem|von dem|zu der|zu dem|in das|der der|die die|das das|"
          + "den den|dem dem|des des|im im|im der|im die|im das|in der der|in den den)\\b"),
      Language.EN, Pattern.compile("(?U)\\b(the the|a the|the a|in in)\\b|\\bthe \\p{L}+'s\\b")));

  @Test
  void grammarPatternsCatchTheMistakesTheyAreFor() {
    List<String> french = List.of("au sein de le groupe", "au nom de les États", "en appui à le CERT.be",
        "au sein de l' Organisation", "au sein de Organisation", "au nom du la Belgique", "au sein de la la Task Force",
        "d' Enabel", "au sein de l’ Organisation", "d’ Enabel", "par l’intermédiaire du le CERT.be");
    List<String> dutch = List.of("in de de groep", "namens het de raad");
    List<String> german = List.of("in dem Verwaltungsrat", "an dem CSIRT-Netz", "im Namen von dem Netz",
        "in der der Gruppe", "im die Gruppe");
    List<String> english = List.of("in the the Cooperation Group", "in the ENISA's ad hoc working groups");
    french.forEach(t -> assertThat(BAD_GRAMMAR.get(Language.FR).matcher(t).find()).as(t).isTrue());
    dutch.forEach(t -> assertThat(BAD_GRAMMAR.get(Language.NL).matcher(t).find()).as(t).isTrue());
    german.forEach(t -> assertThat(BAD_GRAMMAR.get(Language.DE).matcher(t).find()).as(t).isTrue());
    english.forEach(t -> assertThat(BAD_GRAMMAR.get(Language.EN).matcher(t).find()).as(t).isTrue());
    assertThat(BAD_GRAMMAR.get(Language.FR).matcher("au sein de l’Organisation des Nations Unies, en appui au"
        + " CERT.be, au nom de la Belgique, en appui à Enabel, au nom d’Enabel, le cas échéant, participe à"
        + " l’exercice Cyber Europe").find()).isFalse();
    assertThat(BAD_GRAMMAR.get(Language.DE).matcher("im Verwaltungsrat, in der Europäischen Gruppe, im Namen"
        + " Belgiens, zur Unterstützung der Vereinten Nationen").find()).isFalse();
  }

  @Test
  void namesEveryRecordInTheLanguageAskedForWhenItHasALabelThere() {
    SoftAssertions softly = new SoftAssertions();
    for (Role role : DATA.roles()) {
      for (Language language : Language.values()) {
        String sentence = RoleExplainer.explain(DATA, role, language);
        List<Labelled> named = named(role);
        // The texts a sentence may show: a record's labels in the language asked for, or any of its labels when it
        // has none there. Another language's label is a finding only where no such text contains it ("OSCE" may
        // stand inside the English title of an OSCE decision that has no Dutch one).
        List<String> allowed = named.stream()
            .flatMap(r -> r.labels().stream()
                .filter(l -> l.language() == language || r.labels().stream().noneMatch(x -> x.language() == language)))
            .map(Label::text).toList();
        for (Labelled record : named) {
          if (record.labels().stream().noneMatch(l -> l.language() == language)) {
            continue;
          }
          for (Label other : record.labels()) {
            if (other.language() != language && allowed.stream().noneMatch(a -> a.contains(other.text()))
                && containsWord(sentence, other.text())) {
              softly.fail("%s in %s shows the %s label '%s' of a record that has labels in %s: %s",
                  role.id().value(), language, other.language(), other.text(), language, sentence);
            }
          }
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void fallsBackToAnOfficialTitleRatherThanAnEnglishWordingForABelgianAct() {
    // The royal decree of 9 June 2024 has French and Dutch titles, no German label, and only an English paraphrase;
    // the NIS2 law has a German wording of the CCB's ("NIS2-Gesetz"), which German output uses first.
    Dataset today = CcbRelations.bundled().asOf(java.time.LocalDate.of(2026, 12, 2));
    Role csirt = today.role(RoleId.of("ccb-csirt"));
    LegalInstrument decree = DATA.instrument(io.github.ccbrelations.model.InstrumentId.of("be-royal-decree-nis2-2024"));
    String german = RoleExplainer.explain(today, csirt, Language.DE);

    assertThat(german).contains("NIS2-Gesetz")
        .contains(decree.name(Language.FR).orElseThrow())
        .doesNotContain(decree.labels().stream().filter(l -> l.language() == Language.EN).findFirst().orElseThrow()
            .text());
    assertThat(RoleExplainer.explain(today, csirt, Language.EN)).contains("NIS2 Law");
  }

  @Test
  void saysWhichProjectARoleIsAbout() {
    Role enabel = DATA.role(RoleId.of("ccb-technical-support-enabel-niger"));

    assertThat(RoleExplainer.explain(DATA, enabel, Language.EN)).contains("technical support for Enabel")
        .contains("; about: coopération avec le Niger;");
    assertThat(RoleExplainer.explain(DATA, enabel, Language.FR)).contains(
        "\u202f; porte sur\u00a0: coopération avec le Niger\u202f;");
  }

  /** This library's words for support, per language: a support role that supports a body must say it once. */
  private static final Map<Language, Pattern> SUPPORT = new EnumMap<>(Map.of(
      Language.EN, Pattern.compile("(?i)\\bsupport"),
      Language.FR, Pattern.compile("(?i)\\b(appui|soutien)"),
      Language.NL, Pattern.compile("(?i)ondersteuning"),
      Language.DE, Pattern.compile("(?i)unterstützung")));

  @Test
  void saysSupportOnceWhenASupportRoleSupportsABody() {
    List<Role> supporting = DATA.roles().stream().filter(r -> r.supports().isPresent()).toList();
    assertThat(supporting).extracting(r -> r.id().value())
        .contains("ccb-technical-support-enabel-niger", "ccb-expert-support-hwpci", "ccb-expert-support-un");
    SoftAssertions softly = new SoftAssertions();
    for (Role role : supporting) {
      for (Language language : Language.values()) {
        String sentence = RoleExplainer.explain(DATA, role, language);
        // The role's clause, before its legal bases, without the names, which are the data's words.
        String words = sentence.substring(0, sentence.indexOf(';'));
        for (String label : named(role).stream().flatMap(r -> r.labels().stream()).map(Label::text)
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
          words = words.replace(label, "");
        }
        softly.assertThat(SUPPORT.get(language).matcher(words).results().count())
            .as("%s in %s: %s", role.id().value(), language, sentence).isLessThanOrEqualTo(1);
      }
    }
    softly.assertAll();
  }

  @Test
  void writesGrammaticalSentencesInEveryLanguage() {
    SoftAssertions softly = new SoftAssertions();
    for (Role role : DATA.roles()) {
      for (Language language : Language.values()) {
        String sentence = RoleExplainer.explain(DATA, role, language);
        softly.assertThat(BAD_GRAMMAR.get(language).matcher(sentence).results().map(m -> m.group())
                .collect(Collectors.toList()))
            .as("%s in %s: %s", role.id().value(), language, sentence)
            .isEmpty();
        softly.assertThat(sentence).as("%s in %s", role.id().value(), language)
            .doesNotContain("  ").doesNotContain(" ,").doesNotContain("null").doesNotEndWith(" ");
      }
    }
    softly.assertAll();
  }

  @Test
  void startsEveryLineWithACapitalInEveryLanguageOnEveryDay() {
    SoftAssertions softly = new SoftAssertions();
    for (Dataset view : List.of(DATA, CcbRelations.bundled(), CcbRelations.bundled().asOf(LocalDate.of(2020, 6, 1)))) {
      for (Role role : view.roles()) {
        for (Language language : Language.values()) {
          String sentence = RoleExplainer.explain(view, role, language);
          softly.assertThat(Character.isUpperCase(sentence.codePointAt(0)))
              .as("%s in %s on %s: %s", role.id().value(), language, view.date(), sentence).isTrue();
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void elidesWithTheTypographicApostropheInTheLibrarysFrenchWords() {
    SoftAssertions softly = new SoftAssertions();
    for (Dataset view : List.of(DATA, CcbRelations.bundled())) {
      for (Role role : view.roles()) {
        String sentence = RoleExplainer.explain(view, role, Language.FR);
        // The names keep the apostrophe of their sources; what is left is this library's words.
        // Longest first, so that "OTAN" is not taken out of a longer name that contains it.
        String words = sentence;
        for (String label : named(role).stream().flatMap(r -> r.labels().stream()).map(Label::text)
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
          words = words.replace(label, "");
        }
        softly.assertThat(words).as("%s: %s", role.id().value(), sentence).doesNotContain("'");
      }
    }
    softly.assertAll();
  }

  @Test
  void neverOpensABracketInsideAnotherOnAnyDay() {
    SoftAssertions softly = new SoftAssertions();
    for (Dataset view : List.of(DATA, CcbRelations.bundled(), CcbRelations.bundled().asOf(LocalDate.of(2020, 6, 1)))) {
      for (Role role : view.roles()) {
        for (Language language : Language.values()) {
          String sentence = RoleExplainer.explain(view, role, language);
          softly.assertThat(deepestBracket(sentence))
              .as("%s in %s on %s: %s", role.id().value(), language, view.date(), sentence).isLessThanOrEqualTo(1);
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void writesDatesInTheWordsOfEachLanguage() {
    Pattern iso = Pattern.compile("\\b\\d{4}-\\d{2}\\b");
    SoftAssertions softly = new SoftAssertions();
    for (Role role : DATA.roles()) {
      for (Language language : Language.values()) {
        String sentence = RoleExplainer.explain(DATA, role, language);
        softly.assertThat(iso.matcher(sentence).find()).as("%s in %s: %s", role.id().value(), language, sentence)
            .isFalse();
      }
    }
    softly.assertAll();
    Role cbm14 = DATA.role(RoleId.of("belgium-commitment-osce-cbm-14"));
    Role csirt = DATA.role(RoleId.of("ccb-csirt"));
    assertThat(RoleExplainer.explain(DATA, cbm14, Language.FR)).contains("(à partir de juin 2020)");
    assertThat(RoleExplainer.explain(DATA, cbm14, Language.DE)).contains("(ab Juni 2020)");
    assertThat(RoleExplainer.explain(DATA, csirt, Language.FR))
        .contains("directive SRI 2 (à partir du 18 octobre 2024)").contains("(jusqu’au 17 octobre 2024)");
    assertThat(RoleExplainer.explain(DATA, csirt, Language.NL)).contains("NIS 2-richtlijn (vanaf 18 oktober 2024)")
        .contains("(tot en met 17 oktober 2024)");
    assertThat(RoleExplainer.explain(DATA, csirt, Language.EN)).contains("NIS 2 Directive (from 18 October 2024)");
  }

  @Test
  void everyBodyOfTheArticleTableIsABundledBody() {
    assertThat(NounPhrases.bodyIds()).allSatisfy(id -> assertThat(DATA.findBody(BodyId.of(id))).as(id).isPresent());
  }

  @Test
  void everyLabelOfTheGermanTableIsALabelOfABundledBody() {
    List<String> labels = DATA.bodies().stream().flatMap(b -> b.labels().stream()).map(Label::text).toList();

    assertThat(NounPhrases.germanLabels()).allSatisfy(label -> assertThat(labels).as(label).contains(label));
  }

  @Test
  void namesEveryBundledBodyWithItsOwnArticleRatherThanThroughTheNounForAnUnknownOne() {
    // The nouns the tables fall back on: a label missing from them (a name that changed in the data) shows here.
    Pattern unknown = Pattern.compile("l’entité «\u00a0|de instantie ‘|the body “|Einrichtung „");
    SoftAssertions softly = new SoftAssertions();
    for (Dataset view : List.of(DATA, CcbRelations.bundled())) {
      for (Role role : view.roles()) {
        for (Language language : Language.values()) {
          String sentence = RoleExplainer.explain(view, role, language);
          softly.assertThat(unknown.matcher(sentence).find()).as("%s in %s: %s", role.id().value(), language, sentence)
              .isFalse();
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void saysAMemberIsOfABodyRatherThanInIt() {
    Role gfce = DATA.role(RoleId.of("ccb-member-gfce"));
    Role ecso = DATA.role(RoleId.of("ccb-member-ecso"));

    assertThat(RoleExplainer.explain(DATA, gfce, Language.FR)).contains("CCB\u00a0: membre du Global Forum on Cyber");
    assertThat(RoleExplainer.explain(DATA, ecso, Language.FR)).contains(
        "CCB\u00a0: membre de l’European Cyber Security");
    assertThat(RoleExplainer.explain(DATA, gfce, Language.NL)).contains("CCB: lid van het Wereldwijd Forum");
    assertThat(RoleExplainer.explain(DATA, gfce, Language.EN)).contains("CCB: member of the Global Forum");
    assertThat(RoleExplainer.explain(DATA, ecso, Language.DE)).contains("CCB: Mitglied der European Cyber Security");
  }

  @Test
  void saysABoardMemberIsAMemberOfTheBoardOnce() {
    Role board = DATA.role(RoleId.of("ccb-director-general-board-member-enisa"));

    assertThat(RoleExplainer.explain(DATA, board, Language.EN)).contains("member of the Management Board")
        .contains("ENISA").doesNotContain("board member");
    assertThat(RoleExplainer.explain(DATA, board, Language.FR)).contains("membre du conseil d’administration");
  }

  @Test
  void saysWhatTheSupportImplementsAndThatNoBasisIsStated() {
    assertThat(RoleExplainer.explain(DATA, DATA.role(RoleId.of("ccb-technical-support-osce-cbm-14")), Language.EN))
        .contains("; implements: ").contains(", CBM 14; no legal basis stated");
    assertThat(RoleExplainer.explain(DATA, DATA.role(RoleId.of("ncca-be-representative-eccg")), Language.FR))
        .contains("\u202f; objet\u00a0: ").contains(", art. 62\u202f; aucune base légale indiquée");
    Role monitoring = DATA.role(RoleId.of("ccb-monitoring-eu-laws"));
    assertThat(List.of(Language.values())).allSatisfy(language ->
        assertThat(RoleExplainer.explain(DATA, monitoring, language)).doesNotContain("be-national"));
  }

  @Test
  void saysInGermanWhoRepresentsTheCcbWithDurch() {
    Role csirts = DATA.role(RoleId.of("ccb-represented-csirts-network"));

    assertThat(RoleExplainer.explain(DATA, csirts, Language.DE)).contains(
        "CCB: vertreten im CSIRT-Netz durch CERT.be;");
  }

  @Test
  void saysBelgiumWithItsArticleAndCase() {
    Role role = DATA.findRole(RoleId.of("ccb-representative-nis-cooperation-group")).orElseThrow();

    assertThat(RoleExplainer.explain(DATA, role, Language.FR))
        .contains("au sein du groupe de coopération").contains("au nom de la Belgique");
    assertThat(RoleExplainer.explain(DATA, role, Language.DE)).contains("im Namen Belgiens");
    assertThat(RoleExplainer.explain(DATA, role, Language.EN)).containsPattern("in the [^;]*Cooperation Group");
  }

  @Test
  void docsShowOneRoleInTheFourLanguagesAsTheCodeSaysItToday() throws IOException {
    String start = "<!-- explain-four-languages:start -->";
    String end = "<!-- explain-four-languages:end -->";
    String page = Files.readString(projectRoot().resolve("docs/api.md"), StandardCharsets.UTF_8);
    int from = page.indexOf(start);
    int to = page.indexOf(end);
    assertThat(from).as("docs/api.md has " + start).isNotNegative();
    assertThat(to).as("docs/api.md has " + end).isGreaterThan(from);
    Dataset today = CcbRelations.bundled();
    Role role = today.findRole(RoleId.of("ccb-representative-nis-cooperation-group")).orElseThrow();
    List<String> lines = new ArrayList<>();
    for (Language language : List.of(Language.FR, Language.NL, Language.DE, Language.EN)) {
      lines.add(language.code() + "  " + RoleExplainer.explain(today, role, language));
    }
    assertThat(page.substring(from + start.length(), to).strip())
        .as("the explanations in docs/api.md are out of date: paste these lines between its markers")
        .isEqualTo("```\n" + String.join("\n", lines) + "\n```");
  }

  /** Every record a sentence about the role may name. */
  private static List<Labelled> named(Role role) {
    List<Labelled> out = new ArrayList<>();
    List<Body> bodies = new ArrayList<>();
    bodies.add(DATA.body(role.holder()));
    role.body().map(DATA::body).ifPresent(bodies::add);
    role.onBehalfOf().map(DATA::body).ifPresent(bodies::add);
    role.via().map(DATA::body).ifPresent(bodies::add);
    role.supports().map(DATA::body).ifPresent(bodies::add);
    role.about().map(DATA::body).ifPresent(bodies::add);
    for (Body b : bodies) {
      out.add(b);
      b.partOf().map(DATA::body).ifPresent(out::add);
    }
    role.subjects().forEach(s -> out.add(DATA.instrument(s.instrument())));
    for (LegalBasis basis : DATA.legalBasesOf(EndedBases.speaker(DATA, role))) {
      out.add(DATA.instrument(basis.instrument()));
    }
    return out;
  }

  /** How many round brackets are open at the deepest point of a text. */
  private static int deepestBracket(String text) {
    int open = 0;
    int deepest = 0;
    for (char c : text.toCharArray()) {
      open += c == '(' ? 1 : c == ')' ? -1 : 0;
      deepest = Math.max(deepest, open);
    }
    return deepest;
  }

  private static boolean containsWord(String sentence, String text) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])").matcher(sentence)
        .find();
  }

  private static Path projectRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("ccb-relations-data"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
