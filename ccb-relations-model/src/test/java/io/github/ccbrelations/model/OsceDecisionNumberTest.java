package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OsceDecisionNumberTest {
  @ParameterizedTest
  @ValueSource(strings = {"PC.DEC/1202", "PC.DEC/1039", "MC.DEC/5", "FSC.DEC/7", "PC.DEC/1106/Corr.1"})
  void acceptsDecisionSymbols(String text) {
    assertThat(OsceDecisionNumber.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "pc.dec/1202", "PC.DEC/", "PC.DEC/123456", "PC/1202", "XX.DEC/1202", "PC.DEC 1202", "PC.DEC/1202/Corr.",
      "PC.DEC/1202 ", "1202", ""
  })
  void rejectsOtherTextNamingIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OsceDecisionNumber.of(text))
        .withMessageStartingWith("OSCE decision number must look like PC.DEC/1202")
        .withMessageEndingWith("'" + text + "'");
  }
}
