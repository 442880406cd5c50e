package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {
  private final LocalizedText brussels =
      LocalizedText.of(Map.of(Language.FR, "Bruxelles", Language.NL, "Brussel", Language.EN, "Brussels"));

  @Test
  void givesTheTextInALanguageOrNothing() {
    assertThat(brussels.in(Language.NL)).contains("Brussel");
    assertThat(brussels.in(Language.DE)).isEmpty();
  }

  @Test
  void givesTheTextInTheFirstPreferredLanguageThatHasOne() {
    assertThat(brussels.best(List.of(Language.DE, Language.EN, Language.FR))).isEqualTo("Brussels");
  }

  @Test
  void fallsBackToSomeTextWhenNoPreferredLanguageHasOne() {
    assertThat(brussels.best(List.of(Language.DE))).isIn("Bruxelles", "Brussel", "Brussels");
    assertThat(LocalizedText.of(Language.NL, "Brussel").best(List.of())).isEqualTo("Brussel");
  }

  @Test
  void makesATextInOneLanguage() {
    assertThat(LocalizedText.of(Language.DE, "Brüssel").values()).containsExactly(Map.entry(Language.DE, "Brüssel"));
  }

  @Test
  void keepsItsLanguagesInDeclarationOrder() {
    assertThat(brussels.values().keySet()).containsExactly(Language.FR, Language.NL, Language.EN);
  }

  @Test
  void rejectsATextWithNoLanguage() {
    assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of(Map.of()))
        .withMessageContaining("at least one");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", " Bruxelles", "Bruxelles\n"})
  void rejectsBlankOrUntrimmedTextNamingItsLanguage(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LocalizedText.of(Map.of(Language.EN, "Brussels", Language.FR, text)))
        .withMessageStartingWith("text in fr ")
        .withMessageContaining("'" + text + "'");
  }
}
