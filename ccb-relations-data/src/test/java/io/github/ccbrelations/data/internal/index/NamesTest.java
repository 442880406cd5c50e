package io.github.ccbrelations.data.internal.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast paths of the name key give the key of its definition (NFKD, letters and digits, lower case). */
class NamesTest {
  @Test
  void everyCharacterUpToU00FFHasTheKeyOfItsDecomposition() {
    for (char c = 0; c < 0x100; c++) {
      String text = "a" + c + "Z";
      assertThat(Names.key(text)).as("U+%04X", (int) c).isEqualTo(Names.decomposedKey(text));
    }
  }

  @Test
  void mixedTextsHaveTheKeyOfTheirDecomposition() {
    Random random = new Random(20261129L);
    String others = "\u0152\u0153\u0160\u017d\u03a3\u03c3\u0130\u2013\u2019\u00df\u00b5\ufb01\u1e9e";
    // One work area for every round, as an index builder uses it; long texts make it grow.
    Names.Buffer buffer = new Names.Buffer();
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(round % 100 == 0 ? 400 : 30);
      for (int i = 0; i < length; i++) {
        int kind = random.nextInt(10);
        text.append(kind < 6 ? (char) (0x20 + random.nextInt(0x5F))
            : kind < 9 ? (char) (0xA0 + random.nextInt(0x60))
            : others.charAt(random.nextInt(others.length())));
      }
      String t = text.toString();
      assertThat(Names.key(t)).as("'%s'", t).isEqualTo(Names.decomposedKey(t));
      assertThat(Names.key(t, buffer)).as("'%s' through a reused buffer", t).isEqualTo(Names.decomposedKey(t));
    }
  }

  @Test
  void keysMeetAcrossAccentsCaseAndPunctuation() {
    assertThat(Names.key("Cybernétiques")).isEqualTo("cybernetiques");
    assertThat(Names.key("CYBERNÉTIQUES ")).isEqualTo("cybernetiques");
    assertThat(Names.key("CERT.be")).isEqualTo("certbe");
    assertThat(Names.key("Straße")).isEqualTo("straße");
  }
}
