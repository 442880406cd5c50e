package io.github.ccbrelations.data.internal.json;

import static io.github.ccbrelations.data.internal.json.ParseStop.assertSyntaxError;
import static io.github.ccbrelations.data.internal.json.ParseStop.stop;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A character of more than one byte outside a string is not JSON (jackson-core would stumble on its bytes at a place
 * that depends on what it expected there): wherever it stands, the error names the character at its first byte. Inside
 * a string or a name the same character is text, and an error just after it (a control character, a bad escape) is
 * told at its own place.
 */
class StrayCharacterTest {
  private static final String[] CHARACTERS = {"\u00e9", "\u00a0", "\u2028", "\ud83d\ude00", "\ufeff"};

  /** The column (on line 1, in bytes, from 1) of the first byte after some text. */
  private static int columnAfter(String before) {
    return before.getBytes(StandardCharsets.UTF_8).length + 1;
  }

  private static String named(String character) {
    int c = character.codePointAt(0);
    return c == 0xFEFF
        ? "a byte-order mark (U+FEFF) between the values of JSON; only the first character of a file may be one"
        : String.format(Locale.ROOT, "not JSON: the character U+%04X outside a string; between the tokens of JSON only"
            + " space, tab, LF and CR may stand", c);
  }

  private static void assertNamedAt(String before, String character, String after) {
    assertSyntaxError(before + character + after, 1, columnAfter(before), named(character));
  }

  /** Where a value starts: at the top level, after a colon, after an array's bracket or comma. */
  @ParameterizedTest
  @ValueSource(strings = {" ", "{\"header\": ", "{\"sources\": [", "{\"sources\": [1, "})
  void whereAValueStarts(String before) {
    for (String character : CHARACTERS) {
      assertNamedAt(before, character, "1]}");
    }
  }

