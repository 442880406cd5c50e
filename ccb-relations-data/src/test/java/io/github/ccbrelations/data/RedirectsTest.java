package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedirectsTest {
  private static final String AFTER = text();

  @Test
  void followsAChainOfRedirectsAndReportsThePath() {
    String chained = AFTER.replace(
        "\"redirects\": [",
        "\"redirects\": [\n    {\"recordType\": \"BODY\", \"from\": \"older-group\", \"to\": \"old-group\","
            + " \"reason\": \"MERGED\"},");
    Dataset data = DatasetReader.standard().read(chained.getBytes(StandardCharsets.UTF_8), "chained.json");
    Resolution<?> r = data.resolveBody("older-group").orElseThrow();
    assertThat(r.redirected()).isTrue();
    assertThat(r.redirectPath()).containsExactly("older-group", "old-group");
    assertThat(data.resolveRole("authority-participant-old-group").orElseThrow().redirectPath())
        .containsExactly("authority-participant-old-group");
    assertThat(data.resolveBody("Not A Slug")).isEmpty();
  }

  @Test
  void aRedirectedResolutionNamesTheIdAskedForAndTheLiveOne() {
    Dataset data = DatasetReader.standard().read(AFTER.getBytes(StandardCharsets.UTF_8), "after.json");
    Resolution<?> redirected = data.resolveBody("old-group").orElseThrow();

    assertThat(redirected).hasToString("old-group -> new-group (redirected)");
    assertThat(data.resolveBody("new-group").orElseThrow()).hasToString("new-group");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "to unknown | \"to\": \"new-group\", \"reason\" | \"to\": \"nowhere\", \"reason\" | DANGLING_REFERENCE "
        + "| redirect to unknown BODY 'nowhere'",
    "from a live id | \"from\": \"old-group\" | \"from\": \"example-forum\" | DUPLICATE_ID "
        + "| 'example-forum' is still the id of a live BODY record",
  })
  void refusesABrokenRedirect(String name, String from, String to, ViolationCode code, String message) {
    String broken = AFTER.replaceFirst(java.util.regex.Pattern.quote(from), to);
    assertThat(broken).isNotEqualTo(AFTER);
    assertThatExceptionOfType(DatasetLoadException.class)
        .isThrownBy(() -> DatasetReader.standard().read(broken.getBytes(StandardCharsets.UTF_8), "broken.json"))
        .satisfies(e -> {
          assertThat(e.first().code()).isEqualTo(code);
          assertThat(e.first().jsonPath()).startsWith("$.redirects[0]");
          assertThat(e.first().message()).contains(message);
        });
  }

  /** A redirect that failed in its reason still has its chain judged; one whose target or type failed has not. */
  @Test
  void aRedirectThatFailedIsFollowedOnWhatItHolds() {
    String misspeltReason = AFTER.replaceFirst("\"to\": \"new-group\", \"reason\": \"[A-Z_]+\"",
        "\"to\": \"nowhere\", \"reason\": \"MERGD\"");
    String failedTarget = AFTER.replaceFirst("\"to\": \"new-group\"", "\"to\": 5");
    String failedType = AFTER.replaceFirst("\"recordType\": \"ROLE\"", "\"recordType\": \"role\"");

    assertThat(misspeltReason).isNotEqualTo(AFTER);
    assertThat(failedTarget).isNotEqualTo(AFTER);
    assertThat(failedType).isNotEqualTo(AFTER);
    assertThat(codesAndPaths(misspeltReason))
        .containsExactlyInAnyOrder("SHAPE $.redirects[0].reason", "DANGLING_REFERENCE $.redirects[0].to");
    assertThat(codesAndPaths(failedTarget)).containsExactly("SHAPE $.redirects[0].to");
    assertThat(codesAndPaths(failedType)).containsExactly("SHAPE $.redirects[1].recordType");
  }

  /**
   * A chain that reaches the origin of a redirect whose target failed, or was refused, waits for it: that origin is
   * redirected.
   */
  @Test
  void aChainThroughARedirectThatFailedWaits() {
    String older = "{\"recordType\": \"BODY\", \"from\": \"older-group\", \"to\": \"old-group\", "
        + "\"reason\": \"RENAMED\"}";
    String chained = AFTER.replaceFirst("\"to\": \"new-group\"", "\"to\": 5")
        .replace("\n  ]\n}", ",\n    " + older + "\n  ]\n}");
    String toItself = chained.replace("\"to\": 5", "\"to\": \"old-group\"");

    assertThat(chained).contains("older-group");
    assertThat(codesAndPaths(chained)).containsExactly("SHAPE $.redirects[0].to");
    assertThat(codesAndPaths(toItself)).containsExactly("INVALID_VALUE $.redirects[0].to");
  }

  @Test
  void refusesARedirectLoop() {
    String looped = AFTER.replace(
        "\"redirects\": [",
        "\"redirects\": [\n    {\"recordType\": \"INSTRUMENT\", \"from\": \"a-act\", \"to\": \"b-act\","
            + " \"reason\": \"MERGED\"},"
            + "\n    {\"recordType\": \"INSTRUMENT\", \"from\": \"b-act\", \"to\": \"a-act\","
            + " \"reason\": \"MERGED\"},");
    assertThatExceptionOfType(DatasetLoadException.class)
        .isThrownBy(() -> DatasetReader.standard().read(looped.getBytes(StandardCharsets.UTF_8), "looped.json"))
        .satisfies(e -> assertThat(e.violations())
            .anySatisfy(v -> {
              assertThat(v.code()).isEqualTo(ViolationCode.CYCLE);
              assertThat(v.message()).contains("a-act -> b-act -> a-act");
            }));
  }

  /** The code and path of each violation the standard validator reports on a text. */
  private static List<String> codesAndPaths(String text) {
    return Validator.standard().validate(text.getBytes(StandardCharsets.UTF_8), "r.json").violations().stream()
        .map(v -> v.code() + " " + v.jsonPath()).toList();
  }

  private static String text() {
    try (InputStream in = RedirectsTest.class.getResourceAsStream("diff/after.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
