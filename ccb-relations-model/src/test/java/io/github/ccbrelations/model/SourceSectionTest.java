package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceSectionTest {
  @Test
  void keepsIdHeadingAndParagraphCount() {
    SourceSection section = SourceSection.of("european-level", "Au niveau européen", 7);

    assertThat(section.id()).isEqualTo("european-level");
    assertThat(section.heading()).isEqualTo("Au niveau européen");
    assertThat(section.paragraphs()).isEqualTo(7);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -3})
  void rejectsASectionWithoutParagraphsNamingItAndTheCount(int paragraphs) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SourceSection.of("intro", "Introduction", paragraphs))
        .withMessageContaining("'intro'")
        .withMessageEndingWith(": " + paragraphs);
  }

  @Test
  void rejectsAnIdThatIsNoSlug() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SourceSection.of("Intro", "Introduction", 1))
        .withMessageStartingWith("section id ")
        .withMessageContaining("'Intro'");
  }

  @Test
  void rejectsABlankHeading() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SourceSection.of("intro", " ", 1))
        .withMessageStartingWith("section heading ");
  }
}
