package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link ValidationReport}; obtain one with {@link CcbAssertions#assertThat(ValidationReport)}, and
 * one on the violations of a single record with {@link #inRecord(String)}. Failure messages list the violations
 * concerned, one per line, each with source, line, column, JSON path and record id.
 */
public class ValidationReportAssert extends AbstractObjectAssert<ValidationReportAssert, ValidationReport> {
  /** Where the violations are looked for, in words: empty for the whole report, " in record 'x'" for one record. */
  String scope = "";

  /** How {@code inRecord} moves on: at once, or softly. */
  Navigation navigation = Navigation.PLAIN;

  /**
   * Assertions on a validation report; made by {@link CcbAssertions}, by the proxies of
   * {@link CcbSoftAssertions}, and by subclasses.
   *
   * @param actual the report; may be null, which fails every assertion
   */
  protected ValidationReportAssert(ValidationReport actual) {
    super(actual, ValidationReportAssert.class);
  }

  /**
   * The same assertions on the violations of one record only, those whose {@link Violation#recordId()} is the id:
   * {@code assertThat(report).inRecord("ccb-csirt").hasViolation(ViolationCode.SHAPE)}. The report knows a record only
   * through its violations, so an id that names no record of the file has none, and passes {@link #hasNoViolations()}.
   *
   * @param recordId the id of a body, role, instrument or source, as the file writes it
   * @return assertions on that record's violations, with this one's description; never null
   * @throws AssertionError if the report is null
   */
  public ValidationReportAssert inRecord(String recordId) {
    Objects.requireNonNull(recordId, "recordId");
    return navigation.to(this, ValidationReportAssert.class, ValidationReport.class, () -> {
      isNotNull();
      return new ValidationReport(actual.source(), actual.violations().stream()
          .filter(v -> v.recordId().filter(recordId::equals).isPresent()).toList());
    }, ValidationReportAssert::new, next -> {
      next.scope = " in record '" + recordId + "'";
      next.navigation = navigation;
    });
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
      fail(scope.isEmpty() ? "a valid dataset" : "no errors", "error", errors);
    }
    return this;
  }

  /**
   * Verifies that the report has an error: the dataset would not load.
   *
   * @return this assertion; never null
   * @throws AssertionError if the report is null or has no error
   */
  public ValidationReportAssert isNotValid() {
    isNotNull();
    if (actual.isValid()) {
      fail(scope.isEmpty() ? "an invalid dataset" : "an error", "error", List.of());
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
      failWithMessage("%s", Problems.violations("Expected no violations" + scope
          + (ok.isEmpty() ? "" : " except " + except) + ", but", actual, scope, "violation", others));
    }
    return this;
  }

  /**
   * Verifies that the report has a violation with the given code, wherever it is.
   *
   * @param code the code
   * @return this assertion; never null
   * @throws AssertionError if the report is null or has no such violation; the message lists those it has
   */
  public ValidationReportAssert hasViolation(ViolationCode code) {
    return has(code.name(), v -> v.code() == code);
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
    return has(code + " at " + jsonPath, v -> v.code() == code && v.jsonPath().equals(jsonPath));
  }

  /**
   * Verifies that the report has no violation with the given code, wherever it would be.
   *
   * @param code the code
   * @return this assertion; never null
   * @throws AssertionError if the report is null or has such a violation; the message lists every one
   */
  public ValidationReportAssert doesNotHaveViolation(ViolationCode code) {
    return hasNo(code.name(), v -> v.code() == code);
  }

  /**
   * Verifies that the report has no violation with the given code at the given JSON path.
   *
   * @param code the code
   * @param jsonPath the path, such as {@code $.roles[3].body}
   * @return this assertion; never null
   * @throws AssertionError if the report is null or has such a violation; the message lists it
   */
  public ValidationReportAssert doesNotHaveViolation(ViolationCode code, String jsonPath) {
    return hasNo(code + " at " + jsonPath, v -> v.code() == code && v.jsonPath().equals(jsonPath));
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
      fail(Problems.count(expected, "error"), "error", errors);
    }
    return this;
  }

  private ValidationReportAssert has(String expected, Predicate<Violation> wanted) {
    isNotNull();
    if (actual.violations().stream().noneMatch(wanted)) {
      fail(expected, "violation", actual.violations());
    }
    return this;
  }

  private ValidationReportAssert hasNo(String unwanted, Predicate<Violation> matches) {
    isNotNull();
    List<Violation> found = actual.violations().stream().filter(matches).toList();
    if (!found.isEmpty()) {
      // "such": the count is of the violations found, not of all the report has.
      fail("no " + unwanted, "such violation", found);
    }
    return this;
  }

  /** Fails with "Expected {expected}{scope}, but {source} has {shown, counted as nouns}{scope}:" and the lines. */
  private void fail(String expected, String noun, List<Violation> shown) {
    failWithMessage("%s", Problems.violations("Expected " + expected + scope + ", but", actual, scope, noun, shown));
  }
}
