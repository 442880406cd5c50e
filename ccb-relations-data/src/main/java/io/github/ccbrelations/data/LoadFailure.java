package io.github.ccbrelations.data;

import java.util.List;

/** A load that cannot go on, with the violations found so far; the public API turns it into its own exception. */
final class LoadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial")
  private final List<Violation> violations;

  LoadFailure(List<Violation> violations, Throwable cause) {
    super(violations.isEmpty() ? "no violation" : violations.get(0).toString(), cause, false, false);
    this.violations = List.copyOf(violations);
  }

  /** Every violation found, the one that stopped the load last. */
  List<Violation> violations() {
    return violations;
  }
}
