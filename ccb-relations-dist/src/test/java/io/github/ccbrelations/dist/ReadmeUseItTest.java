package io.github.ccbrelations.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's smallest pom is, verbatim, the consumer project that `mvn verify` builds from the staging repository.
 */
class ReadmeUseItTest {
  private static final String START = "<!-- use-it-pom:start -->";
  private static final String END = "<!-- use-it-pom:end -->";

  @Test
  void readmePomIsTheStagingConsumersPomWithTheVersionsFilledIn() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String consumer = Files.readString(Path.of("src/it/readme-pom/pom.xml"), StandardCharsets.UTF_8)
        .replace("@project.version@", System.getProperty("dist.codeVersion"))
        .replace("@junit.version@", System.getProperty("junit.version"))
        .strip();

    String block = between(readme, START, END).strip();
    assertThat(block).startsWith("```xml\n").endsWith("\n```");
    String readmePom = block.substring("```xml\n".length(), block.length() - "\n```".length());

    assertThat(consumer).doesNotContain("@");
    assertThat(readmePom).contains("<artifactId>ccb-relations-bom</artifactId>", "<scope>import</scope>",
        "maven-surefire-plugin").isEqualTo(consumer);
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
