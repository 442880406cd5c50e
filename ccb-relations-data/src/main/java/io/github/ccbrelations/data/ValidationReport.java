package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.internal.json.Counted;
import io.github.ccbrelations.data.violation.SafeText;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.util.List;

/**
 * What a {@link Validator} found in one dataset: every violation, errors and warnings. It is {@link #isValid()
 * valid} when it has no error; warnings do not make a dataset invalid (the loader accepts it), but they are listed.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(Path.of("my-relations.json"));
 * if (!report.isValid()) {
 *   System.err.println(report);   // one line per violation, with file, line, column, JSON path and record id
 * }
 * }</pre>
 *
 * @param source the file path, resource name or stream name of the dataset that was checked, escaped and bounded as
 *     a {@link Violation#source()} is
 * @param violations every violation found, errors and warnings, in file order where the place is known; empty when
 *     nothing is wrong
 */
public record ValidationReport(String source, List<Violation> violations) {
  /** The most violations {@link #toString()} lists. */
  public static final int MAX_LISTED = 100;

  public ValidationReport {
    source = SafeText.bounded(requireNonNull(source, "source"), Violation.MAX_PLACE_LENGTH);
    violations = List.copyOf(requireNonNull(violations, "violations"));
  }

  /**
   * The violations of severity {@link Severity#ERROR}, those that make a load fail; empty when the dataset is valid.
   */
  public List<Violation> errors() {
    return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
  }

  /** The violations of severity {@link Severity#WARNING}, worth a look although the dataset loads. */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
  }

  /** The violations with one code, in file order. */
  public List<Violation> violations(ViolationCode code) {
    requireNonNull(code, "code");
    return violations.stream().filter(v -> v.code() == code).toList();
  }

  /** Whether the dataset would load: it has no error (it may have warnings). */
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * The report as text: a summary line, then one line per violation as {@link Violation#toString()} writes it, for
   * the first {@value #MAX_LISTED} violations, then a line that says how many more there are and the last one (the
   * one that ended the check, when one did), such as
   * {@code "my.json: 2 errors, 1 warning\n  my.json:14:15: DANGLING_REFERENCE at ..."}.
   */
  @Override
  public String toString() {
    if (violations.isEmpty()) {
      return source + ": valid, no violations";
    }
    int errors = errors().size();
    int warnings = violations.size() - errors;
    return source + ": " + (errors == 0 ? "valid, " : "") + Counted.of(errors, "error", "errors") + ", "
        + Counted.of(warnings, "warning", "warnings") + Listing.violations(violations, MAX_LISTED);
  }
}
