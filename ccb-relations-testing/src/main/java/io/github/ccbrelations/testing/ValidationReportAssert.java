package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Violation;
import io.github.ccbrelations.data.ViolationCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link ValidationReport}; obtain one with {@link CcbAssertions#assertThat(ValidationReport)}.
 * Failure messages list the violations concerned, one per line, each with source, line, column, JSON path and
 * record id.
 */
public final class ValidationReportAssert extends AbstractObjectAssert<ValidationReportAssert, ValidationReport> {
  ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * Verifies that the report has no error (warnings are allowed).
   *
   * @return this assertion; never null
   * @throws AssertionError if the report is null or has an error; the message lists the errors
   */
  public ValidationReportAssert isValid() {
    isNotNull();
    List<Violation> errors = actual.errors();
    if (!errors.isEmpty()) {
      failWithMessage("%s", Problems.violations("Expected a valid dataset, but", actual, "error", errors));
    }
    return this;
  }

  /**
   * Verifies that the report has neither errors nor warnings.
   *
   * @return this assertion; never null
   * @throws AssertionError if the report is null or has a violation; the message lists them
   */
  public ValidationReportAssert hasNoViolations() {
    return hasNoViolationsExcept();
  }

  /**
   * Verifies that every violation in the report has one of the given codes.
   *
   * @param allowed the codes accepted; none to accept nothing
   * @return this assertion; never null
   * @throws AssertionError if the report is null or has a violation with another code; the message lists them
   */
  public ValidationReportAssert hasNoViolationsExcept(ViolationCode... allowed) {
    isNotNull();
    // In the codes' own order, so that the message reads the same in every run whatever order they were given in.
    Set<ViolationCode> ok = EnumSet.noneOf(ViolationCode.class);
    ok.addAll(Arrays.asList(allowed));
    List<Violation> others = actual.violations().stream().filter(v -> !ok.contains(v.code())).toList();
    if (!others.isEmpty()) {
      String except = ok.stream().map(ViolationCode::name).collect(Collectors.joining(", "));
      failWithMessage("%s", Problems.violations(
          "Expected no violations" + (ok.isEmpty() ? "" : " except " + except) + ", but", actual, "violation", others));
    }
    return this;
  }

  /**
   * Verifies that the report has a violation with the given code at the given JSON path.
   *
   * @param code the code
   * @param jsonPath the path, such as {@code $.roles[3].body}
   * @return this assertion; never null
   * @throws AssertionError if the report is null or has no such violation; the message lists those it has
   */
  public ValidationReportAssert hasViolation(ViolationCode code, String jsonPath) {
    isNotNull();
    if (actual.violations().stream().noneMatch(v -> v.code() == code && v.jsonPath().equals(jsonPath))) {
      failWithMessage("%s", Problems.violations("Expected " + code + " at " + jsonPath + ", but", actual, "violation",
          actual.violations()));
    }
    return this;
  }

  /**
   * Verifies the number of errors.
   *
   * @param expected the number of violations of severity ERROR
   * @return this assertion; never null
   * @throws AssertionError if the report is null or has another number of errors; the message lists them
   */
  public ValidationReportAssert hasErrorCount(int expected) {
    isNotNull();
    List<Violation> errors = actual.errors();
    if (errors.size() != expected) {
      failWithMessage("%s", Problems.violations("Expected " + Problems.count(expected, "error") + ", but", actual,
          "error", errors));
    }
    return this;
  }
}
