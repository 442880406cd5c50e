package io.github.ccbrelations.data.internal.json;

import static io.github.ccbrelations.data.internal.json.ParseStop.assertSyntaxError;
import static io.github.ccbrelations.data.internal.json.ParseStop.stop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Broken JSON is told in the library's words, whichever jackson-core 2.x reads it: what stands where, and what JSON
 * wants there. CI runs these tests on the oldest jackson-core the library reads too.
 */
class SyntaxWordsTest {
  private static final String VALUES =
      "JSON's values are strings in double quotes, numbers, objects, arrays, true, false and null";

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"a" "x"}`          | 6  | '"' after the field name 'a', where a colon must follow
      `{"a": 1 "b": 2}`    | 9  | '"' after a value in an object, where a comma or '}' must follow
      `{"a": 0x10}`        | 8  | 'x' after a value in an object, where a comma or '}' must follow
      `{"a": [1 2]}`       | 10 | '2' after an entry of an array, where a comma or ']' must follow
      `{a: 1}`             | 2  | 'a' where a field name must start; JSON writes a field name as a string in double quotes
      `{"a": 1,, "b": 2}`  | 9  | ',' where a field name must start; JSON writes a field name as a string in double quotes
      `{"a": }`            | 7  | a value is missing before '}'
      `{"a": [1,,2]}`      | 10 | a value is missing before ','
      `{"a": /* c */ 1}`   | 7  | '/' starts no token of JSON, which has no comments
      `{"a": 1 // c\n}`    | 9  | '/' starts no token of JSON, which has no comments
      `{"a": NaN}`         | 7  | 'NaN' is not a number of JSON, which has no NaN and no infinity
      `{"a": -Infinity}`   | 7  | '-Infinity' is not a number of JSON, which has no NaN and no infinity
      `{"a": +1}`          | 7  | a number with a plus sign; JSON writes a number without one
      `{"a": 01}`          | 7  | a number with a leading zero; JSON writes no zero before the other digits of a number
      `{"a": 1.}`          | 7  | '1.' is not a number of JSON, which writes a digit after a minus sign, a decimal point and an exponent
      `{"a": 1E+}`         | 7  | '1E+' is not a number of JSON, which writes a digit after a minus sign, a decimal point and an exponent
      `{"a": -.5}`         | 7  | '-' is not a number of JSON, which writes a digit after a minus sign, a decimal point and an exponent
      `{"a": -\t1}`        | 7  | '-' is not a number of JSON, which writes a digit after a minus sign, a decimal point and an exponent
      `{"a": -Ix}`         | 7  | '-I' is not a number of JSON, which writes a digit after a minus sign, a decimal point and an exponent
      `{"a": [-]}`         | 8  | '-' is not a number of JSON, which writes a digit after a minus sign, a decimal point and an exponent
      `{"a": [1}`          | 9  | '}' cannot close the array that starts at line 1, column 7
      `{"a": 1]`           | 8  | ']' cannot close the object that starts at line 1, column 1
      `{"a": 1\u007f}`     | 8  | U+007F after a value in an object, where a comma or '}' must follow
      `]`                  | 1  | ']' closes no array or object
      `0{}`                | 2  | '{' right after a value at the top level, where only white space may follow
      """)
  void brokenJsonIsToldInTheLibrarysWords(String json, int column, String message) {
    assertSyntaxError(json, 1, column, "not JSON: " + message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"a": 'x'}`  | "'"
      `{"a": tru}`  | 'tru'
      `{"a": True}` | 'True'
      `{"a": #}`    | '#'
      """)
  void aValueOfAnotherLanguage(String json, String named) {
    Violation v = stop(json);

    assertThat(v.message()).as(v.toString()).startsWith("not JSON: " + named).endsWith("; " + VALUES);
  }

  /**
   * A token that is no value is placed at its start, whatever ends it (a quote, a backslash, a control character) or
   * follows it (a trailing comma, a stray letter); so is a control character that comes before a stray letter.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"a": tru"}`        | 7  | $.a    | 'tru' is not a value of JSON
      `{"a": [1, tru"]}`   | 11 | $.a[1] | 'tru' is not a value of JSON
      `{"a": tru\\}`        | 7  | $.a    | 'tru' is not a value of JSON
      `{"a": NaN"}`        | 7  | $.a    | 'NaN' is not a number of JSON
      `{"a": +"x"}`        | 7  | $.a    | a number with a plus sign
      `header": 1}`        | 1  | $      | 'header' is not a value of JSON
      `{"a": n,é}`         | 7  | $.a    | 'n' is not a value of JSON
      `{"a": [[e,]]}`      | 9  | $.a[0][0] | 'e' is not a value of JSON
      `{"a": [a-\t1]}`     | 8  | $.a[0] | 'a' is not a value of JSON
      `{"a": \u0001é}`     | 7  | $.a    | the control character U+0001 outside a string
      `{"a": [1e"]}`       | 8  | $.a[0] | '1e' is not a number of JSON
      `{"a": -I"}`         | 7  | $.a    | '-I' is not a number of JSON
      `{":e\t": 1}`        | 5  | $      | the control character U+0009 unescaped in a string or name
      `{":E\\]": 1}`       | 6  | $      | U+005D ']' after a backslash
      """)
  void aTokenIsPlacedAtItsStart(String json, int column, String path, String message) {
    Violation v = stop(json);

    assertThat(v.message()).as(v.toString()).startsWith("not JSON: " + message);
    assertThat(v.jsonPath()).as(v.toString()).isEqualTo(path);
    assertThat(new int[] {v.line(), v.column()}).as(v.toString()).containsExactly(1, column);
  }

  /** Every printable ASCII character, DEL and tab put in every place of a document, and every character left out. */
  @Test
  void noSyntaxErrorIsToldInJacksonCoresWords() {
    String document = "{\"header\": {\"a\": [1, \"b\", true, null], \"c\": -2.5e3, \"d\": {}}}";
    List<String> broken = new ArrayList<>();
    for (int i = 0; i <= document.length(); i++) {
      for (char c = ' '; c <= 0x7F; c++) {
        broken.add(document.substring(0, i) + c + document.substring(i));
      }
      broken.add(document.substring(0, i) + '\t' + document.substring(i));
      if (i < document.length()) {
        broken.add(document.substring(0, i) + document.substring(i + 1));
      }
    }
    int told = 0;
    for (String json : broken) {
      LoadFailure f = catchThrowableOfType(LoadFailure.class, () -> DocumentParser.parse(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", ReadLimits.DEFAULTS, true));
      Violation v = f == null ? null : f.violations().get(f.violations().size() - 1);
      if (v != null && v.code() == ViolationCode.SYNTAX) {
        told++;
        assertThat(v.message()).as(json).doesNotContain("Unexpected character", "(code ", "was expecting",
            "expected a", "Unrecognized token", "Non-standard token", "Unexpected close marker", "JSON spec",
            "Leading zeroes", "Expected space", "CTRL-CHAR");
      }
    }
    assertThat(told).as("broken documents told as syntax errors").isGreaterThan(4000);
  }

  /** A token too long to hold back (4 KiB) is told at its start; a number that long is past the parser's limit. */
  @Test
  void aLongTokenIsToldAtItsStart() {
    Violation word = stop("{\"a\": " + "x".repeat(10_000) + "}");
    Violation zero = stop("{\"a\": 0" + "1".repeat(10_000) + "}");

    assertThat(word.code()).as(word.toString()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(word.column()).as(word.toString()).isEqualTo(7);
    assertThat(word.message()).as(word.toString()).startsWith("not JSON: 'xxx").contains("' is not a value of JSON");
    assertThat(zero.column()).as(zero.toString()).isEqualTo(7);
    assertThat(zero.message()).as(zero.toString()).startsWith("not JSON: a number with a leading zero");
    String digits = "1".repeat(10_000);
    for (String number : new String[] {digits, "0." + digits, "1E" + digits, digits + ".", digits + "e"}) {
      Violation inAnArray = stop("{\"a\": [" + number + "]}");
      assertThat(inAnArray.code()).as(inAnArray.toString()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
      assertThat(new int[] {inAnArray.column()}).as(inAnArray.toString()).containsExactly(8);
      assertThat(inAnArray.jsonPath()).as(inAnArray.toString()).isEqualTo("$.a[0]");
    }
    Violation atTheTop = stop(digits + "x");
    assertThat(atTheTop.code()).as(atTheTop.toString()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(atTheTop.column()).as(atTheTop.toString()).isEqualTo(1);
  }

  /** A number past the parser's limit comes before the broken JSON after it, which ended the parser's input. */
  @Test
  void aLongNumberComesBeforeWhatBreaksAfterIt() {
    Violation v = stop("{\"a\": [" + "1".repeat(150) + ",]}");

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    assertThat(v.jsonPath()).as(v.toString()).isEqualTo("$.a[0]");
  }

  /** A control character right after a whole literal is that character, not part of a misspelt word. */
  @Test
  void aControlCharacterAfterALiteralIsThatCharacter() {
    assertSyntaxError("{\"a\": true\u0000}", 1, 11, "not JSON: the control character U+0000 outside a string; between"
        + " the tokens of JSON only space, tab, LF and CR may stand");
  }
}
