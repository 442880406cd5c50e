package io.github.ccbrelations.data;

import static io.github.ccbrelations.data.Fixture.editRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  /**
   * A value that fails deep in a record hides nothing after it: the rest of its object, the next entries of its list
   * and the record's other fields are read, each mistake at its own place.
   */
  @Test
  void mistakesInsideListsAndNestedObjectsAreEachReportedInOneRun() {
    String text = editRecord(
        editRecord(
            editRecord(
                editRecord("centre-csirt", "\"from\": \"2020-04-09\"", "\"from\": \"2020-04-31\""),
                "centre-csirt", "\"source\": \"example-journal\"", "\"source\": \"no-such-journal\""),
            "centre-csirt", "\"instrument\": \"example-directive-2\"", "\"instrument\": \"Example-Directive-2\""),
        "centre-csirt", "\"paragraph\": 2}", "\"paragraph\": \"2\"}");

    ValidationReport report = Fixture.validate(text);

    assertThat(places(report)).containsExactly(
        tuple(ViolationCode.INVALID_VALUE, 265, 89, "$.roles[1].legalBases[0].validity.from"),
        tuple(ViolationCode.DANGLING_REFERENCE, 266, 33, "$.roles[1].legalBases[0].sources[0].source"),
        tuple(ViolationCode.INVALID_VALUE, 267, 24, "$.roles[1].legalBases[1].instrument"),
        tuple(ViolationCode.SHAPE, 269, 91, "$.roles[1].sources[0].paragraph"));
  }

  @Test
  void everyMistakeOfATextPerLanguageIsReportedWithTheRecordsOthers() {
    String text = editRecord(
        editRecord("example-centre", "\"seat\": {\"en\": \"Example City\", \"fr\": \"Ville-Exemple\"}",
            "\"seat\": {\"xx\": \"Example City\", \"fr\": 3, \"nl\": \"Voorbeeldstad\"}"),
        "example-centre", "\"founded\": \"2024-06\"", "\"founded\": \"2024-13\"");

    ValidationReport report = Fixture.validate(text);

    assertThat(places(report)).containsExactly(
        tuple(ViolationCode.SHAPE, 60, 16, "$.bodies[2].seat.xx"),
        tuple(ViolationCode.SHAPE, 60, 44, "$.bodies[2].seat.fr"),
        tuple(ViolationCode.INVALID_VALUE, 62, 18, "$.bodies[2].founded"));
  }

  @Test
  void theLimitOfViolationsHoldsForTheReadNotEachRecord() {
    String bad = "\"convenedBy\": [" + String.join(", ", Collections.nCopies(Limits.MAX_VIOLATIONS - 1, "5")) + "], ";
    String text = editRecord(editRecord("example-centre", "\"kind\": ", bad + "\"kind\": "),
        "example-agency", "\"kind\": ", bad + "\"kind\": ");

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations()).hasSize(Limits.MAX_VIOLATIONS + 1);
    assertThat(report.violations().get(Limits.MAX_VIOLATIONS).code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    // The read stops at the cap and cannot know whether more follow: it does not say "more than".
    assertThat(report.violations().get(Limits.MAX_VIOLATIONS).message())
        .isEqualTo("the read stops at " + Limits.MAX_VIOLATIONS + " errors, the most it keeps; they are listed: fix"
            + " them and read again");
  }

  /** A record wrong in several fields its own check is about adds them up to the limit, not past it. */
  @Test
  void theLimitOfViolationsHoldsForTheFieldsARecordsOwnCheckRefuses() {
    String bad = "\"convenedBy\": [" + String.join(", ", Collections.nCopies(Limits.MAX_VIOLATIONS - 2, "5")) + "], ";
    String text = editRecord(editRecord("example-centre", "\"kind\": ", bad + "\"kind\": "),
        "centre-council-expert", "\"inCapacityOf\": \"centre-spoc\"", "\"inCapacityOf\": \"centre-council-expert\", "
            + "\"via\": \"example-centre\", \"replacedBy\": \"centre-council-expert\"");

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations()).hasSize(Limits.MAX_VIOLATIONS + 1);
    // The first two that the check names, of the three.
    assertThat(report.violations().subList(Limits.MAX_VIOLATIONS - 2, Limits.MAX_VIOLATIONS))
        .extracting(Violation::jsonPath).containsExactly("$.roles[3].via", "$.roles[3].replacedBy");
    assertThat(report.violations().get(Limits.MAX_VIOLATIONS).code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
  }

  @Test
  void aRepeatAfterAFailedEntryNamesTheEntriesByTheirPlaceInTheFile() {
    String text = editRecord("example-centre", "\"kind\": ",
        "\"convenedBy\": [5, \"example-agency\", \"example-agency\"], \"kind\": ");

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations()).extracting(Violation::jsonPath)
        .containsExactly("$.bodies[2].convenedBy[0]", "$.bodies[2].convenedBy[2]");
    assertThat(report.violations().get(1).message()).startsWith("element 2 of ").contains("repeats element 1 ");
  }

  @Test
  void aTextPerLanguageWithAFailedKeyStillRefusesARepeatedKeyAndABlankTranslation() {
    String seat = "\"seat\": {\"en\": \"Example City\", \"fr\": \"Ville-Exemple\"}";
    String repeated = editRecord("example-centre", seat, "\"seat\": {\"en\": 5, \"en\": \"Example City\"}");
    String blank = editRecord("example-centre", seat, "\"seat\": {\"xx\": \"a\", \"en\": \" \"}");

    assertThat(Fixture.validate(repeated).violations())
        .extracting(Violation::code, Violation::jsonPath)
        .containsExactly(tuple(ViolationCode.SHAPE, "$.bodies[2].seat.en"),
            tuple(ViolationCode.SYNTAX, "$.bodies[2].seat.en"));
    assertThat(Fixture.validate(blank).violations())
        .extracting(Violation::code, Violation::jsonPath)
        .containsExactly(tuple(ViolationCode.SHAPE, "$.bodies[2].seat.xx"),
            tuple(ViolationCode.INVALID_VALUE, "$.bodies[2].seat.en"));
  }

  /**
   * A column counts characters, as an editor does, not the bytes of UTF-8 that the parser counts: on a line with
   * accented letters before the mistake they differ. A stream read once keeps the parser's count.
   */
  @Test
  void aColumnCountsCharactersWhereTheInputCanBeReadAgain(@TempDir Path folder) throws IOException {
    String label = "\"text\": \"Centre d'exemple pour la cybersécurité\"";
    String text = editRecord("example-centre", label + "}", label + ", \"note\": 1}");
    String line = text.lines().filter(l -> l.contains("\"note\"")).findFirst().orElseThrow();
    int characters = line.indexOf("\"note\"") + 1;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path file = Files.writeString(folder.resolve("c.json"), text);

    Validator validator = Validator.standard();
    for (ValidationReport report : List.of(validator.validate(bytes, "c.json"), validator.validate(file),
        validator.validate(new ByteArrayInputStream(bytes), "c.json"))) {
      assertThat(report.violations()).extracting(Violation::code, Violation::line, Violation::column)
          .containsExactly(tuple(ViolationCode.UNKNOWN_FIELD, 55, characters));
    }
    DatasetLoadException once = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(new ByteArrayInputStream(bytes), "c.json"));
    assertThat(once.violations()).extracting(Violation::column).containsExactly(characters + 2);
  }

  @Test
  void aListOfEndlessMistakesEndsTheReadAtTheLimitOfViolations() {
    String ids = String.join(", ", Collections.nCopies(Limits.MAX_VIOLATIONS + 50, "\"X\""));
    String text = editRecord("example-centre", "\"kind\": ", "\"convenedBy\": [" + ids + "], \"kind\": ");

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations()).hasSize(Limits.MAX_VIOLATIONS + 1);
    assertThat(report.violations().get(Limits.MAX_VIOLATIONS - 1).jsonPath())
        .isEqualTo("$.bodies[2].convenedBy[" + (Limits.MAX_VIOLATIONS - 1) + "]");
    assertThat(report.violations().get(Limits.MAX_VIOLATIONS).code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01", "+999999999-06-01", "-0001-01-01", "10000", "2024-1-01", "２０２４"})
  void aDateWithoutAFourDigitYearIsAnInvalidValueAtItsPlace(String date) {
    String text = editRecord("centre-csirt", "\"validity\": {\"from\": \"2020-04-09\"",
        "\"validity\": {\"from\": \"" + date + "\"");

    ValidationReport report = Validator.standard().validate(text.getBytes(StandardCharsets.UTF_8), "dates.json");

    assertThat(places(report))
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

  /**
   * A record that fails to bind still has the id it was read with: a second record with that id is a duplicate,
   * whichever of the two failed, each error at its own place in one run.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      the copy fails     | 1 | 170 | $.bodies[13].kind
      the original fails | 1 |  43 | $.bodies[1].kind
      both fail          | 2 |  43 | $.bodies[1].kind
      """)
  void aRecordThatFailsToBindStillCountsForDuplicateIds(String which, int lowerCaseKinds, int failedLine,
      String failedPath) {
    String text = withCopyOfMission();
    String original = which.equals("the copy fails") ? text : editRecord(text, "ruritania-mission",
        "\"kind\": \"DIPLOMATIC_MISSION\"", "\"kind\": \"diplomatic_mission\"");
    String edited = which.equals("the original fails") ? original : editAfter(original, "\n    {\n      \"id\": "
        + "\"ruritania-mission\"", "\"kind\": \"DIPLOMATIC_MISSION\"", "\"kind\": \"diplomatic_mission\"");

    ValidationReport report = Fixture.validate(edited);

    assertThat(report.violations()).filteredOn(v -> v.code() == ViolationCode.SHAPE).hasSize(lowerCaseKinds)
        .extracting(Violation::line, Violation::column, Violation::jsonPath)
        .startsWith(tuple(failedLine, 15, failedPath));
    assertThat(report.violations()).filteredOn(v -> v.code() == ViolationCode.DUPLICATE_ID)
        .extracting(Violation::line, Violation::column, Violation::jsonPath, v -> v.recordId().orElseThrow())
        .containsExactly(tuple(169, 13, "$.bodies[13].id", "ruritania-mission"));
    assertThat(report.violations()).hasSize(lowerCaseKinds + 1);
  }

  @Test
  void aRefusedIdGivenTwiceIsTwoInvalidValuesAndNoDuplicate() {
    String text = withCopyOfMission().replace("\"id\": \"ruritania-mission\"", "\"id\": \"Ruritania-Mission\"");

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations())
        .extracting(Violation::code, Violation::jsonPath)
        .containsExactly(
            tuple(ViolationCode.INVALID_VALUE, "$.bodies[1].id"),
            tuple(ViolationCode.INVALID_VALUE, "$.bodies[13].id"),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[3].supports"));
  }

  @Test
  void aHeaderThatFailsToBindStillHasItsPrimarySourcesChecked() {
    String text = Fixture.editOnce("\"released\": \"2030-01-15\"", "\"released\": \"2030-13-15\"");
    text = Fixture.editOnce(text, "[\"example-page-fr\"]", "[\"no-such-page\"]");

    ValidationReport report = Fixture.validate(text);

    assertThat(places(report)).containsExactly(
        tuple(ViolationCode.INVALID_VALUE, 5, 17, "$.header.released"),
        tuple(ViolationCode.DANGLING_REFERENCE, 6, 24, "$.header.primarySources[0]"));
  }

  @Test
  void aBrokenTopLevelArrayHidesNoDuplicateId() {
    String text = Fixture.editOnce("\n  ]\n}", "\n  ],\n  \"redirects\": 3\n}");
    text = editRecord(text, "example-forum", "\"example-forum\"", "\"example-network\"");

    ValidationReport report = Fixture.validate(text);

    assertThat(report.violations())
        .extracting(Violation::code, Violation::jsonPath)
        .containsExactly(
            tuple(ViolationCode.DUPLICATE_ID, "$.bodies[12].id"),
            tuple(ViolationCode.SHAPE, "$.redirects"));
  }

  /** Each violation's code, line, column and path, in order. */
  private static List<Tuple> places(ValidationReport report) {
    return report.violations().stream().map(v -> tuple(v.code(), v.line(), v.column(), v.jsonPath())).toList();
  }

  /** The fixture with a copy of body 'ruritania-mission' appended to the bodies, as {@code $.bodies[13]}. */
  private static String withCopyOfMission() {
    String text = Fixture.text();
    int start = text.indexOf("    {\n      \"id\": \"ruritania-mission\"");
    String copy = text.substring(start, text.indexOf("\n    }", start) + "\n    }".length());
    return Fixture.editOnce(text, "\n  ],\n  \"instruments\"", ",\n" + copy + "\n  ],\n  \"instruments\"");
  }

  /** The text with {@code from} replaced by {@code to} at its first occurrence after the last {@code anchor}. */
  private static String editAfter(String text, String anchor, String from, String to) {
    int at = text.indexOf(from, text.lastIndexOf(anchor));
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}
