package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.model.Language;
import org.junit.jupiter.api.Test;

/** The explorer's diagram as SVG text. */
class ExplorerGraphTest {
  @Test
  void cutsTextThatWouldLeaveItsBox() {
    assertThat(ExplorerGraph.shorten("ENISA", 10)).isEqualTo("ENISA");
    assertThat(ExplorerGraph.shorten("groupe de travail informel", 10)).isEqualTo("groupe de…");
  }

  @Test
  void cutsBetweenCharactersAndTrimsTheSpacesThePageScriptTrims() {
    // Nine UTF-16 units would keep half of the emoji, which has no UTF-8 form.
    assertThat(ExplorerGraph.shorten("xxxxxxxx😀yy", 10)).isEqualTo("xxxxxxxx…");
    assertThat(ExplorerGraph.shorten("xxxxxxx😀yy", 10)).isEqualTo("xxxxxxx😀…");
    // JavaScript's trim() also takes no-break spaces, which String.strip() keeps.
    assertThat(ExplorerGraph.shorten("groupe\u00a0de travail", 8)).isEqualTo("groupe…");
  }

  @Test
  void givesEveryTextItsFourTranslationsAndEveryEdgeItsRole() {
    String svg = ExplorerGraph.svg(CcbRelations.bundled(), Language.FR);
    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
    long texts = svg.split("<text ", -1).length - 1;
    for (Language l : Language.values()) {
      assertThat(svg.split(" data-" + l.code() + "=\"", -1).length - 1).as(l.code()).isEqualTo(texts);
    }
    assertThat(svg).contains("data-role=\"ccb-expert-support-nato\"", ">appui d’expertise · sur demande</text>");
  }
}
