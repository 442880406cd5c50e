package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ValidationReport brokenReport() throws IOException {
    try (InputStream in = SarifReportTest.class.getResourceAsStream("broken-relations.json")) {
      return Validator.standard().validate(in, "data/broken relations.json");
    }
  }

  @Test
  void everyViolationIsAResultAtItsLineAndColumnWithItsRuleAndLevel() throws IOException {
    ValidationReport report = brokenReport();
    JsonNode run = MAPPER.readTree(SarifReport.render(List.of(report))).path("runs").path(0);

    List<Violation> violations = report.violations();
    JsonNode results = run.path("results");
    assertThat(results).hasSize(violations.size());
    for (int i = 0; i < violations.size(); i++) {
      Violation v = violations.get(i);
      JsonNode result = results.path(i);
      JsonNode physical = result.path("locations").path(0).path("physicalLocation");
      assertThat(result.path("ruleId").asText()).isEqualTo(v.code().name());
      assertThat(run.path("tool").path("driver").path("rules").path(result.path("ruleIndex").asInt())
          .path("id").asText()).isEqualTo(v.code().name());
      assertThat(result.path("level").asText()).isEqualTo(v.severity() == Severity.ERROR ? "error" : "warning");
      assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("data/broken%20relations.json");
      assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(v.line()).isPositive();
      assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(v.column()).isPositive();
      assertThat(result.path("properties").path("jsonPath").asText()).isEqualTo(v.jsonPath());
      assertThat(result.path("properties").path("recordId").asText()).isEqualTo(v.recordId().orElseThrow());
      assertThat(result.path("message").path("text").asText()).startsWith(v.message());
    }
    assertThat(violations).extracting(Violation::severity).contains(Severity.ERROR, Severity.WARNING);
  }

  @Test
  void logOfABrokenFileAndOfNoFileIsValidSarif() throws IOException {
    assertThat(SarifSchema.errors(SarifReport.render(List.of(brokenReport())))).isEmpty();
    assertThat(SarifSchema.errors(SarifReport.render(List.of()))).isEmpty();
  }

  @Test
  void schemaCatchesABrokenLog() {
    // The check above can fail: a log without the version the schema requires is rejected.
    String broken = SarifReport.render(List.of()).replace("\"version\" : \"2.1.0\",", "");
    assertThat(broken).doesNotContain("\"version\" : \"2.1.0\"");
    assertThat(SarifSchema.errors(broken)).isNotEmpty();
  }

  @Test
  void rulesAreEveryViolationCodeInOrderWithADescription() throws IOException {
    JsonNode rules = MAPPER.readTree(SarifReport.render(List.of())).path("runs").path(0).path("tool").path("driver")
        .path("rules");

    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids).containsExactly(List.of(ViolationCode.values()).stream().map(Enum::name).toArray(String[]::new));
    rules.forEach(r -> assertThat(r.path("shortDescription").path("text").asText()).isNotBlank());
    assertThat(rules.path(ViolationCode.DANGLING_REFERENCE.ordinal()).path("name").asText())
        .isEqualTo("DanglingReference");
  }

  /**
   * Standard input has no URI. Code scanning shows only results whose artifact has one, so it gets a relative URI under
   * a base of its own, which says in words that it is standard input and has no URI.
   */
  @Test
  void standardInputIsARelativeUriUnderABaseThatSaysItHasNone() throws IOException {
    ValidationReport fromStdin;
    try (InputStream in = SarifReportTest.class.getResourceAsStream("broken-relations.json")) {
      fromStdin = Validator.standard().validate(in, DatasetFile.STANDARD_INPUT_NAME);
    }
    String log = SarifReport.render(List.of(fromStdin, brokenReport()));
    JsonNode run = MAPPER.readTree(log).path("runs").path(0);

    JsonNode first = run.path("results").path(0).path("locations").path(0).path("physicalLocation");
    assertThat(first.path("artifactLocation").path("uri").asText()).isEqualTo("stdin");
    assertThat(first.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("STDIN");
    assertThat(first.path("artifactLocation").path("description").path("text").asText()).isEqualTo("standard input");
    assertThat(first.path("region").path("startLine").asInt()).isPositive();
    JsonNode base = run.path("originalUriBaseIds").path("STDIN");
    assertThat(base.has("uri")).isFalse();
    assertThat(base.path("description").path("text").asText()).startsWith("Standard input");
    JsonNode last = run.path("results").path(run.path("results").size() - 1).path("locations").path(0)
        .path("physicalLocation").path("artifactLocation");
    assertThat(last.path("uri").asText()).isEqualTo("data/broken%20relations.json");
    assertThat(last.has("uriBaseId")).isFalse();
    assertThat(SarifSchema.errors(log)).isEmpty();
  }

  @Test
  void aLogOfFilesOnlyHasNoBaseForStandardInput() throws IOException {
    JsonNode run = MAPPER.readTree(SarifReport.render(List.of(brokenReport()))).path("runs").path(0);

    assertThat(run.has("originalUriBaseIds")).isFalse();
  }

  @Test
  void absoluteFilesAreFileUrisAndPlacesNotKnownHaveNoRegion() throws IOException {
    Path missing = Path.of("/no/such/dir/relations.json");
    ValidationReport report = Validator.standard().validate(missing);
    JsonNode physical = MAPPER.readTree(SarifReport.render(List.of(report)))
        .path("runs").path(0).path("results").path(0).path("locations").path(0).path("physicalLocation");

    assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo(missing.toUri().toASCIIString());
    assertThat(physical.has("region")).isFalse();
  }
}
