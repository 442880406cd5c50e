package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Messages are safe to print whatever the file held: no raw control character, bidirectional control or line
 * separator reaches a message, a JSON path or a record id, and no input makes a message, a {@code toString()} or a
 * report large.
 */
class SafeMessagesTest {
  /** What a crafted value could use to forge a line of output or reorder it on a terminal. */
  static final Pattern RAW_CONTROL =
      Pattern.compile("[\\p{Cc}\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ufeff\\p{Cs}]");

  private static final String FORGED_LINE = "\nsmall.json:1:1: SYNTAX at $: all is well\r\u001b[2K\u202e";

  @Test
  void everyPartOfAViolationIsEscaped() {
    Violation v = new Violation(ViolationCode.INVALID_VALUE, Severity.ERROR, "my" + FORGED_LINE + ".json", 3, 4,
        "$.roles[0]." + FORGED_LINE, Optional.of("id" + FORGED_LINE), "bad value 'x" + FORGED_LINE + "'");

    assertThat(List.of(v.source(), v.jsonPath(), v.recordId().orElseThrow(), v.message(), v.toString()))
        .allSatisfy(text -> assertThat(text).doesNotContainPattern(RAW_CONTROL).contains("\\nsmall.json:1:1"));
    assertThat(v.recordId()).hasValue("id\\nsmall.json:1:1: SYNTAX at $: all is well\\r\\u001b[2K\\u202e");
  }

  /** Characters that draw nothing (Unicode's default-ignorable code points) could make one id look like another. */
  @Test
  void charactersThatDrawNothingAreShownEscaped() {
    String invisible = "a\u00ad\u034f\u115f\u17b4\u180e\u200b\u200d\u2060\u2064\u3164\ufe0f\uffa0\udb40\udc41b";
    Violation v = new Violation(ViolationCode.INVALID_VALUE, Severity.ERROR, "s.json", 1, 1, "$." + invisible,
        Optional.of(invisible), "'" + invisible + "'");

    assertThat(v.recordId()).hasValue("a\\u00ad\\u034f\\u115f\\u17b4\\u180e\\u200b\\u200d\\u2060\\u2064\\u3164"
        + "\\ufe0f\\uffa0\\udb40\\udc41b");
    assertThat(v.jsonPath()).isEqualTo("$." + v.recordId().orElseThrow());
    assertThat(v.message()).isEqualTo("'" + v.recordId().orElseThrow() + "'");
  }

  @Test
  void aCraftedFileCannotForgeALineInTheMessagesOfALoadOrAValidation() {
    String json = "\\nsmall.json:1:1: SYNTAX at $: all is well\\r\\u001b[2K\\u202e\\u2028\\u0085";
    String crafted = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\",",
        "\"holder\": \"example-centre" + json + "\", \"x" + json + "\": \"" + json + "\",");
    crafted = Fixture.editRecord(crafted, "centre-csirt", "\"id\": \"centre-csirt\"", "\"id\": \"centre" + json + "\"");
    byte[] bytes = crafted.getBytes(StandardCharsets.UTF_8);

    DatasetLoadException e =
        catchThrowableOfType(DatasetLoadException.class, () -> DatasetReader.standard().read(bytes, "crafted.json"));
    ValidationReport report = DatasetReader.standard().validate(bytes, "crafted.json");

    assertThat(e.violations()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(e.getMessage()).doesNotContainPattern(
        RAW_CONTROL.pattern().replace("\\p{Cc}", "\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f"));
    assertThat(e.getMessage().lines()).allSatisfy(
        line -> assertThat(line).matches("(cannot load dataset|  crafted\\.json:).*"));
    assertThat(report.toString()).doesNotContainPattern(
        RAW_CONTROL.pattern().replace("\\p{Cc}", "\\x00-\\x09\\x0b-\\x1f\\x7f-\\x9f"));
    assertThat(report.violations()).isNotEmpty().allSatisfy(
        v -> assertThat(v.toString()).doesNotContainPattern(RAW_CONTROL));
    assertThat(report.toString()).contains("\\nsmall.json:1:1: SYNTAX");
  }

  @Test
  void longIdsPathsAndValuesAreCutAndSayHowLongTheyWere() {
    String huge = "y".repeat(5_000_000);

    Violation v = new Violation(ViolationCode.UNKNOWN_FIELD, Severity.ERROR, huge, 1, 1, "$.roles[0]." + huge,
        Optional.of(huge), "unknown field '" + huge + "'");

    assertThat(v.source()).hasSizeLessThan(Violation.MAX_PLACE_LENGTH + 30).endsWith("... (5000000 characters)");
    assertThat(v.jsonPath()).hasSizeLessThan(Violation.MAX_PLACE_LENGTH + 30).startsWith("$.roles[0].yyy")
        .endsWith("... (5000011 characters)");
    assertThat(v.recordId().orElseThrow()).hasSizeLessThan(Violation.MAX_ID_LENGTH + 30);
    assertThat(v.message()).hasSizeLessThan(Violation.MAX_MESSAGE_LENGTH + 30).startsWith("unknown field 'yyy");
    assertThat(v.toString()).hasSizeLessThan(2 * Violation.MAX_PLACE_LENGTH + Violation.MAX_ID_LENGTH
        + Violation.MAX_MESSAGE_LENGTH + 200);
  }

