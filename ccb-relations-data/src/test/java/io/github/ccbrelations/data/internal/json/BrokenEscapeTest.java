package io.github.ccbrelations.data.internal.json;

import static io.github.ccbrelations.data.internal.json.ParseStop.stop;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An escape that JSON does not have names the character that breaks it, whole, not its first byte as a character of
 * its own ('Ã' for 'é', as jackson-core would).
 */
class BrokenEscapeTest {
  private static final String NO_ESCAPE = " after a backslash, which starts no escape of JSON; the escapes are \\\","
      + " \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hex digits";
  private static final String NO_HEX = " where \\u needs four hex digits (0-9, a-f, A-F)";

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"h": "ab\\x"}`        | U+0078 'x' | false
      `{"h": "ab\\é"}`        | U+00E9 'é' | false
      `{"h": "ab\\😀"}`       | U+1F600    | false
      `{"h": "ab\\\\\\q"}`    | U+0071 'q' | false
      `{"h\\q": 1}`           | U+0071 'q' | false
      `{"h": "ab\\u12G4"}`    | U+0047 'G' | true
      `{"h": "ab\\u00é9"}`    | U+00E9 'é' | true
      `{"h": "ab\\u00"}`      | U+0022 '"' | true
      """)
  void aBrokenEscapeNamesItsCharacter(String json, String character, boolean unicode) {
    Violation v = stop(json);

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).as(v.toString()).isEqualTo("not JSON: " + character + (unicode ? NO_HEX : NO_ESCAPE));
  }

  /**
   * A string where the format wants an object, which the parser skips unread, has its own path when it is broken; a
   * name after a string, the object's.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"header": "x\\q"}`           | $.header
      `{"bodies": ["ok", "a\\"b\\q"]}` | $.bodies[1]
      `{"header": "x\n"}`            | $.header
      `{"a": "x", "b\\q": 1}`         | $
      """)
  void aBrokenStringOfTheWrongTypeHasItsOwnPath(String json, String path) {
    Violation v = stop(json);

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.jsonPath()).as(v.toString()).isEqualTo(path);
  }

  /** A colon or comma in a name, where a value could begin, does not make the word before the backslash a value. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"a:b\\]": 1}`                      | 7  | $
      `{"a,b\\q": 1}`                      | 7  | $
      `{"b": [{"id": "a", "k:x\\q": 1}]}`  | 25 | $.b[0]
      """)
  void aBrokenEscapeInANameWithAColonOrComma(String json, int column, String path) {
    Violation v = stop(json);

    assertThat(v.message()).as(v.toString()).endsWith(NO_ESCAPE);
    assertThat(v.jsonPath()).as(v.toString()).isEqualTo(path);
    assertThat(new int[] {v.line(), v.column()}).as(v.toString()).containsExactly(1, column);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"h": "ab\\\\\t"}`
      `{"h": "\\\\\u0001"}`
      """)
  void aControlCharacterAfterAnEscapedBackslashIsNoBrokenEscape(String json) {
    Violation v = stop(json);

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).as(v.toString()).doesNotContain("escape of JSON")
        .contains("unescaped in a string");
  }
}
