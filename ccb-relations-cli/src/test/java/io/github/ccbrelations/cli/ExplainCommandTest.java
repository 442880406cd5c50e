package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code explain} in this JVM: a record named twice, by the same name or by two, is explained once; a body where the
 * CCB holds no role says so in the language asked for.
 */
class ExplainCommandTest {
  @ParameterizedTest
  @ValueSource(strings = {"2020-13-01", "2020-02-30", "+2020-01-01", "20200601", "2020-6-1", "today", ""})
  void aDayThatIsNoDateIsRefusedInTheToolsWords(String day) {
    Run run = Run.of("explain", "--as-of", day, "enisa");

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.err()).startsWith("Invalid value for option '--as-of': a date is a day of the calendar written "
        + "year-month-day, such as 2020-06-01: '" + day + "'" + System.lineSeparator() + "Usage: ccb-relations explain")
        .doesNotContain("Text '", "parsed", "index");
  }

  @Test
  void explainsABodyNamedByTwoOfItsNamesOnce() {
    Run once = Run.of("explain", "hwpci");
    Run twice = Run.of("explain", "hwpci", "gthqc", "Horizontal Working Party on Cyber Issues");

    assertThat(once.status()).as("%s", once).isZero();
    assertThat(once.out()).startsWith("== Horizontal Working Party on Cyber Issues\n- CCB: expert support in the");
    assertThat(twice.status()).as("%s", twice).isZero();
    assertThat(twice.out()).isEqualTo(once.out());
    assertThat(twice.err()).isEmpty();
  }

  @Test
  void keepsTheOrderInWhichEachBodyWasFirstNamed() {
    Run hwpci = Run.of("explain", "--lang", "fr", "hwpci");
    Run enisa = Run.of("explain", "--lang", "fr", "enisa");
    Run both = Run.of("explain", "--lang", "fr", "gthqc", "ENISA", "hwpci", "enisa");

    assertThat(hwpci.out()).startsWith("== ").contains("- ");
    assertThat(enisa.out()).startsWith("== ").isNotEqualTo(hwpci.out());
    assertThat(both.status()).as("%s", both).isZero();
    assertThat(both.out()).isEqualTo(hwpci.out() + enisa.out());
  }

  @Test
  void explainsARoleNamedTwiceOnce() {
    Run once = Run.of("explain", "ccb-csirt");
    Run twice = Run.of("explain", "ccb-csirt", "ccb-csirt");

    assertThat(once.out().lines()).singleElement().asString().startsWith("CCB: CSIRT through CERT.be;");
    assertThat(twice.out()).isEqualTo(once.out());
  }

  @Test
  void stillReportsANameThatMatchesNothingAfterOneThatWasShown() {
    Run run = Run.of("explain", "hwpci", "hwpci", "no-such-body");

    assertThat(run.status()).isEqualTo(ExitStatus.FAILED);
    assertThat(run.out()).isEqualTo(Run.of("explain", "hwpci").out());
    assertThat(run.err().lines()).containsExactly("ccb-relations: no role or body matches \"no-such-body\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | no role or body matches \"no-such-body\"",
      "fr | aucun rôle ni aucune entité ne correspond à \"no-such-body\"",
      "nl | geen rol of instantie gevonden voor \"no-such-body\"",
      "de | keine Rolle oder Einrichtung für \"no-such-body\" gefunden",
  })
  void saysInTheLanguageAskedForThatANameMatchedNothing(String language, String message) {
    Run run = Run.of("explain", "--lang", language, "no-such-body");

    assertThat(run.status()).isEqualTo(ExitStatus.FAILED);
    assertThat(run.err().lines()).containsExactly("ccb-relations: " + message);
  }

  /** A typo gets the closest bodies' names, as find gives them; an instrument, which explain does not take, is none. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "en | ENSIA | no role or body matches \"ENSIA\"; did you mean ENISA (body enisa)?",
      "fr | ENSIA | aucun rôle ni aucune entité ne correspond à \"ENSIA\"\u202f; "
          + "vouliez-vous dire ENISA (entité enisa)\u202f?",
      "de | OTAM  | keine Rolle oder Einrichtung für \"OTAM\" gefunden; meinten Sie OTAN (Einrichtung nato)?",
      "en | NIS3  | no role or body matches \"NIS3\"",
  })
  void suggestsTheClosestBodiesForATypo(String language, String typed, String message) {
    Run run = Run.of("explain", "--lang", language, typed);

    assertThat(run.status()).isEqualTo(ExitStatus.FAILED);
    assertThat(run.err().lines()).containsExactly("ccb-relations: " + message);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "en | 2026-12-03 | == Belgium         | (no role of the CCB there on 3 December 2026)",
      "fr | 2026-12-03 | == Belgique        | (le CCB n’y exerce aucun rôle le 3 décembre 2026)",
      "fr | 2026-12-01 | == Belgique        | (le CCB n’y exerce aucun rôle le 1er décembre 2026)",
      "nl | 2026-12-03 | == België          | (het CCB vervult daar op 3 december 2026 geen rol)",
      "de | 2026-12-03 | == Belgien         | (das CCB nimmt dort am 3. Dezember 2026 keine Rolle wahr)",
  })
  void saysInTheLanguageAskedForThatTheCcbHoldsNoRoleInABody(String language, String day, String heading,
      String note) {
    Run run = Run.of("explain", "--lang", language, "--as-of", day, "belgium");

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out().lines()).containsExactly(heading, note);
  }

  /** A provision is cited as the language abbreviates "article": lower case in French and Dutch legal writing. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en | legal basis: Cybersecurity Act, Art. 14",
      "fr | base légale\u00a0: règlement sur la cybersécurité, art. 14",
      "nl | rechtsgrond: cyberbeveiligingsverordening, art. 14",
      "de | Rechtsgrundlage: Rechtsakt zur Cybersicherheit, Art. 14",
  })
  void citesAnArticleAsTheLanguageAbbreviatesIt(String language, String ending) {
    Run run = Run.of("explain", "--lang", language, "--as-of", "2026-12-03",
        "ccb-director-general-board-member-enisa");

    assertThat(run.status()).as("%s", run).isZero();
    assertThat(run.out().lines()).singleElement().asString().endsWith(ending);
  }
}
