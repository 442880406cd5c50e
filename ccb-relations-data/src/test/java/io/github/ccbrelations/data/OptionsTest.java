package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every option of {@link Validator} and {@link Limits} is checked when it is set: an absurd value is refused there,
 * with a message that names the option and the value, and every value accepted is one the reader can work with.
 */
class OptionsTest {
  static Stream<Arguments> absurdOptions() {
    Limits l = Limits.defaults();
    Validator v = Validator.standard();
    return Stream.of(
        absurd("maxDocumentBytes", "0", () -> l.withMaxDocumentBytes(0)),
        absurd("maxDocumentBytes", "-1", () -> l.withMaxDocumentBytes(-1)),
        absurd("maxDocumentBytes", String.valueOf(Long.MIN_VALUE), () -> l.withMaxDocumentBytes(Long.MIN_VALUE)),
        absurd("maxDepth", "7", () -> l.withMaxDepth(7)),
        absurd("maxDepth", "0", () -> l.withMaxDepth(0)),
        absurd("maxDepth", "10001", () -> l.withMaxDepth(10_001)),
        absurd("maxDepth", String.valueOf(Integer.MAX_VALUE), () -> l.withMaxDepth(Integer.MAX_VALUE)),
        absurd("maxDepth", String.valueOf(Integer.MIN_VALUE), () -> l.withMaxDepth(Integer.MIN_VALUE)),
        absurd("maxStringLength", "0", () -> l.withMaxStringLength(0)),
        absurd("maxStringLength", String.valueOf(Integer.MIN_VALUE), () -> l.withMaxStringLength(Integer.MIN_VALUE)),
        absurd("maxRecords", "0", () -> l.withMaxRecords(0)),
        absurd("maxRecords", "-5", () -> l.withMaxRecords(-5)),
        absurd("earliestYear", "999", () -> v.withEarliestYear(999)),
        absurd("earliestYear", "10000", () -> v.withEarliestYear(10_000)),
        absurd("earliestYear", "-2024", () -> v.withEarliestYear(-2024)),
        absurd("earliestYear", String.valueOf(Integer.MAX_VALUE), () -> v.withEarliestYear(Integer.MAX_VALUE)),
        absurd("pastEventTolerance", "P-1D", () -> v.withPastEventTolerance(Period.ofDays(-1))),
        absurd("pastEventTolerance", "P1Y-400D", () -> v.withPastEventTolerance(Period.of(1, 0, -400))),
        absurd("pastEventTolerance", "P51Y", () -> v.withPastEventTolerance(Period.ofYears(51))),
        absurd("pastEventTolerance", "P50Y1D", () -> v.withPastEventTolerance(Period.of(50, 0, 1))),
        absurd("pastEventTolerance", "P601M", () -> v.withPastEventTolerance(Period.ofMonths(601))),
        absurd("pastEventTolerance", "P20000D", () -> v.withPastEventTolerance(Period.ofDays(20_000))),
        absurd("pastEventTolerance", "P2147483647Y", () -> v.withPastEventTolerance(Period.ofYears(Integer.MAX_VALUE))),
        absurd("pastEventTolerance", "P2147483647D", () -> v.withPastEventTolerance(Period.ofDays(Integer.MAX_VALUE))),
        absurd("pastEventTolerance", "P2147483647Y2147483647M2147483647D",
            () -> v.withPastEventTolerance(Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE))));
  }

  private static Arguments absurd(String option, String value, Supplier<Object> set) {
    return Arguments.of(option, value, set);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("absurdOptions")
  void anAbsurdValueIsRefusedWhenSetWithAMessageNamingTheOptionAndTheValue(String option, String value,
      Supplier<Object> set) {
    assertThatThrownBy(set::get)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(option)
        .hasMessageEndingWith(": " + value);
  }

  static Stream<Arguments> extremeValidators() {
    Validator v = Validator.standard();
    return Stream.of(
        Arguments.of(v.withPastEventTolerance(Period.ZERO)),
        Arguments.of(v.withPastEventTolerance(Period.ofYears(50))),
        Arguments.of(v.withPastEventTolerance(Period.ofMonths(600))),
        Arguments.of(v.withPastEventTolerance(Period.ofDays(18_262))),
        Arguments.of(v.withEarliestYear(1000)),
        Arguments.of(v.withEarliestYear(9999).withPastEventTolerance(Period.ofYears(50))));
  }

  /** A file whose past event lies after its release date, so the tolerance is added to the release date. */
  @ParameterizedTest
  @MethodSource("extremeValidators")
  void everyAcceptedValidatorOptionChecksAFileWithoutThrowing(Validator validator) {
    byte[] bytes = Fixture.editOnce("\"founded\": \"2025\"", "\"founded\": \"9999-12-31\"")
        .replace("\"released\": \"2030-01-15\"", "\"released\": \"9999-06-01\"")
        .getBytes(StandardCharsets.UTF_8);

    ValidationReport report = validator.validate(bytes, "late.json");

    assertThat(report.violations()).isNotEmpty()
        .allSatisfy(violation -> assertThat(violation.code()).isIn(ViolationCode.IMPLAUSIBLE_DATE,
            ViolationCode.INVALID_DATE_ORDER, ViolationCode.INVALID_VALUE, ViolationCode.MISSING_SUCCESSOR));
  }

  static Stream<Arguments> extremeLimits() {
    Limits l = Limits.defaults();
    return Stream.of(
        Arguments.of(l.withMaxDocumentBytes(Long.MAX_VALUE).withMaxStringLength(Integer.MAX_VALUE)
            .withMaxRecords(Integer.MAX_VALUE).withMaxDepth(10_000)),
        Arguments.of(l.withMaxDocumentBytes(1)),
        Arguments.of(l.withMaxStringLength(1)),
        Arguments.of(l.withMaxRecords(1)),
        Arguments.of(l.withMaxDepth(8)));
  }

  @ParameterizedTest
  @MethodSource("extremeLimits")
  void everyAcceptedLimitEndsInADatasetOrAReport(Limits limits) {
    DatasetReader reader = DatasetReader.standard().withLimits(limits);

    ValidationReport report = reader.validate(Fixture.bytes(), Fixture.NAME);

    if (report.isValid()) {
      assertThat(reader.read(Fixture.bytes(), Fixture.NAME).allTime().roles()).isNotEmpty();
    } else {
      assertThat(report.errors()).extracting(Violation::code).contains(ViolationCode.LIMIT_EXCEEDED);
    }
  }

  /** A limit of 1 is told in the singular: "more than 1 record", not "1 records". */
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      maxDocumentBytes | the input is larger than the limit of 1 byte (raise it
      maxStringLength  | longer than 1 character, the limit (raise it
      maxRecords       | the file has more than 1 record, the limit (raise it
      """)
  void aLimitOfOneIsToldInTheSingular(String limit, String message) {
    Limits l = Limits.defaults();
    Limits one = switch (limit) {
      case "maxDocumentBytes" -> l.withMaxDocumentBytes(1);
      case "maxStringLength" -> l.withMaxStringLength(1);
      default -> l.withMaxRecords(1);
    };

    ValidationReport report = DatasetReader.standard().withLimits(one).validate(Fixture.bytes(), Fixture.NAME);

    assertThat(report.errors()).filteredOn(v -> v.code() == ViolationCode.LIMIT_EXCEEDED).singleElement()
        .extracting(Violation::message).asString().contains(message);
  }
}
