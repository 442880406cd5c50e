package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.json.Counted;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import java.util.List;

/**
 * Thrown when a dataset cannot be loaded. Nothing is loaded when it is thrown: there is never a half-built dataset.
 *
 * <p>{@link #violations()} lists every error found, each with its source, line, column, JSON path and record id,
 * and the warnings found with them (a lenient read's ignored fields, the rules' warnings); the message repeats the
 * first {@value #MAX_LISTED} errors, one per line, says how many more there are and repeats the last (the one that
 * ended the read, when one did), so that it stays short whatever the file held, and counts the warnings without
 * listing them.
 */
public final class DatasetLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most violations the message lists. */
  public static final int MAX_LISTED = 20;

  /** The violations; a List.copyOf, so serializable. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  DatasetLoadException(List<Violation> violations, Throwable cause) {
    super(message(violations), cause);
    this.violations = List.copyOf(violations);
  }

  /**
   * Every error that made the load fail, in file order where known, with the warnings found with them: the fields a
   * lenient read ignored, and the rules' warnings when the read got as far as the rules.
   *
   * @return at least one error; never null
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The first error, the one the message starts with.
   *
   * @return the error; never null
   */
  public Violation first() {
    return errors(violations).get(0);
  }

  private static String message(List<Violation> violations) {
    // A lenient read's warnings are not why the load failed: counted, so that the errors are the ones listed.
    List<Violation> errors = errors(violations);
    int warnings = violations.size() - errors.size();
    String counted = warnings == 0 ? "" : " and " + Counted.of(warnings, "warning", "warnings") + " (see violations())";
    return errors.size() == 1 && warnings == 0 ? "cannot load dataset: " + errors.get(0)
        : "cannot load dataset, " + Counted.of(errors.size(), "error", "errors") + counted + ":"
            + Listing.violations(errors, MAX_LISTED);
  }

  private static List<Violation> errors(List<Violation> violations) {
    List<Violation> errors = violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
    // Never without an error, but a message must not fail to be made.
    return errors.isEmpty() ? violations : errors;
  }
}
