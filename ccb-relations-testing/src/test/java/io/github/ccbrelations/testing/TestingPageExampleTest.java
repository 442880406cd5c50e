package io.github.ccbrelations.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example of docs/testing.md ("Validate data in your tests") is, verbatim, the test the consumer project compiles
 * and runs, and the sample output under it is what that test's assertion prints for the consumer's broken copy.
 */
class TestingPageExampleTest {
  private static final Path PAGE = Path.of("..", "docs", "testing.md");
  private static final String START = "<!-- validate-example:start -->";
  private static final String END = "<!-- validate-example:end -->";

  @Test
  void pageExampleIsTheConsumersTestVerbatim() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    String consumer = Files.readString(
        Path.of("src/it/consumer/src/test/java/com/example/relations/ValidateOurDataTest.java"),
        StandardCharsets.UTF_8);

    String fromPage = between(page, START, END).strip();
    assertThat(fromPage).startsWith("```java\n").endsWith("\n```");
    String pageCode = fromPage.substring("```java\n".length(), fromPage.length() - "\n```".length());
    String consumerCode = between(consumer, "// " + START, "// " + END).strip();

    assertThat(pageCode).contains("@CcbRelationsTest", "Validator.standard().validate(").isEqualTo(consumerCode);
  }

  @Test
  void pageSampleOutputIsWhatTheAssertionPrintsForTheBrokenCopy() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    String name = "src/test/resources/broken-relations.json";
    byte[] broken = Files.readAllBytes(Path.of("src/it/consumer").resolve(name));
    ValidationReport report = Validator.standard().validate(broken, name);

    Throwable failure = catchThrowable(() -> CcbAssertions.assertThat(report).isValid());

    assertThat(between(page, "<!-- validate-output:start -->", "<!-- validate-output:end -->").strip())
        .isEqualTo("```\n" + failure.getMessage().strip() + "\n```");
  }

  @Test
  void pageNamesEveryAssertion() throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);

    List<String> assertions = Stream.of(DatasetAssert.class, ValidationReportAssert.class, BodyAssert.class,
            RoleAssert.class, InstrumentAssert.class)
        .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
        .map(m -> "`" + m.getName() + "(")
        .distinct()
        .toList();

    assertThat(assertions).isNotEmpty().allSatisfy(name -> assertThat(page).contains(name));
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
