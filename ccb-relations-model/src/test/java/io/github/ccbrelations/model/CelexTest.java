package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CelexTest {
  @ParameterizedTest
  @ValueSource(strings = {"32016L1148", "32019R0881", "32022L2555", "52020JC0018", "C2016L1148", "E2019D0001",
      "32016L1148(01)"})
  void acceptsCelexNumbers(String text) {
    assertThat(Celex.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "x", "3201L1148", "32016l1148", "32016L114", "32016L11480", "32016LLL1148", "A2016L1148", "32016L1148(1234)",
      " 32016L1148", "32016 L 1148", ""
  })
  void rejectsOtherTextNamingIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Celex.of(text))
        .withMessageStartingWith("CELEX number must look like 32016L1148")
        .withMessageEndingWith("'" + text + "'");
  }
}
