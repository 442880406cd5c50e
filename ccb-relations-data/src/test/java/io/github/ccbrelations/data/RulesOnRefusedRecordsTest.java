package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.Fixture.codesAndPaths;
import static io.github.ccbrelations.data.Fixture.editOnce;
import static io.github.ccbrelations.data.Fixture.editRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Language;
import org.junit.jupiter.api.Test;

/**
 * A record that its own check refuses (a blank title, a role acting via its own holder, an instrument without a label)
 * is built again with stand-ins for the refused fields, so that the rules between records judge the rest in the same
 * read (#14): each mistake of a broken record is told at once. A rule that would read a stand-in waits.
 */
class RulesOnRefusedRecordsTest {
  @Test
  void aSourceRefusedForItsTitleHasItsDatesAndCitationsJudged() {
    String text = editRecord(editRecord(editRecord("example-page-fr",
        "\"title\": \"Relations internationales du Centre d'exemple\"", "\"title\": \" \""),
        "example-page-fr", "\"consulted\": \"2030-01-10\"", "\"consulted\": \"1500-01-10\""),
        "centre-spoc", "\"section\": \"european-level\", \"paragraph\": 1}",
        "\"section\": \"european-level\", \"paragraph\": 99}");

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.sources[0].title"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.sources[0].consulted"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].paragraph"));
  }

  @Test
  void aRoleRefusedForActingViaItsHolderHasItsDatesJudged() {
    String text = editRecord("centre-csirt", "\"via\": \"example-cert\"",
        "\"via\": \"example-centre\", \"validity\": {\"from\": \"1500\"}");

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.roles[1].via"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.roles[1].validity.from"));
  }

  /** Its one basis refused, a role stated on the page has none, which its status refuses too: both stand in. */
  @Test
  void aRoleWhoseOnlyLegalBasisFailedHasItsDatesJudged() {
    String text = editRecord(editRecord("centre-spoc", "\"provision\": \"Art. 7\"", "\"provision\": \" \""),
        "centre-spoc", "\"level\": \"EUROPEAN\"", "\"level\": \"EUROPEAN\", \"validity\": {\"from\": \"1500\"}");

    assertThat(codesAndPaths(text)).containsExactlyInAnyOrder(
        tuple(ViolationCode.INVALID_VALUE, "$.roles[0].legalBases[0].provision"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.roles[0].validity.from"));
  }

  @Test
  void anInstrumentWithoutALabelHasItsDatesJudged() {
    String text = editRecord(editRecord("example-strategy",
        "{\"language\": \"en\", \"kind\": \"NAME\", \"text\": \"Example Union Strategy for Sample Security\"}", ""),
        "example-strategy", "\"adopted\": \"2023\"", "\"adopted\": \"1500\"");

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.instruments[4].labels"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.instruments[4].adopted"));
  }

  /**
   * An instrument adopted in the future has its publication refused for coming first: the adoption, which may as well
   * be the wrong date, stands in, and the dates after it are judged by the rules, but the one refused.
   */
  @Test
  void theDatesAfterARefusedAdoptionAreJudged() {
    String text = editRecord(editRecord("example-directive", "\"adopted\": \"2020-03-02\"",
        "\"adopted\": \"2999-03-02\""), "example-directive", "\"endOfValidity\"",
        "\"appliesFrom\": \"2019-01-01\", \"endOfValidity\"");

    // Before its adoption and its entry into force: refused for the first, it waits for the second.
    String early = editRecord("example-directive-2", "\"appliesFrom\": \"2027-10-18\"",
        "\"appliesFrom\": \"2025-06-01\"");

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.instruments[0].published"),
        tuple(ViolationCode.INVALID_DATE_ORDER, "$.instruments[0].appliesFrom"));
    assertThat(codesAndPaths(early))
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.instruments[1].appliesFrom"));
  }

  @Test
  void aHeaderWithoutPrimarySourcesStillGivesItsReleaseDate() {
    String text = editRecord(editOnce("\"primarySources\": [\"example-page-fr\"]", "\"primarySources\": []"),
        "example-directive-2", "\"appliesFrom\": \"2027-10-18\"", "\"appliesFrom\": \"2099-10-18\"");

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.header.primarySources"),
        tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.instruments[1].appliesFrom"));
  }

  /** Of two sources with one id, the first keeps it: a citation waits while its sections failed, whatever follows. */
  @Test
  void aCitationOfASourceWhoseSectionsFailedWaits() {
    String text = editOnce(editOnce(editOnce("\"paragraphs\": 2}", "\"paragraphs\": \"2\"}"),
        "\"id\": \"example-journal\"", "\"id\": \"example-page-fr\""), "\"title\": \"Example Official Journal\",",
        "\"title\": \" \", \"sections\": [{\"id\": \"european-level\", \"heading\": \"N\", \"paragraphs\": 4}],");

    assertThat(Fixture.validate(text).violations()).extracting(Violation::message)
        .contains("source title must not be blank: ' '")
        .noneMatch(message -> message.contains("no section 'international-level'"));
  }

  /**
   * The stand-in for labels refused for two official names in one language has no English name: the rules that read
   * labels wait rather than call it missing.
   */
  @Test
  void aRuleThatReadsAStandInWaits() {
    String text = editRecord("example-network", "{\"language\": \"fr\", \"kind\": \"ACRONYM\", \"text\": \"REX\"}",
        "{\"language\": \"fr\", \"kind\": \"NAME\", \"text\": \"REX\"}");

    assertThat(codesAndPaths(Validator.standard().requireBodyNamesIn(Language.EN), text))
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.bodies[10].labels"));
  }
}
