package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.Fixture.editRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A citation's {@code supports} names fields of the object that cites it, which that object gives: a name it does not
 * give (a typo, a field left out since) would leave the fact it meant uncited, so it is a
 * {@link ViolationCode#DANGLING_REFERENCE} at its own entry, reported with the record's other errors.
 */
class SupportedFieldsTest {
  private static final String AGENCY_CITATION = "\"supports\": [\"establishedBy\", \"founded\"]";

  @Test
  void theFixtureSupportsOnlyFieldsItGives() {
    assertThat(Fixture.validate(Fixture.text()).violations()).isEmpty();
  }

  @Test
  void aMisspeltFieldIsAReferenceToNothingAtItsEntry() {
    String text = editRecord("example-agency", AGENCY_CITATION, "\"supports\": [\"establishedBy\", \"fonded\"]");

    ValidationReport report = Fixture.validate(text);

    int[] place = Fixture.placeOf(text, text.indexOf("\"fonded\""));
    assertThat(report.violations())
        .extracting(Violation::code, Violation::line, Violation::column, Violation::jsonPath,
            v -> v.recordId().orElseThrow())
        .containsExactly(tuple(ViolationCode.DANGLING_REFERENCE, place[0], place[1],
            "$.bodies[6].sources[0].supports[1]", "example-agency"));
    assertThat(report.violations().get(0).message()).isEqualTo("a citation supports 'fonded', a field this Body does"
        + " not give; a citation supports fields of the object that cites it, here id, kind, labels, seat, website,"
        + " establishedBy, founded, validity, description, sources");
  }

  @Test
  void aFieldOfTheTypeThatTheRecordDoesNotGiveIsAReferenceToNothing() {
    String text = editRecord("example-agency", AGENCY_CITATION, "\"supports\": [\"memberCount\"]");

    assertThat(Fixture.codesAndPaths(text))
        .containsExactly(tuple(ViolationCode.DANGLING_REFERENCE, "$.bodies[6].sources[0].supports[0]"));
  }

  /** A label's citation supports the label's fields, not the record's. */
  @Test
  void aCitationInAPartSupportsThePartsFields() {
    String text = editRecord("example-cert", "\"supports\": [\"text\"]", "\"supports\": [\"text\", \"partOf\"]");

    ValidationReport report = Fixture.validate(text);

    int[] place = Fixture.placeOf(text, text.indexOf("\"partOf\"]"));
    assertThat(report.violations())
        .extracting(Violation::code, Violation::line, Violation::column, Violation::jsonPath,
            v -> v.recordId().orElseThrow())
        .containsExactly(tuple(ViolationCode.DANGLING_REFERENCE, place[0], place[1],
            "$.bodies[4].labels[1].sources[0].supports[1]", "example-cert"));
    assertThat(report.violations().get(0).message()).contains("a field this Label does not give")
        .endsWith("here language, kind, text, sources");
  }

  @Test
  void theRecordsOtherErrorsComeInTheSameRun() {
    String text = editRecord("example-agency", AGENCY_CITATION, "\"supports\": [\"establishedBy\", \"fonded\"]");
    text = editRecord(text, "example-agency", "\"kind\": \"EU_AGENCY\"", "\"kind\": \"eu_agency\"");

    assertThat(Fixture.codesAndPaths(text))
        .containsExactly(
            tuple(ViolationCode.SHAPE, "$.bodies[6].kind"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.bodies[6].sources[0].supports[1]"));
  }

  /** A stream is read once: with no second walk to find the entry, the field is told at its list, with its path. */
  @Test
  void readFromAStreamTheFieldIsToldAtItsList() {
    String text = editRecord("example-agency", AGENCY_CITATION, "\"supports\": [\"establishedBy\", \"fonded\"]");

    DatasetLoadException failure = catchThrowableOfType(DatasetLoadException.class, () -> DatasetReader.standard()
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "stream.json"));

    int[] list = Fixture.placeOf(text, text.indexOf("[\"establishedBy\", \"fonded\"]"));
    assertThat(failure.violations())
        .extracting(Violation::code, Violation::line, Violation::column, Violation::jsonPath)
        .containsExactly(tuple(ViolationCode.DANGLING_REFERENCE, list[0], list[1],
            "$.bodies[6].sources[0].supports[1]"));
  }

  /** A repeat left out of the list moves the entries after it: the unknown field is told at the list. */
  @Test
  void afterARepeatTheUnknownFieldIsToldAtTheList() {
    String text = editRecord("example-agency", AGENCY_CITATION,
        "\"supports\": [\"founded\", \"founded\", \"fonded\"]");

    assertThat(Fixture.codesAndPaths(text))
        .containsExactly(
            tuple(ViolationCode.DANGLING_REFERENCE, "$.bodies[6].sources[0].supports"),
            tuple(ViolationCode.INVALID_VALUE, "$.bodies[6].sources[0].supports[1]"));
  }

  /**
   * A file of a newer minor schema version may cite a field this library does not know, which a lenient reader skips
   * with a warning: the object gives it, and the citation is not refused.
   */
  @Test
  void aFieldUnknownToTheFormatThatTheObjectGivesIsSupported() {
    String text = editRecord("example-agency", AGENCY_CITATION, "\"supports\": [\"headcount\"]");
    text = editRecord(text, "example-agency", "\"founded\": \"2025\",", "\"founded\": \"2025\", \"headcount\": 40,");

    List<Violation> warnings = new ArrayList<>();
    DatasetReader.lenient().read(text.getBytes(StandardCharsets.UTF_8), "newer.json", warnings::add);

    assertThat(warnings)
        .extracting(Violation::code, Violation::jsonPath)
        .containsExactly(tuple(ViolationCode.UNKNOWN_FIELD, "$.bodies[6].headcount"));
  }
}
