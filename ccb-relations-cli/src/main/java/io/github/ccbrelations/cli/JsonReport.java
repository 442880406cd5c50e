package io.github.ccbrelations.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.violation.Violation;
import java.util.List;
import java.util.Locale;

/**
 * {@code validate --format json}: {@code {"valid": ..., "files": [{"file", "valid", "errors", "warnings",
 * "violations": [{"code", "severity", "file", "line", "column", "jsonPath", "recordId", "message"}]}]}}. Line and
 * column (1-based) are absent when not known, as for a file that cannot be read; {@code recordId} is absent when the
 * violation is in no record.
 */
final class JsonReport {
  private JsonReport() {}

  static String render(List<ValidationReport> reports) {
    ObjectNode root = Json.object();
    root.put("valid", reports.stream().allMatch(ValidationReport::isValid));
    ArrayNode files = root.putArray("files");
    for (ValidationReport report : reports) {
      ObjectNode file = files.addObject();
      file.put("file", report.source());
      file.put("valid", report.isValid());
      file.put("errors", report.errors().size());
      file.put("warnings", report.warnings().size());
      ArrayNode violations = file.putArray("violations");
      report.violations().forEach(v -> write(v, violations.addObject()));
    }
    return Json.write(root);
  }

  private static void write(Violation v, ObjectNode node) {
    node.put("code", v.code().name());
    node.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
    node.put("file", v.source());
    // A place not known is left out: no reader should take line 0 for a place in the file.
    if (v.line() > 0) {
      node.put("line", v.line());
      if (v.column() > 0) {
        node.put("column", v.column());
      }
    }
    node.put("jsonPath", v.jsonPath());
    v.recordId().ifPresent(id -> node.put("recordId", id));
    node.put("message", LenientAdvice.message(v));
  }
}