  /** Where a comma or the end of the object is expected: after a number, a string, a literal, an object. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"header\": 1", "{\"header\": \"x\"", "{\"header\": true", "{\"header\": {}"})
  void whereACommaIsExpected(String before) {
    for (String character : CHARACTERS) {
      assertNamedAt(before, character, "}");
    }
  }

  /** Where a field name is expected: after the object's brace, after a comma. */
  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"header\": 1, ", "{\"header\": {\"a\": 1, "})
  void whereAFieldNameIsExpected(String before) {
    for (String character : CHARACTERS) {
      assertNamedAt(before, character, "\"b\": 1}}");
    }
  }

  /**
   * Inside a literal the parser reads on to the end of the token and names the token; a character it takes for part of
   * it (a letter, U+FEFF) stays in the token's name, any other is named, at its first byte.
   */
  @ParameterizedTest
  @ValueSource(strings = {"{\"header\": t", "{\"sources\": [nul"})
  void insideALiteral(String before) {
    for (String character : CHARACTERS) {
      Violation v = stop(before + character + "]}");

      assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
      if (v.message().contains("is not a value of JSON")) {
        assertThat(v.message()).as(v.toString()).startsWith("not JSON: '"
            + before.substring(before.lastIndexOf(' ') + 1).replace("[", ""));
        // At the token's first letter, however many bytes the character in it has.
        assertThat(v.column()).as(v.toString()).isEqualTo(columnAfter(before.replaceAll("[a-z]+$", "")));
      } else {
        assertThat(v.message()).as(v.toString()).isEqualTo(named(character));
        assertThat(v.column()).as(v.toString()).isEqualTo(columnAfter(before));
      }
    }
  }

  /** A control character that Java ignores in names is part of a misspelt literal: the token is placed at its start. */
  @ParameterizedTest
  @ValueSource(strings = {"\u0001", "\u0008", "\u001b", "\u007f"})
  void aControlCharacterInsideALiteral(String control) {
    Violation v = stop("{\"header\": tr" + control + "ue}");

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(new int[] {v.line(), v.column()}).as(v.toString()).containsExactly(1, columnAfter("{\"header\": "));
  }

  /**
   * An error just after a string whose last word could be read as a token, or just after a token that a line end or a
   * tab follows: at the close marker, and about the token, not about the white space after it.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"header": {"text": "Centre national"]}`     | 38 | ']' cannot close the object
      `{"header": {"text": "Centre de sécurité"]}`  | 43 | ']' cannot close the object
      `{"header": ["a b", "c d"}`                   | 25 | '}' cannot close the array
      `{"header": NaN\n}`                          | 12 | NaN
      `{"header": tru\t}`                          | 12 | tru
      `{"header": tru\\}`                         | 12 | tru
      `{"header": ["un cafés\t"]}`                 | 23 | control character U+0009
      `{"my cafés\t": 1}`                          | 12 | control character U+0009
      `{"header": {"my field\t": 1}}`             | 22 | control character U+0009
      """)
  void anErrorAfterAStringOrAToken(String json, int column, String about) {
    Violation v = stop(json);

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).as(v.toString()).contains(about);
    if (!about.contains("U+")) {
      assertThat(v.message()).as(v.toString()).doesNotContain("control character", "escape of JSON");
    }
    assertThat(v.column()).as(v.toString()).isEqualTo(column);
  }

  /**
   * After a whole value in an object the parser wants a comma or the object's end: a character there has the object's
   * path; where the value starts, the field's.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"h": {"a": null\ud83d\ude00}}` | 17 | $.h   | U+1F600
      `{"h": {"a": 12\u00e9}}`         | 15 | $.h   | U+00E9
      `{"h": {"a": true\u00a0}}`       | 17 | $.h   | U+00A0
      `{"h": {"a": \ud83d\ude00}}`     | 13 | $.h.a | U+1F600
      """)
  void aCharacterAfterAWholeValueInAnObjectHasTheObjectsPath(String json, int column, String path, String character) {
    Violation v = stop(json);

    assertThat(v.message()).as(v.toString()).contains("the character " + character + " outside a string");
    assertThat(v.column()).as(v.toString()).isEqualTo(column);
    assertThat(v.jsonPath()).as(v.toString()).isEqualTo(path);
  }

  /** After a byte-order mark, which is no part of the text, a misspelt word at the top level starts at column 1. */
  @ParameterizedTest
  @ValueSource(strings = {"\uFEFFtru", "\uFEFFtru\u0000", "\uFEFFNaN", "\uFEFF01", "\uFEFF+1"})
  void aWordAfterAByteOrderMarkStartsTheLine(String json) {
    Violation v = stop(json);

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(new int[] {v.line(), v.column()}).as(v.toString()).containsExactly(1, 1);
  }

  /** After a byte-order mark, a character beyond ASCII at the top level is that character, never the mark. */
  @ParameterizedTest
  @CsvSource({"\uFEFF\u00e9, 1", "\uFEFF\u00e91, 1", "\uFEFF\u00e9 {}, 1", "\uFEFFtrue\u00e9, 5"})
  void aCharacterAfterAByteOrderMarkIsThatCharacter(String json, int column) {
    Violation v = stop(json);

    assertThat(v.message()).as(v.toString()).contains("the character U+00E9 outside a string");
    assertThat(new int[] {v.line(), v.column()}).as(v.toString()).containsExactly(1, column);
  }

  /** A control character that ends a misspelt word at the input's end is the word's: at its start, as before a '}'. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"h\": E\u0000", "{\"h\": E\u0000}", "{\"h\": nul\u0001"})
  void aControlCharacterEndingAWordIsTheWords(String json) {
    Violation v = stop(json);

    assertThat(v.message()).as(v.toString()).startsWith("not JSON: '").contains("' is not a value of JSON");
    assertThat(new int[] {v.line(), v.column()}).as(v.toString()).containsExactly(1, 7);
    assertThat(v.jsonPath()).as(v.toString()).isEqualTo("$.h");
  }

  /**
   * A token, or a trailing comma and the white space after it, that the checked input's buffer of 16 KiB ends in: still
   * placed at its start after the buffer is refilled.
   */
  @ParameterizedTest
  @ValueSource(strings = {"-Infinity", "nulll", "tru\u00e9\u00e9\u00e9", ",            }"})
  void aTokenAcrossTheEndOfTheChecksBuffer(String token) {
    boolean comma = token.startsWith(",");
    for (int pad = 16_340; pad < 16_400; pad++) {
      String before = "{\"a\": \"" + "x".repeat(pad) + "\"" + (comma ? "" : ", \"b\": ");
      Violation v = stop(before + token + (comma ? "" : "}"));

      assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
      assertThat(v.column()).as("pad %d: %s", pad, v).isEqualTo(columnAfter(before));
    }
  }

  /**
   * A character of two bytes directly followed by tab, LF or CR where a value starts: the parser stumbles on the
   * white space, one past the character, as it would on a control character after it in a string; it is named all
   * the same.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\t", "\n", "\r"})
  void aTwoByteCharacterFollowedByWhiteSpaceWhereAValueStarts(String space) {
    for (String before : new String[] {"{\"header\": ", "{\"sources\": [", "{\"sources\": [1, ", ""}) {
      for (String character : new String[] {"\u00e9", "\u00a0"}) {
        assertNamedAt(before, character, space + "1]}");
      }
    }
  }

  /**
   * The same bytes inside a string skipped unread, a string read, a field name: the control character after the
   * character is the error, at its own place, and the character is not named.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\t", "\n", "\r", "\u0001"})
  void aControlCharacterAfterACharacterInAStringOrName(String control) {
    String[][] cases = {
        {"{\"header\": \"", "\"}"}, {"{\"header\": [\"", "\"]}"}, {"{\"zz\": \"", "\"}"},
        {"{\"header\": {\"id\": \"", "\"}}"}, {"{\"bodies\": [{\"id\": \"", "\"}]}"},
        {"{\"", "\": 1}"}, {"{\"header\": 1, \"", "\": 1}"}, {"{\"header\": {\"", "\": 1}}"}};
    for (String[] c : cases) {
      for (String character : CHARACTERS) {
        String before = c[0] + character;
        Violation v = stop(before + control + c[1]);

        assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
        assertThat(v.message()).as(v.toString()).doesNotContain("outside a string")
            .contains("the control character U+%04X unescaped".formatted((int) control.charAt(0)));
        assertThat(v.column()).as(v.toString()).isEqualTo(columnAfter(before));
      }
    }
  }

  /** A bad escape whose letter is such a character, or that follows one: the escape is the error, not the character. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"header\": \"", "{\"zz\": \"x", "{\"", "{\"header\": 1, \"a"})
  void aBadEscapeNextToACharacterInAStringOrName(String before) {
    for (String character : CHARACTERS) {
      for (String escape : new String[] {"\\" + character, character + "\\q", "\\u1" + character}) {
        Violation v = stop(before + escape + "\": 1}");

        assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
        assertThat(v.message()).as(v.toString()).doesNotContain("outside a string");
      }
    }
  }
}
