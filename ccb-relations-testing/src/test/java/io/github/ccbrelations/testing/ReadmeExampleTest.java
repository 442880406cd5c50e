package io.github.ccbrelations.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Validate data in your tests" example is, verbatim, the test the consumer project compiles and runs,
 * and the sample output under it is what that test's assertion prints for the consumer's broken copy.
 */
class ReadmeExampleTest {
  private static final String START = "<!-- validate-example:start -->";
  private static final String END = "<!-- validate-example:end -->";

  @Test
  void readmeExampleIsTheConsumersTestVerbatim() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String consumer = Files.readString(
        Path.of("src/it/consumer/src/test/java/com/example/relations/ValidateOurDataTest.java"), StandardCharsets.UTF_8);

    String fromReadme = between(readme, START, END).strip();
    assertThat(fromReadme).startsWith("```java\n").endsWith("\n```");
    String readmeCode = fromReadme.substring("```java\n".length(), fromReadme.length() - "\n```".length());
    String consumerCode = between(consumer, "// " + START, "// " + END).strip();

    assertThat(readmeCode).contains("@CcbRelationsTest", "Validator.standard().validate(").isEqualTo(consumerCode);
  }

  @Test
  void readmeSampleOutputIsWhatTheAssertionPrintsForTheBrokenCopy() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String name = "src/test/resources/broken-relations.json";
    byte[] broken = Files.readAllBytes(Path.of("src/it/consumer").resolve(name));
    ValidationReport report = Validator.standard().validate(broken, name);

    Throwable failure = catchThrowable(() -> CcbAssertions.assertThat(report).isValid());

    assertThat(between(readme, "<!-- validate-output:start -->", "<!-- validate-output:end -->").strip())
        .isEqualTo("```\n" + failure.getMessage().strip() + "\n```");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end);
    assertThat(from).as("marker %s", start).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    assertThat(text.indexOf(start, from + 1)).as("a single %s", start).isNegative();
    return text.substring(from + start.length(), to);
  }
}
