package io.github.ccbrelations.data;

import io.github.ccbrelations.data.violation.Violation;
import java.util.List;

/** Violations written under a message, for the exception of a failed load and the report of a check. */
final class Listing {
  private Listing() {}

  /**
   * The first {@code max} violations, each on a line of its own after an indent, then how many more there are and the
   * last: the one that ended a read or a check (broken JSON, a passed limit, the count of those not kept), when one
   * did.
   */
  static String violations(List<Violation> violations, int max) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < Math.min(max, violations.size()); i++) {
      s.append("\n  ").append(violations.get(i));
    }
    if (violations.size() > max) {
      s.append("\n  ... and ").append(violations.size() - max).append(" more (see violations()); the last:\n  ")
          .append(violations.get(violations.size() - 1));
    }
    return s.toString();
  }
}
