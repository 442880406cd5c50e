package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.Fixture.codesAndPaths;
import static io.github.ccbrelations.data.Fixture.editRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.ViolationCode;
import org.junit.jupiter.api.Test;

/**
 * A citation that fails, in a value or in its own check, still has what did not fail in it checked in the same read
 * (#14): its source, its section and paragraph in that source, and the fields it says it supports. What failed, or
 * was refused, is left out of the check, so that no mistake is told twice and none is made up.
 */
class RulesOnFailedCitationsTest {
  private static final String CITATION = "{\"source\": \"example-page-fr\", \"section\": \"european-level\", "
      + "\"paragraph\": 1}";

  private static String citing(String citation) {
    return editRecord("centre-spoc", CITATION, citation);
  }

  @Test
  void aCitationRefusedForItsLocatorHasItsParagraphChecked() {
    String text = citing("{\"source\": \"example-page-fr\", \"section\": \"european-level\", \"paragraph\": 99, "
        + "\"locator\": \" \"}");

    assertThat(codesAndPaths(text)).containsExactlyInAnyOrder(
        tuple(ViolationCode.INVALID_VALUE, "$.roles[0].sources[0].locator"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].paragraph"));
  }

  @Test
  void aCitationWithAFailedParagraphHasItsSectionChecked() {
    String text = citing("{\"source\": \"example-page-fr\", \"section\": \"no-such-level\", \"paragraph\": 0}");

    assertThat(codesAndPaths(text)).containsExactlyInAnyOrder(
        tuple(ViolationCode.INVALID_VALUE, "$.roles[0].sources[0].paragraph"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].section"));
  }

  /**
   * The paragraph needs its section, which was refused: it waits, and is not refused for lacking it; what the citation
   * supports is checked.
   */
  @Test
  void aCitationRefusedForItsSectionHasNeitherItsSectionNorItsParagraphChecked() {
    String text = citing("{\"source\": \"example-page-fr\", \"section\": \"European Level\", \"paragraph\": 99, "
        + "\"supports\": [\"inforce\"]}");

    assertThat(codesAndPaths(text)).containsExactlyInAnyOrder(
        tuple(ViolationCode.INVALID_VALUE, "$.roles[0].sources[0].section"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].supports[0]"));
  }

  @Test
  void aFailedCitationHasWhatItSupportsChecked() {
    String text = citing("{\"source\": \"example-page-fr\", \"section\": \"european-level\", \"paragraph\": 1, "
        + "\"locator\": \" \", \"supports\": [\"level\", \"inforce\"]}");

    assertThat(codesAndPaths(text)).containsExactlyInAnyOrder(
        tuple(ViolationCode.INVALID_VALUE, "$.roles[0].sources[0].locator"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].supports[1]"));
  }

  @Test
  void aCitationThatFailedInAValueHasAnUnknownSupportedFieldToldAtItsEntry() {
    String text = citing("{\"source\": \"example-page-fr\", \"section\": \"european-level\", \"paragraph\": 0, "
        + "\"supports\": [\"level\", \"inforce\"]}");

    assertThat(codesAndPaths(text)).containsExactlyInAnyOrder(
        tuple(ViolationCode.INVALID_VALUE, "$.roles[0].sources[0].paragraph"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].supports[1]"));
  }

  /** Not even where the file has a source of the stand-in's id. */
  @Test
  void aCitationWhoseSourceFailedIsNotCheckedAgainstAStandIn() {
    String text = citing("{\"source\": \"Example Page\", \"section\": \"european-level\", \"paragraph\": 99}")
        .replace("example-page-fr", "stand-in");

    assertThat(codesAndPaths(text)).containsExactly(tuple(ViolationCode.INVALID_VALUE, "$.roles[0].sources[0].source"));
  }

  /** The others of a list with an entry that failed are the file's, but not at the file's indexes: told at the list. */
  @Test
  void theOtherEntriesOfAFailedSupportsListAreCheckedAndToldAtTheList() {
    String text = citing("{\"source\": \"example-page-fr\", \"section\": \"european-level\", \"paragraph\": 99, "
        + "\"supports\": [\"inforce\", \"level\\u0007\"]}");

    assertThat(codesAndPaths(text)).containsExactlyInAnyOrder(
        tuple(ViolationCode.INVALID_VALUE, "$.roles[0].sources[0].supports[1]"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].paragraph"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].supports"));
  }

  /** Its list refused by the citation's own check stands in empty: the other entries wait for the next run. */
  @Test
  void aCitationRefusedForABlankSupportedFieldHasItsParagraphChecked() {
    String text = citing("{\"source\": \"example-page-fr\", \"section\": \"european-level\", \"paragraph\": 99, "
        + "\"supports\": [\"inforce\", \" \"]}");

    assertThat(codesAndPaths(text)).containsExactlyInAnyOrder(
        tuple(ViolationCode.INVALID_VALUE, "$.roles[0].sources[0].supports[1]"),
        tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].sources[0].paragraph"));
  }
}
