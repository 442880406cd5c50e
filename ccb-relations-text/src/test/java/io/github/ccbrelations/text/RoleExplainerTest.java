package io.github.ccbrelations.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import java.time.LocalDate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one-line explanations of roles, {@link RoleExplainer#explain}, on the small fixture: its bodies are in none of
 * the tables of {@link NounPhrases}, so each is named through a noun whose article is known. The names are in the
 * language asked for whenever the record has a label in it: the fixture's centre has a Dutch name and no Dutch acronym.
 */
class RoleExplainerTest {
  private final Dataset data = Fixture.dataset();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "EN | ECC: single point of contact on behalf of the body “Ruritania”; legal basis: Ruritanian Example Law,"
            + " Art. 7",
        "FR | CEC\u00a0: point de contact unique au nom de l’entité «\u00a0Ruritanie\u00a0»\u202f; base légale\u00a0:"
            + " Loi exemple, art. 7",
        "NL | Voorbeeldcentrum voor Cyberbeveiliging: centraal contactpunt namens de instantie ‘Ruritanië’;"
            + " rechtsgrond: Ruritaanse wet van 5 mei 2021 betreffende de voorbeeldbeveiliging, art. 7",
        "DE | ECC: zentrale Anlaufstelle im Namen der Einrichtung „Ruritanien“; Rechtsgrundlage: Ruritanian Example"
            + " Law, Art. 7",
      })
  void explainsRoleWithPartyAndLegalBasis(Language language, String expected) {
    assertThat(RoleExplainer.explain(data, role("centre-spoc"), language)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "EN | ECC: expert support (on request, from 2026 until the end of December 2029) in the body “Horizontal"
            + " Working Party on Example Issues” (HWPEI), for the body “Permanent Mission of Ruritania to the Example"
            + " Union”; legal basis as single point of contact: Ruritanian Example Law, Art. 7",
        "FR | CEC\u00a0: appui d’expertise (sur demande, à partir de 2026 jusqu’à fin décembre 2029) au sein de"
            + " l’entité «\u00a0Groupe horizontal « Questions d'exemple »\u00a0» (GHQÉ), pour l’entité «\u00a0Mission"
            + " permanente de la Ruritanie auprès de l'Union d'exemple\u00a0»\u202f; base légale en qualité de point"
            + " de contact unique\u00a0: Loi exemple, art. 7",
        "NL | Voorbeeldcentrum voor Cyberbeveiliging: deskundige ondersteuning (op verzoek, vanaf 2026 tot en met"
            + " december 2029) in de instantie ‘Horizontal Working Party on Example Issues’ (HWPEI), voor de instantie"
            + " ‘Permanent Mission of Ruritania to the Example Union’; rechtsgrond als centraal contactpunt:"
            + " Ruritaanse wet van 5 mei 2021 betreffende de voorbeeldbeveiliging, art. 7",
        "DE | ECC: fachliche Unterstützung (auf Anfrage, ab 2026 bis Ende Dezember 2029) in der Einrichtung „Horizontal"
            + " Working Party on Example Issues“ (HWPEI), für die Einrichtung „Permanent Mission of Ruritania to the"
            + " Example Union“; Rechtsgrundlage als zentrale Anlaufstelle: Ruritanian Example Law, Art. 7",
      })
  void explainsConditionalRoleSupportingAPartyOnTheBasisOfItsCapacity(Language language, String expected) {
    assertThat(RoleExplainer.explain(data, role("centre-council-expert"), language)).isEqualTo(expected);
  }

  @Test
  void explainsRoleHeldThroughAPartWithDatedLegalBases() {
    assertThat(RoleExplainer.explain(data, role("centre-csirt"), Language.EN))
        .isEqualTo("ECC: CSIRT in the body “Example Response Network” through the body “CERT.ex”; legal bases:"
            + " Example Directive, Art. 9 (from 9 April 2020 until 17 October 2027); Example Directive 2, Art. 10"
            + " (from 18 October 2027)");
  }

  @Test
  void namesTheParentOfAHolderAndOfABodyThatIsPartOfAnother() {
    assertThat(RoleExplainer.explain(data, role("director-board-member"), Language.EN))
        .isEqualTo("Director of the Example Centre (ECC): member (from June 2025) of the body “Management Board of"
            + " the Example Agency” (EUXA) on behalf of the body “Ruritania”; legal basis: Example Agency Act,"
            + " Art. 15");
  }

  @Test
  void explainsRoleConcerningInstruments() {
    assertThat(RoleExplainer.explain(data, role("centre-monitoring"), Language.EN))
        .isEqualTo("ECC: monitoring; subject: Example Union Strategy for Sample Security, Example CBM Decision;"
            + " no legal basis stated");
  }

  @Test
  void explainNamesEachKindOfSubjectWithItsProvision() {
    // The expert support (valid from 2026) is given a subject of the schema 1.2.0 form; the fixture's monitoring
    // has the concerns of a 1.1.0 file, read as subjects of kind CONCERNS.
    String subject = "\"subjects\": [{\"instrument\": \"example-forum-decision\", \"kind\": \"IMPLEMENTS\","
        + " \"provision\": \"Item 3\", \"sources\": [{\"source\": \"example-page-fr\", \"section\": \"european-level\","
        + " \"paragraph\": 1}]}], ";
    Dataset data = Fixture.load(Fixture.editRecord(Fixture.text(), "centre-council-expert", "\"inCapacityOf\":",
        subject + "\"inCapacityOf\":")).asOf(LocalDate.of(2026, 6, 1));

    assertThat(RoleExplainer.explain(data, data.role(RoleId.of("centre-council-expert")), Language.EN))
        .contains("; implements: ").contains(", Item 3;");
    assertThat(RoleExplainer.explain(data, data.role(RoleId.of("centre-council-expert")), Language.FR))
        .contains("\u202f; met en œuvre\u00a0: ").contains(", Item 3\u202f;");
    assertThat(RoleExplainer.explain(data, data.role(RoleId.of("centre-monitoring")), Language.DE))
        .contains("; Gegenstand: ");
  }

  /**
   * An exercise's name takes no article, so the word for an exercise carries it, after the name in English; where the
   * name already says it is an exercise, English and Dutch do not say it twice.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | ECC: takes part in the Regional Example Exercise (REX); no legal basis stated",
      "FR | CEC\u00a0: participe à l’exercice Regional Example Exercise (REX)\u202f; aucune base légale indiquée",
      "NL | Voorbeeldcentrum voor Cyberbeveiliging: neemt deel aan de Regionale Voorbeeldoefening; geen rechtsgrond"
          + " vermeld",
      "DE | ECC: nimmt an der Übung Regional Example Exercise (REX) teil; keine Rechtsgrundlage angegeben",
  })
  void namesAnExerciseThatSaysItIsOneWithoutTheWordForExercise(Language language, String expected) {
    assertThat(RoleExplainer.explain(data, role("centre-exercise-participant"), language)).isEqualTo(expected);
  }

  /** The English word for an exercise follows its name and brackets, before the party the role is held for. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | ECC: takes part in the Regional Example Drill (REX) exercise on behalf of the body “Ruritania”;",
      "FR | CEC\u00a0: participe à l’exercice Regional Example Drill (REX) au nom de l’entité"
          + " «\u00a0Ruritanie\u00a0»\u202f;",
      "NL | Voorbeeldcentrum voor Cyberbeveiliging: neemt deel aan de oefening Regionale Voorbeeldactie namens de"
          + " instantie ‘Ruritanië’;",
      "DE | ECC: nimmt an der Übung Regional Example Drill (REX) im Namen der Einrichtung „Ruritanien“ teil;",
  })
  void saysTheWordForAnExerciseAroundItsNameBeforeTheParty(Language language, String expected) {
    String text = Fixture.editRecord(Fixture.text(), "example-exercise", "Regional Example Exercise",
        "Regional Example Drill");
    text = Fixture.editRecord(text, "example-exercise", "Regionale Voorbeeldoefening", "Regionale Voorbeeldactie");
    text = Fixture.editRecord(text, "centre-exercise-participant", "\"function\": \"EXERCISE_PARTICIPANT\",",
        "\"function\": \"EXERCISE_PARTICIPANT\", \"onBehalfOf\": \"ruritania\",");
    Dataset edited = Fixture.load(text).allTime();

    assertThat(RoleExplainer.explain(edited, edited.role(RoleId.of("centre-exercise-participant")), language))
        .startsWith(expected);
  }

  /**
   * A subject that is also a legal basis of the role, instrument and provision, is named once, as the basis; another
   * provision of the same instrument, or what the role implements, says something of its own.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "CONCERNS   | Art. 7 | ECC: single point of contact on behalf of the body “Ruritania”; legal basis:",
      "CONCERNS   | Art. 8 | ECC: single point of contact on behalf of the body “Ruritania”; subject: Ruritanian"
          + " Example Law, Art. 8; legal basis:",
      "IMPLEMENTS | Art. 7 | ECC: single point of contact on behalf of the body “Ruritania”; implements: Ruritanian"
          + " Example Law, Art. 7; legal basis:",
  })
  void namesASubjectOnceWhenItIsAlsoTheLegalBasis(String kind, String provision, String expected) {
    String subject = "\"subjects\": [{\"instrument\": \"ruritanian-example-law\", \"kind\": \"" + kind + "\","
        + " \"provision\": \"" + provision + "\", \"sources\": [{\"source\": \"example-page-fr\", \"section\":"
        + " \"european-level\", \"paragraph\": 1}]}], ";
    Dataset edited = Fixture.load(Fixture.editRecord(Fixture.text(), "centre-spoc", "\"legalBases\":",
        subject + "\"legalBases\":")).allTime();

    assertThat(RoleExplainer.explain(edited, edited.role(RoleId.of("centre-spoc")), Language.EN))
        .isEqualTo(expected + " Ruritanian Example Law, Art. 7");
  }

  /** A role with no basis of its own names the bases of the role in whose capacity it is held: those count too. */
  @Test
  void namesASubjectOnceWhenItIsTheBasisOfTheCapacityItIsHeldIn() {
    String subject = "\"subjects\": [{\"instrument\": \"ruritanian-example-law\", \"kind\": \"CONCERNS\","
        + " \"provision\": \"Art. 7\", \"sources\": [{\"source\": \"example-page-fr\", \"section\":"
        + " \"european-level\", \"paragraph\": 1}]}], ";
    Dataset edited = Fixture.load(Fixture.editRecord(Fixture.text(), "centre-council-expert", "\"sources\":",
        subject + "\"sources\":")).allTime();

    assertThat(RoleExplainer.explain(edited, edited.role(RoleId.of("centre-council-expert")), Language.EN))
        .doesNotContain("subject")
        .endsWith("; legal basis as single point of contact: Ruritanian Example Law, Art. 7");
  }

  @Test
  void explainsEveryRoleInEveryLanguageWithoutFailing() {
    SoftAssertions softly = new SoftAssertions();
    for (Role role : data.roles()) {
      for (Language language : Language.values()) {
        softly.assertThatCode(() -> RoleExplainer.explain(data, role, language))
            .as("%s in %s", role.id().value(), language)
            .doesNotThrowAnyException();
      }
    }
    softly.assertAll();
    for (Role role : data.roles()) {
      for (Language language : Language.values()) {
        assertThat(RoleExplainer.explain(data, role, language))
            .as("%s in %s", role.id().value(), language)
            .doesNotContain("null")
            .doesNotEndWith(" ")
            .contains(language == Language.FR ? "\u00a0: " : ": ");
      }
    }
  }

  private Role role(String id) {
    return data.findRole(RoleId.of(id)).orElseThrow();
  }
}
