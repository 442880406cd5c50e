package io.github.ccbrelations.data.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.internal.index.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookalikesTest {
  @ParameterizedTest
  @CsvSource({
      "CTR, \u0421TR", // Cyrillic Es
      "CTR, \uff23\uff34\uff32", // fullwidth
      "ENISA, \u0395\u039d\u0399\u0405\u0410", // Greek Epsilon, Nu, Iota; Cyrillic Dze, A
      "BOSA, \u0412\u041e\u0405\u0391", // Cyrillic Ve, O, Dze; Greek Alpha
      "ccb, CCB"})
  void textsDrawnAlikeHaveOneLook(String latin, String other) {
    assertThat(Lookalikes.of(other, Names.key(other))).isEqualTo(Lookalikes.of(latin, Names.key(latin)));
  }

  @ParameterizedTest
  @CsvSource({"CTR, CTA", "ENISA, ENIZA", "\u0414\u0420, DR"})
  void textsDrawnDifferentlyHaveDifferentLooks(String one, String other) {
    assertThat(Lookalikes.of(one, Names.key(one))).isNotEqualTo(Lookalikes.of(other, Names.key(other)));
  }
}
