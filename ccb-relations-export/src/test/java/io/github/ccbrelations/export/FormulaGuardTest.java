package io.github.ccbrelations.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which first characters the CSV guard neutralises, cell by cell. */
class FormulaGuardTest {
  @ParameterizedTest
  @ValueSource(strings = {
      // OWASP's CSV Injection page: = + - @, tab, carriage return, line feed; its ASVS (1.2.10) adds the null character.
      "=1+2", "+1", "-1+2", "@SUM(1)", "\t=1", "\r=1", "\n=1", "\u0000=1",
      // Their full-width forms, which Excel in a Japanese locale reads as the ASCII ones (OWASP www-community #1088).
      "\uff1d1+2", "\uff0b1", "\uff0d1+2", "\uff20SUM(1)"})
  void quotesACellThatStartsWithAFormulaCharacter(String cell) {
    assertThat(FormulaGuard.NEUTRALISE.apply(cell)).isEqualTo("'" + cell);
    assertThat(FormulaGuard.OFF.apply(cell)).isEqualTo(cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "CCB", "'s-Hertogenbosch", "a=b", " =1", "\u2212 1", "1-2"})
  void leavesAnyOtherCellAsItIs(String cell) {
    assertThat(FormulaGuard.NEUTRALISE.apply(cell)).isEqualTo(cell);
  }
}
