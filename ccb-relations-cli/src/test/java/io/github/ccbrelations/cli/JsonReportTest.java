package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import io.github.ccbrelations.data.violation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void aViolationWithAPlaceHasItsLineAndColumn() throws IOException {
    ValidationReport report;
    try (InputStream in = JsonReportTest.class.getResourceAsStream("broken-relations.json")) {
      report = Validator.standard().validate(in, "broken-relations.json");
    }
    JsonNode violations = MAPPER.readTree(JsonReport.render(List.of(report))).path("files").path(0).path("violations");

    assertThat(violations).hasSize(report.violations().size());
    for (int i = 0; i < violations.size(); i++) {
      Violation v = report.violations().get(i);
      assertThat(violations.path(i).path("line").asInt()).isEqualTo(v.line()).isPositive();
      assertThat(violations.path(i).path("column").asInt()).isEqualTo(v.column()).isPositive();
    }
  }

  @Test
  void aPlaceNotKnownIsLeftOutRatherThanClaimedAsLineZero() throws IOException {
    ValidationReport report = Validator.standard().validate(Path.of("no/such/relations.json"));
    JsonNode violation = MAPPER.readTree(JsonReport.render(List.of(report)))
        .path("files").path(0).path("violations").path(0);

    assertThat(violation.path("code").asText()).isEqualTo("UNREADABLE");
    assertThat(violation.has("line")).isFalse();
    assertThat(violation.has("column")).isFalse();
    assertThat(violation.path("jsonPath").asText()).isEqualTo("$");
  }
}
