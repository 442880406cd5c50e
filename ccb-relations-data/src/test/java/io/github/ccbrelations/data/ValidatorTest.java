package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules the validator adds to the loader's, its report, its options and its entry points. */
class ValidatorTest {
  /** One edit of the fixture and the one violation it must draw. */
  record Rule(String name, String input, ViolationCode code, Severity severity, String path, String messagePart) {
    Rule withSecondEdit(String recordId, String from, String to) {
      return new Rule(name, Fixture.editRecord(input, recordId, from, to), code, severity, path, messagePart);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final Severity ERROR = Severity.ERROR;

  static Stream<Rule> rules() {
    return Stream.of(
        new Rule("adoption before 1800", Fixture.editRecord("example-strategy", "\"2023\"", "\"1750\""),
            ViolationCode.IMPLAUSIBLE_DATE, ERROR, "$.instruments[4].adopted", "before 1800"),
        new Rule("adoption years after the release", Fixture.editRecord("example-strategy", "\"2023\"", "\"2035\""),
            ViolationCode.IMPLAUSIBLE_DATE, ERROR, "$.instruments[4].adopted", "past event"),
        new Rule("end of validity a century away",
            Fixture.editRecord("example-directive", "\"2027-10-17\"", "\"2127-10-17\""),
            ViolationCode.IMPLAUSIBLE_DATE, ERROR, "$.instruments[0].endOfValidity", "50 years"),
        new Rule("source consulted years after the release",
            Fixture.editRecord("example-page-fr", "\"2030-01-10\"", "\"2033-01-10\""),
            ViolationCode.IMPLAUSIBLE_DATE, ERROR, "$.sources[0].consulted", "2033-01-10"),
        new Rule("release outside the month of the version", Fixture.editOnce("\"2030-01-15\"", "\"2030-02-15\""),
            ViolationCode.IMPLAUSIBLE_DATE, ERROR, "$.header.released", "2030.01.0"),
        new Rule("applies before entry into force",
            Fixture.editRecord("example-directive-2", "\"2027-10-18\"", "\"2026-01-20\""),
            ViolationCode.INVALID_DATE_ORDER, ERROR, "$.instruments[1].appliesFrom", "before it enters into force"),
        new Rule("valid before founded", Fixture.editRecord("example-agency", "\"2025-03-01\"", "\"2024-03-01\""),
            ViolationCode.INVALID_DATE_ORDER, ERROR, "$.bodies[6].validity.from", "before it was founded"),
        new Rule("legal basis before its instrument was adopted",
            Fixture.editRecord("centre-csirt", "{\"from\": \"2020-04-09\"", "{\"from\": \"2019-04-09\""),
            ViolationCode.INVALID_DATE_ORDER, ERROR, "$.roles[1].legalBases[0].validity.from", "adopted"),
        new Rule("legal basis after its instrument ended",
            Fixture.editRecord("centre-csirt", "\"to\": \"2027-10-17\"", "\"to\": \"2028-10-17\""),
            ViolationCode.INVALID_DATE_ORDER, ERROR, "$.roles[1].legalBases[0].validity.to", "ceased"),
        new Rule("CELEX on a strategy",
            Fixture.editRecord("example-strategy", "\"adopted\": \"2023\"",
                "\"adopted\": \"2023\", \"celex\": \"52023DC0001\""),
            ViolationCode.IDENTIFIER_MISMATCH, ERROR, "$.instruments[4].celex", "STRATEGY"),
        new Rule("numac on an EU directive",
            Fixture.editRecord("example-directive", "\"celex\"", "\"numac\": \"2020099999\", \"celex\""),
            ViolationCode.IDENTIFIER_MISMATCH, ERROR, "$.instruments[0].numac", "EU_DIRECTIVE"),
        new Rule("OSCE symbol on a strategy",
            Fixture.editRecord("example-strategy", "\"adopted\"", "\"osceDecision\": \"PC.DEC/1\", \"adopted\""),
            ViolationCode.IDENTIFIER_MISMATCH, ERROR, "$.instruments[4].osceDecision", "STRATEGY"),
        new Rule("EU ELI of another act than the CELEX number",
            Fixture.editRecord("example-directive", "/dir/2020/9999/oj", "/dir/2020/9998/oj"),
            ViolationCode.IDENTIFIER_MISMATCH, ERROR, "$.instruments[0].eli", "2020/9999"),
        new Rule("Belgian ELI with another numac",
            Fixture.editRecord("ruritanian-example-law", "/05/2021099999", "/05/2021099998"),
            ViolationCode.IDENTIFIER_MISMATCH, ERROR, "$.instruments[3].eli", "2021099998"),
        new Rule("acronym of another body in the same language",
            Fixture.editRecord("example-forum", "\"GFEE\"", "\"E.U.X.A.\""),
            ViolationCode.SHARED_ACRONYM, ERROR, "$.bodies[12].labels[1].text", "'example-agency' and 'example-forum'"),
        new Rule("repealed instrument without successor",
            Fixture.editRecord("example-directive", "\"replacedBy\": \"example-directive-2\",", ""),
            ViolationCode.MISSING_SUCCESSOR, Severity.WARNING, "$.instruments[0]", "example-directive-2"),
        new Rule("ended instrument without successor",
            Fixture.editRecord("example-strategy", "\"adopted\": \"2023\"",
                "\"adopted\": \"2023\", \"endOfValidity\": \"2028\""),
            ViolationCode.MISSING_SUCCESSOR, Severity.WARNING, "$.instruments[4]", "ended (2028)"),
        new Rule("succession of roles in a loop",
            Fixture.editRecord("centre-spoc", "\"level\"", "\"replacedBy\": \"centre-csirt\", \"level\""),
            ViolationCode.CYCLE, ERROR, "$.roles[0].replacedBy", "centre-spoc -> centre-csirt -> centre-spoc")
            .withSecondEdit("centre-csirt", "\"level\"", "\"replacedBy\": \"centre-spoc\", \"level\""),
        new Rule("roles in each other's capacity",
            Fixture.editRecord("centre-spoc", "\"level\"", "\"inCapacityOf\": \"centre-council-expert\", \"level\""),
            ViolationCode.CYCLE, ERROR, "$.roles[0].inCapacityOf",
            "centre-spoc -> centre-council-expert -> centre-spoc"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void eachRuleIsReportedWithCodeSeverityAndPlace(Rule rule) {
    ValidationReport report = validate(rule.input());

    assertThat(report.violations())
        .as(report.toString())
        .filteredOn(v -> v.code() == rule.code())
        .first()
        .satisfies(v -> {
          assertThat(v.severity()).isEqualTo(rule.severity());
          assertThat(v.jsonPath()).isEqualTo(rule.path());
          assertThat(v.line()).isPositive();
          assertThat(v.recordId().isPresent()).as("in a record").isEqualTo(!rule.path().startsWith("$.header"));
          assertThat(v.message()).contains(rule.messagePart());
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void loaderFailsOnTheSameErrorsAndAcceptsWarnings(Rule rule) {
    byte[] bytes = rule.input().getBytes(StandardCharsets.UTF_8);
    if (rule.severity() == Severity.WARNING) {
      assertThat(DatasetReader.standard().read(bytes, "warned.json").info().sourceName()).isEqualTo("warned.json");
      return;
    }
    DatasetLoadException e =
        catchThrowableOfType(DatasetLoadException.class, () -> DatasetReader.standard().read(bytes, "bad.json"));

    assertThat(e).isNotNull();
    assertThat(e.violations()).isEqualTo(validate(rule.input()).errors());
  }

  @Test
  void reportsEveryViolationOfABrokenFileInOneRun() {
    String text = Fixture.editRecord("example-directive", "\"32020L9999\"", "\"2020L9999\"");
    text = Fixture.editRecord(text, "example-agency-regulation", "\"2025-02-10\"", "\"1750\"");
    text = Fixture.editRecord(text, "centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\"");
    text = Fixture.editRecord(text, "example-forum", "\"GFEE\"", "\"EUXA\"");
    text = Fixture.editRecord(text, "centre-monitoring", "\"level\": \"INTERNATIONAL\"", "\"level\": \"GALACTIC\"");
    text = Fixture.editOnce(text, "\n  \"sources\": [", "\n  \"extra\": true, \"sources\": [");

    ValidationReport report = validate(text);

    assertThat(report.isValid()).isFalse();
    assertThat(report.violations())
        .extracting(Violation::code, Violation::jsonPath, Violation::line)
        .containsExactly(
            tuple(ViolationCode.UNKNOWN_FIELD, "$.extra", 8),
            tuple(ViolationCode.SHARED_ACRONYM, "$.bodies[12].labels[1].text", 163),
            tuple(ViolationCode.INVALID_VALUE, "$.instruments[0].celex", 178),
            tuple(ViolationCode.IMPLAUSIBLE_DATE, "$.instruments[2].adopted", 209),
            tuple(ViolationCode.DANGLING_REFERENCE, "$.roles[0].holder", 248),
            tuple(ViolationCode.SHAPE, "$.roles[7].level", 330));
    assertThat(report.toString())
        .startsWith("bad.json: 6 errors, 0 warnings\n  bad.json:8:")
        .contains("\n  bad.json:248:17: DANGLING_REFERENCE at $.roles[0].holder (record 'centre-spoc'): unknown body"
            + " 'nobody'");
  }

  @Test
  void fixtureIsValidWithoutWarnings() {
    ValidationReport report = Validator.standard().validate(Fixture.path());

    assertThat(report.violations()).isEmpty();
    assertThat(report.isValid()).isTrue();
    assertThat(report).hasToString(Fixture.path() + ": valid, no violations");
  }

  @Test
  void warningsLeaveTheReportValidAndAreListed() {
    ValidationReport report =
        validate(Fixture.editRecord("example-directive", "\"replacedBy\": \"example-directive-2\",", ""));

    assertThat(report.isValid()).isTrue();
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).extracting(Violation::code).containsExactly(ViolationCode.MISSING_SUCCESSOR);
    assertThat(report.toString()).startsWith(
        "bad.json: valid, 0 errors, 1 warning\n  bad.json:170:5: warning MISSING_SUCCESSOR");
  }

  @Test
  void requiredLanguagesNameEveryBodyWithoutOne() {
    ValidationReport report = Validator.standard().requireBodyNamesIn(Language.FR, Language.NL)
        .validate(Fixture.bytes(), Fixture.NAME);

    assertThat(report.violations(ViolationCode.MISSING_LANGUAGE))
        .extracting(v -> v.recordId().orElseThrow())
        .contains("ruritania-mission", "example-cert")
        .doesNotContain("ruritania", "example-centre");
    assertThat(report.violations(ViolationCode.MISSING_LANGUAGE))
        .filteredOn(v -> v.recordId().orElseThrow().equals("ruritania-mission"))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("'nl'").doesNotContain("'fr'"));
  }

  @Test
  void aBodyThatSaysItHasNoOfficialNameInALanguageIsNotMissingIt() {
    String text = Fixture.editRecord("ruritania-mission", "\"labels\": [", "\"noOfficialName\": [{\"languages\":"
        + " [\"nl\"], \"kind\": \"NOT_A_LANGUAGE_OF_THE_ISSUER\", \"reason\": \"no Dutch version\"}], \"labels\": [");

    ValidationReport report = Validator.standard().requireBodyNamesIn(Language.FR, Language.NL)
        .validate(text.getBytes(StandardCharsets.UTF_8), "marked.json");

    assertThat(report.violations(ViolationCode.MISSING_LANGUAGE)).extracting(v -> v.recordId().orElseThrow())
        .contains("example-cert").doesNotContain("ruritania-mission");
  }

  @Test
  void readerWithAValidatorRefusesWhatItsOptionsForbid() {
    DatasetReader strict = DatasetReader.standard().withValidator(Validator.standard().requireBodyNamesIn(Language.DE));

    DatasetLoadException e = catchThrowableOfType(
        DatasetLoadException.class, () -> strict.read(Fixture.bytes(), "x.json"));

    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(Violation::code).containsOnly(ViolationCode.MISSING_LANGUAGE);
  }

  @Test
  void earliestYearAndToleranceAreOptions() {
    String text = Fixture.editRecord("example-strategy", "\"2023\"", "\"1790\"");
    text = Fixture.editRecord(text, "example-forum-decision", "\"2022-12\"", "\"2031-06\"");

    assertThat(validate(text).violations(ViolationCode.IMPLAUSIBLE_DATE)).hasSize(2);
    assertThat(Validator.standard().withEarliestYear(1700).withPastEventTolerance(Period.ofYears(2))
        .validate(text.getBytes(StandardCharsets.UTF_8), "x.json").violations()).isEmpty();
  }

  @Test
  void validatesALoadedDatasetByItsRecords() {
    ValidationReport report = Validator.standard().requireBodyNamesIn(Language.EN).validate(Fixture.dataset());

    assertThat(report.source()).isEqualTo(Fixture.NAME);
    assertThat(report.violations()).isEmpty();
    assertThat(Validator.standard().requireBodyNamesIn(Language.NL).validate(Fixture.dataset()).violations())
        .allSatisfy(v -> assertThat(v).extracting(Violation::code, Violation::line)
            .containsExactly(ViolationCode.MISSING_LANGUAGE, 0))
        .isNotEmpty();
  }

  @Test
  void everyEntryPointGivesTheSameReport() {
    byte[] bytes = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\"")
        .getBytes(StandardCharsets.UTF_8);

    ValidationReport fromBytes = Validator.standard().validate(bytes, "same.json");

    assertThat(Validator.standard().validate(new ByteArrayInputStream(bytes), "same.json")).isEqualTo(fromBytes);
    assertThat(DatasetReader.standard().validate(bytes, "same.json")).isEqualTo(fromBytes);
  }

  @Test
  void unreadableFileIsOneUnreadableViolation() {
    ValidationReport report = Validator.standard().validate(Path.of("no-such-dir", "no-such-file.json"));

    assertThat(report.violations()).singleElement().extracting(Violation::code).isEqualTo(ViolationCode.UNREADABLE);
  }

  @Test
  void brokenJsonEndsTheCheckWithTheViolationsFoundBefore() {
    String text = Fixture.editRecord("example-directive", "\"32020L9999\"", "\"2020L9999\"");
    text = text.substring(0, text.indexOf("\"roles\": [") + 12);

    assertThat(validate(text).violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.INVALID_VALUE, ViolationCode.SYNTAX);
  }

  @Test
  void badOptionsAreRefused() {
    assertThatThrownBy(() -> Validator.standard().withEarliestYear(99)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("99");
    assertThatThrownBy(() -> Validator.standard().withPastEventTolerance(Period.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  private static ValidationReport validate(String text) {
    return Validator.standard().validate(text.getBytes(StandardCharsets.UTF_8), "bad.json");
  }
}
