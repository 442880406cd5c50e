package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.violation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Failure messages that list what is wrong one item per line, each with its place: the first
 * {@value ValidationReport#MAX_LISTED}, then how many more and the last, so a file with a million violations still
 * fails with a message of a readable size.
 */
final class Problems {
  private Problems() {}

  static String lines(List<?> items) {
    String listed = items.stream().limit(ValidationReport.MAX_LISTED).map(i -> "  " + i)
        .collect(Collectors.joining("\n"));
    int more = items.size() - ValidationReport.MAX_LISTED;
    // The last is shown too, as the report's text and the loader's message show it: it is often the one that ended
    // the check (broken JSON, a passed limit), which explains the rest.
    return more <= 0 ? listed
        : listed + "\n  ... and " + more + " more; the last:\n  " + items.get(items.size() - 1);
  }

  /**
   * The report's {@code shown} violations, counted as what they are (errors, or violations of any severity): "has 1
   * error:" and the line, "has 3 errors:" and the lines, or "has no errors"; each count followed by the
   * {@code scope} they were looked for in, such as " in record 'x'", or nothing for the whole report.
   */
  static String violations(String what, ValidationReport report, String scope, String noun, List<Violation> shown) {
    String source = what + " " + report.source() + " has ";
    if (shown.isEmpty()) {
      return source + "no " + noun + "s" + scope;
    }
    return source + count(shown.size(), noun) + scope + ":\n" + lines(shown);
  }

  /** A number of things in words, such as "1 error" or "3 errors". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
