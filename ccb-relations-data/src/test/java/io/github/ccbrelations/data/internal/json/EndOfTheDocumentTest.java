package io.github.ccbrelations.data.internal.json;

import static io.github.ccbrelations.data.internal.json.ParseStop.assertSyntaxError;
import static io.github.ccbrelations.data.internal.json.ParseStop.trickle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An input that ends before its document, or goes on after it, is told in one way wherever jackson-core stopped and
 * whatever its own words: the object or array it ends in, or the content after the document, at its first character.
 */
class EndOfTheDocumentTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"a": [1,`         | 10 | the input ends inside the array that starts at line 1, column 7
      `{"a": [1, 2`       | 12 | the input ends inside the array that starts at line 1, column 7
      `{"a": 1,  `        | 11 | the input ends inside the object that starts at line 1, column 1
      `{"a": {"b": 1,`    | 15 | the input ends inside the object that starts at line 1, column 7
      `{"a": "x\\`        | 10 | the input ends inside the object that starts at line 1, column 1
      `{"a": [{"b": "xy`  | 17 | the input ends inside the object that starts at line 1, column 8
      `{"a": ["x", -`     | 14 | the input ends inside the array that starts at line 1, column 7
      `{"a": ["x", 1e`    | 15 | the input ends inside the array that starts at line 1, column 7
      `{"a": ["x", 2.`    | 15 | the input ends inside the array that starts at line 1, column 7
      `{"a": -0.`         | 10 | the input ends inside the object that starts at line 1, column 1
      """)
  void anInputThatEndsInsideTheDocument(String json, int column, String where) {
    assertSyntaxError(json, 1, column, "unexpected end-of-input: " + where);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"a": 1}x`       | 9
      `{"a": 1} tru`    | 10
      `{"a": 1} ,`      | 10
      `{"a": 1} ]`      | 10
      `{"a": 1}}`       | 9
      `{"a": 1} {}`     | 10
      `{"a": 1} "b"`    | 10
      `{"a": 1} 12a`    | 10
      `{"a": 1} 1.`     | 10
      `{"a": 1}0x`      | 9
      `{"a": 1} -`      | 10
      `{"a": 1}1\u00a0` | 9
      """)
  void contentAfterTheDocument(String json, int column) {
    assertAfterTheDocument(json, 1, column);
  }

  /** However many lines of white space come first, counted as the parser counts them. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"a": 1}\r\n  tru`       | 2 | 3
      `{"a": 1}\n\n   1e`       | 3 | 4
      `{"a": 1}\r\r\t,`        | 3 | 2
      """)
  void contentAfterTheDocumentOnALaterLine(String json, int line, int column) {
    assertAfterTheDocument(json, line, column);
  }

  /**
   * A document that is not an object is the first mistake, at its start; broken JSON after it is told too, at its own
   * place, however far the parser had read when it met the first (read one byte, two bytes or all at a time).
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `null x`    | null      | 6  | 'x' right after a value at the top level
      `[] x`      | an array  | 4  | 'x' right after a value at the top level
      `[1] ]`     | an array  | 5  | ']' right after a value at the top level
      `1 x`       | a number  | 3  | 'x' right after a value at the top level
      `"a" }`     | a string  | 5  | '}' right after a value at the top level
      `true false`| a boolean | 6  | 'f' right after a value at the top level
      `[1, x`     | an array  | 5  | 'x' is not a value of JSON
      `[[1`       | an array  | 4  | the input ends inside the array that starts at line 1, column 2
      """)
  void aDocumentThatIsNoObjectAndBrokenJsonAfterIt(String json, String what, int column, String broken) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (int most : new int[] {1, 2, bytes.length}) {
      LoadFailure e = catchThrowableOfType(LoadFailure.class,
          () -> DocumentParser.parse(trickle(bytes, most), "test.json", ReadLimits.DEFAULTS, false));

      assertThat(e).as("read %d at a time", most).isNotNull();
      assertThat(e.violations()).as("read %d at a time", most)
          .extracting(Violation::code, Violation::line, Violation::column, v -> v.message().contains(broken))
          .containsExactly(tuple(ViolationCode.SHAPE, 1, 1, false), tuple(ViolationCode.SYNTAX, 1, column, true));
      assertThat(e.violations().get(0).message()).endsWith(", not " + what);
    }
  }

  private static void assertAfterTheDocument(String json, int line, int column) {
    assertSyntaxError(json, line, column, "unexpected content after the end of the dataset object");
  }
}
