package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {
  @ParameterizedTest
  @CsvSource({"fr, FR", "FR, FR", "Nl, NL", "en, EN", "dE, DE"})
  void findsALanguageByItsCodeInAnyCase(String code, Language expected) {
    assertThat(Language.ofCode(code)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void findsEachLanguageByItsOwnCodeAndLocale(Language language) {
    assertThat(Language.ofCode(language.code())).isEqualTo(language);
    assertThat(language.locale()).isEqualTo(new Locale(language.code()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xx", "fra", "fr-BE", "", " fr"})
  void rejectsOtherCodesNamingThem(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Language.ofCode(code))
        .withMessage("language must be one of fr, nl, en, de: '" + code + "'");
  }
}
