package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SourceReferenceTest {
  private static SourceReference.Builder reference() {
    SourceReference.Builder builder = SourceReference.builder();
    builder.source(SourceId.of("ccb-page-fr"));
    return builder;
  }

  @Test
  void pointsAtAWholeDocumentWhenNothingElseIsGiven() {
    SourceReference whole = reference().build();

    assertThat(whole.source()).isEqualTo(SourceId.of("ccb-page-fr"));
    assertThat(whole.section()).isEmpty();
    assertThat(whole.paragraph()).isEmpty();
    assertThat(whole.locator()).isEmpty();
    assertThat(whole.supports()).isEmpty();
  }

  @Test
  void rejectsAParagraphWithoutItsSectionNamingParagraphAndSource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> reference().paragraph(2).build())
        .withMessageContaining("(2)")
        .withMessageContaining("'ccb-page-fr'");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsParagraphNumbersBelowOne(int paragraph) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> reference().section("european-level").paragraph(paragraph).build())
        .withMessageContaining("start at 1")
        .withMessageContaining(String.valueOf(paragraph));
  }

  @Test
  void acceptsTheFirstParagraphOfASection() {
    assertThat(reference().section("european-level").paragraph(1).build().paragraph()).contains(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"European-Level", "european level", ""})
  void rejectsASectionIdThatIsNoSlug(String section) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> reference().section(section).build())
        .withMessageStartingWith("section id ")
        .withMessageContaining("'" + section + "'");
  }

  @Test
  void rejectsABlankLocator() {
    assertThatIllegalArgumentException().isThrownBy(() -> reference().locator(" ").build())
        .withMessageStartingWith("locator ");
  }

  @Test
  void rejectsAFieldSupportedTwice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> reference().addSupports("celex", "inForce", "celex").build())
        .withMessageContaining("'celex' twice");
  }
}
