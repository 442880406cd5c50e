package io.github.ccbrelations.export;

import io.github.ccbrelations.data.Terms;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Mermaid and DOT pictures draw every role that has a target, and the README shows the current one. */
class GraphExportTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();
  static final String START = "<!-- relations-graph:start -->";
  static final String END = "<!-- relations-graph:end -->";

  @ParameterizedTest
  @EnumSource(Language.class)
  void drawsAnArrowPerRoleLabelledWithItsFunction(Language language) {
    String mermaid = GraphExport.mermaid(DATA, language);
    String dot = GraphExport.dot(DATA, language);
    assertThat(mermaid).startsWith("flowchart LR\n");
    assertThat(dot).startsWith("digraph relations {\n").endsWith("}\n");
    long drawn = 0;
    for (Role r : DATA.roles()) {
      if (r.body().or(r::onBehalfOf).isEmpty()) {
        continue;
      }
      drawn++;
      String from = r.via().orElse(r.holder()).value();
      String to = r.body().or(r::onBehalfOf).get().value();
      String label = Terms.function(r.function(), language);
      String arrow = r.body().isPresent() ? " -->|\"" : " -.->|\"";
      assertThat(mermaid).contains("b_" + from.replace('-', '_') + arrow + GraphExport.mermaidText(label)
          + "\"| b_" + to.replace('-', '_'));
      assertThat(dot).contains("\"" + from + "\" -> \"" + to + "\" [label=" + GraphExport.dotString(label));
    }
    assertThat(mermaid.lines().filter(l -> l.contains("->|")).count()).isEqualTo(drawn);
    assertThat(dot.lines().filter(l -> l.contains(" -> ")).count()).isEqualTo(drawn);
    for (Level level : Level.values()) {
      if (mermaid.contains("subgraph level_" + level.name().toLowerCase(java.util.Locale.ROOT))) {
        assertThat(mermaid).contains(GraphExport.mermaidText(Terms.level(level, language)));
      }
    }
    assertThat(mermaid).contains("subgraph level_operational");
  }

  @Test
  void escapesLabelsForMermaidAndDot() {
    assertThat(GraphExport.mermaidText("a \"b\" #1 <c>\nd %%{init}%% & `m`"))
        .isEqualTo("a #34;b#34; #35;1 #60;c#62;#10;d #37;#37;{init}#37;#37; #38; #96;m#96;");
    assertThat(GraphExport.dotString("a \"b\" \\ c\nd\r&amp; \\N\u202e"))
        .isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\r&amp;amp; \\\\N&#8238;\"");
    String mermaid = GraphExport.mermaid(Exports.tricky(), Language.EN);
    assertThat(mermaid).contains("#34;").doesNotContain("<x>");
  }

  @Test
  void readmeShowsTheRelationsGraphTheCodeDrawsNow() throws IOException {
    Path readme = Readme.projectRoot().resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    assertThat(start).as("README.md has " + START).isNotNegative();
    assertThat(end).as("README.md has " + END).isGreaterThan(start);
    String shown = text.substring(start + START.length(), end).strip();
    String expected = "```mermaid\n" + GraphExport.mermaid(DATA, Language.EN) + "```";
    assertThat(shown)
        .as("The README's relations graph is out of date. Regenerate it with "
            + "`mvn -q -Pexample package -DskipTests -Dexample=io.github.ccbrelations.examples.ExportAll "
            + "-Dexample.args=\"target/exports --lang en\"` and paste target/exports/relations.mmd between "
            + START + " and " + END + " in a ```mermaid block")
        .isEqualTo(expected);
  }
}
