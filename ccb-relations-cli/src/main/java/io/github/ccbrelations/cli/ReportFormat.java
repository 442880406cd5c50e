package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/** The forms of {@code validate}'s output. */
enum ReportFormat {
  /** {@link ValidationReport#toString()} per file: a summary line, then one line per violation. */
  TEXT {
    @Override
    String render(List<ValidationReport> reports) {
      return reports.stream().map(r -> r + System.lineSeparator()).collect(Collectors.joining());
    }
  },
  /** {@link JsonReport}. */
  JSON {
    @Override
    String render(List<ValidationReport> reports) {
      return JsonReport.render(reports);
    }
  },
  /** {@link SarifReport}. */
  SARIF {
    @Override
    String render(List<ValidationReport> reports) {
      return SarifReport.render(reports);
    }
  };

  abstract String render(List<ValidationReport> reports);
}
