package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Failure messages that list what is wrong one item per line, each with its place: the first
 * {@value ValidationReport#MAX_LISTED}, then how many more, so a file with a million violations still fails with a
 * message of a readable size.
 */
final class Problems {
  private Problems() {}

  static String lines(List<?> items) {
    String listed = items.stream().limit(ValidationReport.MAX_LISTED).map(i -> "  " + i)
        .collect(Collectors.joining("\n"));
    int more = items.size() - ValidationReport.MAX_LISTED;
    return more <= 0 ? listed : listed + "\n  ... and " + more + " more";
  }

  /** The report's {@code shown} violations, counted as what they are (errors, or violations of any severity). */
  static String violations(String what, ValidationReport report, String noun, List<Violation> shown) {
    return what + " " + report.source() + " has " + shown.size() + " " + noun + (shown.size() == 1 ? "" : "s")
        + ":\n" + lines(shown);
  }
}
