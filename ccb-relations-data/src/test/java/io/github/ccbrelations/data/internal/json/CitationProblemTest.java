package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import org.junit.jupiter.api.Test;

/** What a citation of a known source gets wrong, in words a reader of the message can check against the source. */
class CitationProblemTest {
  private static final Source PAGE = Source.builder().id(SourceId.of("example-page")).kind(SourceKind.CCB_PAGE)
      .title("Example").addSections(SourceSection.of("intro", "Introduction", 1))
      .addSections(SourceSection.of("europe", "Europe", 4)).build();

  @Test
  void aParagraphPastTheSectionSaysHowManyItHasInTheRightNumber() {
    assertThat(IdMaps.problem(PAGE, cite("intro", 2)))
        .isEqualTo(new IdMaps.CitationProblem("paragraph",
            "section 'intro' of source 'example-page' has 1 paragraph, not 2"));
    assertThat(IdMaps.problem(PAGE, cite("europe", 9)))
        .isEqualTo(new IdMaps.CitationProblem("paragraph",
            "section 'europe' of source 'example-page' has 4 paragraphs, not 9"));
  }

  @Test
  void aSectionTheSourceLacksIsNamedAndAParagraphWithinItsSectionIsFine() {
    assertThat(IdMaps.problem(PAGE, cite("asia", 1)))
        .isEqualTo(new IdMaps.CitationProblem("section", "source 'example-page' has no section 'asia'"));
    assertThat(IdMaps.problem(PAGE, cite("europe", 4))).isNull();
  }

  private static SourceReference cite(String section, int paragraph) {
    return SourceReference.builder().source(PAGE.id()).section(section).paragraph(paragraph).build();
  }
}
