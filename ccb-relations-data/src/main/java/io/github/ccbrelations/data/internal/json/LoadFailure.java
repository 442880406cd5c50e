package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.Violation;
import java.util.List;

/** A load that cannot go on, with the violations found so far; the public API turns it into its own exception. */
public final class LoadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial")
  private final List<Violation> violations;

  public LoadFailure(List<Violation> violations, Throwable cause) {
    super(violations.isEmpty() ? "no violation" : violations.get(0).toString(), cause, false, false);
    this.violations = List.copyOf(violations);
  }

  /** Every violation found, the one that stopped the load last. */
  public List<Violation> violations() {
    return violations;
  }
}
