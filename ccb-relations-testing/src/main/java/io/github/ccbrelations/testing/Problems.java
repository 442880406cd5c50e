package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** Failure messages that list what is wrong one item per line, each with its place. */
final class Problems {
  private Problems() {}

  static String lines(List<?> items) {
    return items.stream().map(i -> "  " + i).collect(Collectors.joining("\n"));
  }

  static String violations(String what, ValidationReport report, List<Violation> shown) {
    return what + " " + report.source() + " has " + shown.size() + " violation" + (shown.size() == 1 ? "" : "s")
        + ":\n" + lines(shown);
  }
}
