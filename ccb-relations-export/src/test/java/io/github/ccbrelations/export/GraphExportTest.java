package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Mermaid and DOT pictures draw every role that has a target, and docs/exports.md shows the current one. */
class GraphExportTest {
  private static final Dataset DATA = CcbRelations.bundled().allTime();
  static final String START = "<!-- relations-graph:start -->";
  static final String END = "<!-- relations-graph:end -->";

  @ParameterizedTest
  @EnumSource(Language.class)
  void drawsAnArrowPerRoleSubjectAndLinkLabelledWithWhatItIs(Language language) {
    String mermaid = GraphExport.mermaid(DATA, language);
    String dot = GraphExport.dot(DATA, language);
    assertThat(mermaid).startsWith("flowchart LR\n");
    assertThat(dot).startsWith("digraph relations {\n").endsWith("}\n");
    Set<String> arrows = new LinkedHashSet<>();
    for (Role r : DATA.roles()) {
      String from = "b_" + id(r.via().orElse(r.holder()).value());
      r.body().or(r::about).or(r::onBehalfOf).ifPresent(to -> arrows.add(from
          + (r.body().isPresent() ? " -->|\"" : " -.->|\"") + GraphExport.mermaidText(Terms.function(r.function(),
          language)) + "\"| b_" + id(to.value())));
      r.subjects().forEach(x -> arrows.add(from + " -.->|\"" + GraphExport.mermaidText(Terms.subject(x.kind(),
          language)) + "\"| i_" + id(x.instrument().value())));
    }
    DATA.bodies().forEach(b -> {
      b.relations().forEach(x -> arrows.add("b_" + id(b.id().value()) + " ==>|\""
          + GraphExport.mermaidText(Terms.relation(x.kind(), language)
          + x.within().map(w -> " (" + Words.shortLabel(DATA.body(w), Terms.preference(language)) + ")").orElse(""))
          + "\"| b_" + id(x.body().value())));
      b.designatedBy().ifPresent(d -> arrows.add("b_" + id(b.id().value()) + " ==>|\""
          + GraphExport.mermaidText(Words.Link.DESIGNATED_BY.in(language)) + "\"| i_" + id(d.instrument().value())));
    });
    DATA.instruments().forEach(i -> {
      String from = "i_" + id(i.id().value()) + " ==>|\"";
      i.implementsInstruments().forEach(t -> arrows.add(from
          + GraphExport.mermaidText(Words.Link.IMPLEMENTS.in(language)) + "\"| i_" + id(t.value())));
      i.executes().forEach(t -> arrows.add(from
          + GraphExport.mermaidText(Words.Link.EXECUTES.in(language)) + "\"| i_" + id(t.instrument().value())));
      i.extendsInstruments().forEach(t -> arrows.add(from
          + GraphExport.mermaidText(Words.Link.EXTENDS.in(language)) + "\"| i_" + id(t.value())));
      i.amends().forEach(t -> arrows.add(from
          + GraphExport.mermaidText(Words.Link.AMENDS.in(language)) + "\"| i_" + id(t.value())));
    });
    assertThat(arrows).anySatisfy(a -> assertThat(a).startsWith("b_ecso ==>").endsWith("b_european_commission"))
        .anySatisfy(a -> assertThat(a).contains("b_niger_cooperation_project"))
        .anySatisfy(a -> assertThat(a).startsWith("i_osce_pc_decision_1202 ==>"));
    assertThat(mermaid.lines().filter(l -> l.contains(">|")).map(String::strip).toList())
        .containsExactlyElementsOf(arrows);
    assertThat(dot.lines().filter(l -> l.contains(" -> ")).count()).isEqualTo(arrows.size());
    assertThat(dot).contains("\"instrument/be-royal-decree-nis2-2024\" -> \"instrument/be-nis2-law-2024\"");
    for (Level level : Level.values()) {
      if (mermaid.contains("subgraph level_" + level.name().toLowerCase(java.util.Locale.ROOT))) {
        assertThat(mermaid).contains(GraphExport.mermaidText(Terms.level(level, language)));
      }
    }
    assertThat(mermaid).contains("subgraph level_operational").contains("subgraph instruments");
  }

  private static String id(String value) {
    return value.replace('-', '_');
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
  void aDatasetWithoutTheCcbHasNoEmptyBoxNamedAfterIt() {
    Dataset data = Exports.tricky();

    assertThat(data.findBody(CcbRelations.CCB)).isEmpty();
    assertThat(GraphExport.mermaid(data, Language.EN)).doesNotContain("ccb_parts").contains("subgraph");
    assertThat(GraphExport.dot(data, Language.EN)).doesNotContain("ccb_parts").contains("subgraph cluster_");
    assertThat(GraphExport.mermaid(DATA, Language.EN)).contains("subgraph ccb_parts[\"CCB\"]");
  }

  @Test
  void aLabelKeepsItsTextThroughMermaidsOwnEntityPass() {
    // On a line with "style" or "classDef", a colon then "#...;" loses its last semicolon; the marker characters
    // Mermaid puts in place of entity codes (ﬂ°°, ﬂ°, ¶ß) become "&#", "&" and ";" wherever they stand.
    for (String name : List.of("style:\\\"x\\\"", "classDef:100%", "ﬂ°lt¶ß and ¶ß")) {
      Dataset data = Exports.trickyWithForumNamed(name, "mermaid.json");
      String forum = data.allTime().bodies().get(1).labels().get(0).text();

      assertThat(GraphGrammar.mermaidLabels(GraphExport.mermaid(data, Language.EN)))
          .anySatisfy(label -> assertThat(label).startsWith(forum + " ("));
    }
  }

  @Test
  void docsShowTheRelationsGraphTheCodeDrawsNow() throws IOException {
    Path page = Readme.projectRoot().resolve("docs/exports.md");
    String text = Files.readString(page, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    assertThat(start).as("docs/exports.md has " + START).isNotNegative();
    assertThat(end).as("docs/exports.md has " + END).isGreaterThan(start);
    String shown = text.substring(start + START.length(), end).strip();
    String expected = "```mermaid\n" + GraphExport.mermaid(DATA, Language.EN) + "```";
    assertThat(shown)
        .as("The relations graph in docs/exports.md is out of date. Regenerate it with "
            + "`mvn -q -Pexample package -DskipTests -Dexample=io.github.ccbrelations.examples.ExportAll "
            + "-Dexample.args=\"target/exports --lang en\"` and paste target/exports/relations.mmd between "
            + START + " and " + END + " in a ```mermaid block")
        .isEqualTo(expected);
  }
}
