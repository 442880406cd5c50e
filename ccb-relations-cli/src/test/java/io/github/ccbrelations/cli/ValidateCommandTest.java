package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} of a file that cannot be read: standard error names it and the exit status is 2 in every format;
 * JSON and SARIF, which CI reads without standard error, report it too rather than a valid run.
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
  void textLeavesItToStandardError() {
    Run run = validate("text");

    assertThat(run.status()).as("%s", run).isEqualTo(ExitStatus.USAGE_OR_IO);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("missing.json", "UNREADABLE");
  }
}
