package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.Fixture.editRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A broken record reports every error it holds in one run, each at the place of the offending value. */
class BrokenRecordTest {
  @Test
  void aRoleWithThreeMistakesReportsThreeLocatedViolationsAtOnce() {
    String text = editRecord(
        editRecord(
            editRecord("centre-spoc", "\"level\": \"EUROPEAN\"", "\"level\": \"european\""),
            "centre-spoc", "\"onBehalfOf\": \"ruritania\"", "\"onBehalfOf\": \"atlantis\""),
        "centre-spoc", "\"section\": \"european-level\", \"paragraph\": 1",
        "\"section\": \"european-level\", \"paragraph\": 9");

    ValidationReport report = Validator.standard().validate(text.getBytes(StandardCharsets.UTF_8), "broken.json");

    assertThat(report.violations())
        .extracting(Violation::code, Violation::line, Violation::column, Violation::jsonPath,
            v -> v.recordId().orElseThrow())
        .containsExactly(
            tuple(ViolationCode.DANGLING_REFERENCE, 250, 21, "$.roles[0].onBehalfOf", "centre-spoc"),
            tuple(ViolationCode.SHAPE, 251, 16, "$.roles[0].level", "centre-spoc"),
            tuple(ViolationCode.DANGLING_REFERENCE, 254, 91, "$.roles[0].sources[0].paragraph", "centre-spoc"));
    assertThat(report.violations().get(0).message()).isEqualTo("unknown body 'atlantis'");
    assertThat(report.violations().get(1).message()).startsWith("\"european\" is not a Level; one of: ");
    assertThat(report.violations().get(2).message())
        .isEqualTo("section 'european-level' of source 'example-page-fr' has 4 paragraphs, not 9");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01", "+999999999-06-01", "-0001-01-01", "10000", "2024-1-01", "２０２４"})
  void aDateWithoutAFourDigitYearIsAnInvalidValueAtItsPlace(String date) {
    String text = editRecord("centre-csirt", "\"validity\": {\"from\": \"2020-04-09\"",
        "\"validity\": {\"from\": \"" + date + "\"");

    ValidationReport report = Validator.standard().validate(text.getBytes(StandardCharsets.UTF_8), "dates.json");

    assertThat(report.violations())
        .extracting(Violation::code, Violation::line, Violation::column, Violation::jsonPath)
        .containsExactly(tuple(ViolationCode.INVALID_VALUE, 265, 89, "$.roles[1].legalBases[0].validity.from"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01", "+999999999-06-01", "2026-1-01"})
  void aReleaseDateWithoutAFourDigitYearIsAnInvalidValue(String date) {
    String text = Fixture.editOnce("\"released\": \"", "\"released\": \"" + date + "\", \"x-was\": \"");
    ValidationReport report = DatasetReader.lenient().validate(text.getBytes(StandardCharsets.UTF_8), "d.json");

    assertThat(report.errors()).extracting(Violation::code, Violation::jsonPath)
        .contains(tuple(ViolationCode.INVALID_VALUE, "$.header.released"));
  }
}
