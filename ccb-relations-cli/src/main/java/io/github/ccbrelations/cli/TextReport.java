package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.ValidationReport;
import java.util.List;

/**
 * {@code validate --format text}: per file the summary line that {@link ValidationReport#toString()} starts with,
 * then every violation on a line of its own. That method stops after {@value ValidationReport#MAX_LISTED} and points
 * a Java caller at {@code violations()}; the command promises every violation, so it lists them all.
 */
final class TextReport {
  private TextReport() {}

  static String render(List<ValidationReport> reports) {
    StringBuilder out = new StringBuilder();
    for (ValidationReport report : reports) {
      out.append(summary(report)).append(System.lineSeparator());
      report.violations().forEach(v -> out.append("  ").append(LenientAdvice.line(v)).append(System.lineSeparator()));
    }
    return out.toString();
  }

  /** The report's first line; its source is escaped, so the line ends where the summary does. */
  private static String summary(ValidationReport report) {
    String text = report.toString();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
