package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelTest {
  @Test
  void makesALabelWithoutSourcesOfItsOwn() {
    Label label = Label.of(Language.EN, LabelKind.ACRONYM, "ENISA");

    assertThat(label.language()).isEqualTo(Language.EN);
    assertThat(label.kind()).isEqualTo(LabelKind.ACRONYM);
    assertThat(label.text()).isEqualTo("ENISA");
    assertThat(label.sources()).isEmpty();
  }

  @Test
  void keepsItsSources() {
    assertThat(TestValues.label().sources()).containsExactly(TestValues.eurLexReference());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", " ENISA", "ENISA "})
  void rejectsBlankOrUntrimmedTextNamingIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Label.of(Language.EN, LabelKind.NAME, text))
        .withMessageStartingWith("label ")
        .withMessageContaining("'" + text + "'");
  }
}
