package io.github.ccbrelations.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Violation;
import java.util.List;
import java.util.Locale;

/**
 * {@code validate --format json}: {@code {"valid": ..., "files": [{"file", "valid", "errors", "warnings",
 * "violations": [{"code", "severity", "file", "line", "column", "jsonPath", "recordId", "message"}]}]}}. Line and
 * column are 0 when not known; {@code recordId} is absent when the violation is in no record.
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
    node.put("line", v.line());
    node.put("column", v.column());
    node.put("jsonPath", v.jsonPath());
    v.recordId().ifPresent(id -> node.put("recordId", id));
    node.put("message", v.message());
  }
}
