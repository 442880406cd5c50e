package io.github.ccbrelations.data.violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      line feed              | 10     | \\n
      carriage return        | 13     | \\r
      tab                    | 9      | \\t
      nul                    | 0      | \\u0000
      terminal escape        | 27     | \\u001b
      delete                 | 127    | \\u007f
      C1 control (CSI)       | 155    | \\u009b
      next line              | 133    | \\u0085
      arabic letter mark     | 1564   | \\u061c
      left-to-right mark     | 8206   | \\u200e
      right-to-left mark     | 8207   | \\u200f
      line separator         | 8232   | \\u2028
      paragraph separator    | 8233   | \\u2029
      left-to-right embedding| 8234   | \\u202a
      right-to-left override | 8238   | \\u202e
      left-to-right isolate  | 8294   | \\u2066
      pop directional isolate| 8297   | \\u2069
      byte-order mark        | 65279  | \\ufeff
      lone high surrogate    | 55296  | \\ud800
      lone low surrogate     | 57343  | \\udfff
      """)
  void escapesEveryCharacterThatCouldForgeOrReorderALine(String name, int code, String escaped) {
    String value = "a" + (char) code + "b";

    assertThat(SafeText.bounded(value, 10)).isEqualTo("a" + escaped + "b");
  }

  @Test
  void noCharacterThatIsAControlOrFormatsDirectionSurvivesEscaping() {
    String all = IntStream.range(0, 0x10000).mapToObj(c -> String.valueOf((char) c))
        .reduce(new StringBuilder(), StringBuilder::append, StringBuilder::append).toString();

    String escaped = SafeText.bounded(all, Integer.MAX_VALUE);

    assertThat(escaped.codePoints().filter(c -> Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.SURROGATE
        || Character.getType(c) == Character.LINE_SEPARATOR
        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
        || Character.getDirectionality(c) >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
            && Character.getDirectionality(c) <= Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
        || Character.getDirectionality(c) >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
            && Character.getDirectionality(c) <= Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE
        || c == 0x200e || c == 0x200f || c == 0x061c))
        .isEmpty();
  }

  @Test
  void leavesPrintableTextAndSurrogatePairsAsTheyAre() {
    String text = "Centre pour la Cybersécurité Belgique \\ \"CCB\" 🇧🇪 𝔘 – 中文 عربي";

    assertThat(SafeText.bounded(text, text.length())).isSameAs(text);
  }

  @Test
  void escapesWholeTextWithoutCuttingIt() {
    String text = "Agence de l'Union européenne 😀 \\u001b 中文 ﷺ";
    String longText = "x".repeat(100_000) + "\u001b";

    assertThat(SafeText.escaped(text)).isSameAs(text);
    // A tag character draws nothing: both halves escaped, as Java writes them.
    assertThat(SafeText.escaped("tag \udb40\udc41")).isEqualTo("tag \\udb40\\udc41");
    assertThat(SafeText.escaped(longText)).isEqualTo("x".repeat(100_000) + "\\u001b");
  }

  @Test
  void cutsALongValueAndSaysHowLongItWas() {
    String value = "x".repeat(1_000_000);

    assertThat(SafeText.bounded(value, 50)).isEqualTo("x".repeat(50) + "... (1000000 characters)");
  }

  @Test
  void boundsTheEscapedFormNotOnlyTheRawLength() {
    String value = "\u001b".repeat(100);

    String bounded = SafeText.bounded(value, 60);

    assertThat(bounded).startsWith("\\u001b".repeat(10)).endsWith("... (100 characters)").hasSize(60 + 20);
  }

  @Test
  void neverCutsASurrogatePairInHalf() {
    String value = "a" + "🇧🇪".repeat(10);

    String bounded = SafeText.bounded(value, 4);

    assertThat(bounded).isEqualTo("a🇧... (41 characters)");
    assertThat(bounded.chars().filter(c -> Character.isSurrogate((char) c))).hasSize(2);
  }
}
