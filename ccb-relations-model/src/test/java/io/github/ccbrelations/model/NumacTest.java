package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NumacTest {
  @ParameterizedTest
  @ValueSource(strings = {"2019011507", "2024010765", "1831000001", "1999123456"})
  void acceptsTenDigitsStartingWithAYear(String text) {
    assertThat(Numac.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "201901150", "20190115070", "1700011507", "1829011507", "2119011507", "0019011507", "2019O11507", "2019-011507",
      "x", ""
  })
  void rejectsWrongLengthOrYearNamingIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Numac.of(text))
        .withMessageStartingWith("numac must be ten digits")
        .withMessageEndingWith("'" + text + "'");
  }

  @Test
  void rejectsTheYearBeforeTheFirstOfficialJournal() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Numac.of("1830011507"))
        .withMessageEndingWith("'1830011507'");
  }
}
