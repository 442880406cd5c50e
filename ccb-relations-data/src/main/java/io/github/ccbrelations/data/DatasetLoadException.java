package io.github.ccbrelations.data;

import java.util.List;

/**
 * Thrown when a dataset cannot be loaded. Nothing is loaded when it is thrown: there is never a half-built dataset.
 *
 * <p>{@link #violations()} lists every error found, each with its source, line, column, JSON path and record id;
 * the message repeats the first {@value #MAX_LISTED} of them, one per line, says how many more there are and repeats
 * the last (the one that ended the read, when one did), so that it stays short whatever the file held.
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
   * Every error that made the load fail, in file order where known.
   *
   * @return at least one violation; never null
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The first violation, the one the message starts with.
   *
   * @return the violation; never null
   */
  public Violation first() {
    return violations.get(0);
  }

  private static String message(List<Violation> violations) {
    return violations.size() == 1 ? "cannot load dataset: " + violations.get(0)
        : "cannot load dataset, " + violations.size() + " errors:" + Violation.listed(violations, MAX_LISTED);
  }
}