  /** A long unknown field name is shortened the same way in its path at the top level as in a record. */
  @Test
  void aLongUnknownFieldNameIsShortenedAlikeAtTheTopAndInARecord() throws IOException {
    String name = "n".repeat(300);
    String base = Files.readString(HostileInputCatalogueTest.file("00-valid-base"));
    String atTop = base.replaceFirst("\\{", "{\"" + name + "\": 1, ");
    String inRecord = base.replaceFirst("\"bodies\": \\[\\s*\\{", "\"bodies\": [{\"" + name + "\": 1, ");

    List<Violation> top = Validator.standard().validate(atTop.getBytes(StandardCharsets.UTF_8), "top.json")
        .violations();
    List<Violation> record = Validator.standard().validate(inRecord.getBytes(StandardCharsets.UTF_8), "record.json")
        .violations();

    String shortened = "n".repeat(117) + "...";
    assertThat(top).singleElement().satisfies(v -> assertThat(v.jsonPath()).isEqualTo("$." + shortened));
    assertThat(record).singleElement().satisfies(v -> assertThat(v.jsonPath()).isEqualTo("$.bodies[0]." + shortened));
  }

  @Test
  void aMillionViolationsMakeAShortMessageReportAndAssertion() {
    String huge = "z\n".repeat(500_000);
    Violation one = new Violation(ViolationCode.DANGLING_REFERENCE, Severity.ERROR, huge, 7, 9, "$." + huge,
        Optional.of(huge), huge);
    List<Violation> million = Collections.nCopies(1_000_000, one);
    List<Violation> mixed = new ArrayList<>(million);
    mixed.add(new Violation(ViolationCode.MISSING_SUCCESSOR, Severity.WARNING, "w.json", 1, 1, "$", Optional.empty(),
        "a warning"));

    String message = new DatasetLoadException(million, null).getMessage();
    String report = new ValidationReport(huge, mixed).toString();

    assertThat(message).hasSizeLessThan(DatasetLoadException.MAX_LISTED * 3_000)
        .startsWith("cannot load dataset, 1000000 errors:\n  ")
        .contains("\n  ... and 999980 more (see violations()); the last:\n  ");
    assertThat(message.lines()).hasSize(DatasetLoadException.MAX_LISTED + 3);
    assertThat(report).hasSizeLessThan(ValidationReport.MAX_LISTED * 3_000)
        .contains(": 1000000 errors, 1 warning\n  ")
        .endsWith("\n  ... and 999901 more (see violations()); the last:\n  w.json:1:1: warning MISSING_SUCCESSOR at"
            + " $: a warning");
    assertThat(report.lines()).hasSize(ValidationReport.MAX_LISTED + 3);
  }

  /** The last violation is the one that ended the read (broken JSON, a passed limit): never left out of the text. */
  @Test
  void theViolationThatEndedTheReadIsShownAfterManyOthers() throws IOException {
    String base = Files.readString(HostileInputCatalogueTest.file("00-valid-base"));
    StringBuilder bodies = new StringBuilder("\"bodies\": [");
    for (int i = 0; i < ValidationReport.MAX_LISTED + 5; i++) {
      bodies.append("{\"id\": \"b").append(i).append("\", \"x\": 1, \"kind\": \"COUNTRY\", ")
          .append("\"labels\": [{\"language\": \"en\", \"kind\": \"NAME\", \"text\": \"B\"}]}, ");
    }
    String many = base.replaceFirst("\"bodies\": \\[", java.util.regex.Matcher.quoteReplacement(bodies.toString()));
    assertThat(many).isNotEqualTo(base);
    // Cut short: the read ends in a syntax error after all the unknown fields.
    byte[] cut = many.substring(0, many.length() - 10).getBytes(StandardCharsets.UTF_8);

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> DatasetReader.standard().read(cut, "cut.json"));
    ValidationReport report = Validator.standard().validate(cut, "cut.json");

    assertThat(e.violations()).hasSizeGreaterThan(ValidationReport.MAX_LISTED).last()
        .satisfies(v -> assertThat(v.code()).isEqualTo(ViolationCode.SYNTAX));
    assertThat(e.getMessage()).endsWith("the last:\n  " + e.violations().get(e.violations().size() - 1));
    assertThat(report.toString()).endsWith("the last:\n  " + report.violations().get(report.violations().size() - 1));
  }

  @Test
  void aShortListIsGivenWhole() {
    Violation a = new Violation(ViolationCode.SYNTAX, Severity.ERROR, "a.json", 1, 2, "$", Optional.empty(), "bad");
    assertThat(new DatasetLoadException(List.of(a), null)).hasMessage(
        "cannot load dataset: a.json:1:2: SYNTAX at $: bad");

    String message = new DatasetLoadException(Collections.nCopies(DatasetLoadException.MAX_LISTED, a), null)
        .getMessage();
    String report = new ValidationReport("a.json", Collections.nCopies(ValidationReport.MAX_LISTED, a)).toString();

    assertThat(message).doesNotContain("more");
    assertThat(message.lines()).hasSize(DatasetLoadException.MAX_LISTED + 1);
    assertThat(report).doesNotContain("more");
    assertThat(report.lines()).hasSize(ValidationReport.MAX_LISTED + 1);
  }
}
