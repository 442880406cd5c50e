package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} as its help promises: every violation of a file, however many; and a file that cannot be read
 * named on standard error with exit status 2 in every format, JSON and SARIF, which CI reads without standard error,
 * reporting it too rather than a valid run.
 */
class ValidateCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path folder;

  private Run validate(String format) {
    return Run.of("validate", "--format", format, folder.resolve("missing.json").toString());
  }

  @Test
  void jsonReportsAFileThatCannotBeReadAsNotValid() throws IOException {
    Run run = validate("json");
    JsonNode json = MAPPER.readTree(run.out());

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.err()).contains("missing.json", "UNREADABLE");
    assertThat(json.path("valid").asBoolean()).isFalse();
    assertThat(json.path("files")).hasSize(1);
    assertThat(json.path("files").path(0).path("violations").path(0).path("code").asText()).isEqualTo("UNREADABLE");
  }

  @Test
  void sarifReportsAFileThatCannotBeReadAsAnError() throws IOException {
    Run run = validate("sarif");
    JsonNode results = MAPPER.readTree(run.out()).path("runs").path(0).path("results");

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(SarifSchema.errors(run.out())).isEmpty();
    assertThat(results).hasSize(1);
    assertThat(results.path(0).path("ruleId").asText()).isEqualTo("UNREADABLE");
    assertThat(results.path(0).path("level").asText()).isEqualTo("error");
  }

  @Test
  void textListsEveryViolationPastTheHundredThatValidationReportListsAndNamesNoJavaMethod() throws IOException {
    String broken;
    try (InputStream in = ValidateCommandTest.class.getResourceAsStream("broken-relations.json")) {
      broken = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Every citation of the CCB's page names an unknown source: well over a hundred errors.
    Path file = Files.writeString(folder.resolve("many.json"),
        broken.replace("\"source\": \"ccb-international-relations-fr\"", "\"source\": \"nowhere\""));
    int violations = Validator.standard().validate(file).violations().size();

    Run run = Run.of("validate", file.toString());

    assertThat(violations).isGreaterThan(ValidationReport.MAX_LISTED);
    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.FAILED);
    assertThat(run.out().lines()).hasSize(1 + violations).first().asString().endsWith(" errors, 1 warning");
    assertThat(run.out()).doesNotContain("violations()", "... and");
  }

  @Test
  void textLeavesItToStandardError() {
    Run run = validate("text");

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("missing.json", "UNREADABLE");
  }
}
