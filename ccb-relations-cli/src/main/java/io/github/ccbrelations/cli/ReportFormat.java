package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.ValidationReport;
import java.util.List;

/** The forms of {@code validate}'s output. */
enum ReportFormat {
  /** {@link TextReport}: per file a summary line, then one line per violation. */
  TEXT {
    @Override
    String render(List<ValidationReport> reports) {
      return TextReport.render(reports);
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
