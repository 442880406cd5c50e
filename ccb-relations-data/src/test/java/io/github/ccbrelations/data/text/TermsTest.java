package io.github.ccbrelations.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.RoleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The library's words say the same thing in each language. */
class TermsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "EN | follow-up of commitments",
      "FR | suivi des engagements",
      "NL | opvolging van verbintenissen",
      "DE | Nachverfolgung von Verpflichtungen",
  })
  void namesWhatIsFollowedUpInEveryLanguage(Language language, String expected) {
    assertThat(Terms.function(RoleFunction.FOLLOW_UP, language)).isEqualTo(expected);
  }
}
