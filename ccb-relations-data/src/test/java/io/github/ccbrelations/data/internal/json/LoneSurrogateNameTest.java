package io.github.ccbrelations.data.internal.json;

import static io.github.ccbrelations.data.internal.json.ParseStop.stop;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lone surrogate escape in a field name is an encoding error at the name's start, with the name's path, whichever
 * jackson-core reads the file (from 2.21 on it would refuse the name itself, at its end): the grammar's check holds
 * the name back from the parser until its closing quote, and tells it from its bytes.
 */
class LoneSurrogateNameTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      `{"h": {"x\\udbff": 1}}`          | $.h.x\\udbff         | \\udbff at character 2, a high surrogate not followed
      `{"h": {"x\\udbffA": 1}}`         | $.h.x\\udbffA        | \\udbff at character 2, a high surrogate not followed
      `{"h": {"x\\udbff\\u0041": 1}}`   | $.h.x\\udbffA        | \\udbff at character 2, a high surrogate not followed
      `{"h": {"x\\udc00": 1}}`          | $.h.x\\udc00         | \\udc00 at character 2, a low surrogate not preceded
      `{"h": {"a\\"\\udbff\\n": 1}}`    | $.h.a"\\udbff\\n     | \\udbff at character 3, a high surrogate not followed
      `{"h": [{"a": 1, "\\udc00": 2}]}` | $.h[0].\\udc00       | \\udc00 at character 1, a low surrogate not preceded
      `{"h": {"x\\udc00" 1}}`           | $.h.x\\udc00         | \\udc00 at character 2, a low surrogate not preceded
      """)
  void aLoneSurrogateInANameIsAnEncodingErrorAtTheName(String json, String path, String message) {
    Violation v = stop(json);

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.ENCODING);
    assertThat(v.line()).as(v.toString()).isEqualTo(1);
    assertThat(v.column()).as(v.toString()).isEqualTo(json.lastIndexOf("\"", json.indexOf('\\') - 1) + 1);
    assertThat(v.jsonPath()).as(v.toString()).isEqualTo(path);
    assertThat(v.message()).as(v.toString()).startsWith("not Unicode text: the field name holds the escape " + message);
  }

  /** A name read a byte at a time is told as one read whole: the check holds it back from the parser to its end. */
  @ParameterizedTest
  @ValueSource(strings = {"{\"h\": {\"x\\udc00\": 1}}", "{\"h\": {\"ab\\udbffcd\": 1}}"})
  void aNameReadAByteAtATimeIsToldAsFromBytes(String json) {
    Violation v = stop(json.getBytes(StandardCharsets.UTF_8), 1);

    assertThat(v).usingRecursiveComparison().isEqualTo(stop(json));
    assertThat(v.code()).isEqualTo(ViolationCode.ENCODING);
  }

  /**
   * A name too long to hold back (4 KiB) is told at its escape, with its object's path, in the same words, however the
   * input is read and before jackson-core (2.21 on) could refuse it itself.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a", "x\\ud800"})
  void aLoneSurrogateInAVeryLongNameIsStillAnEncodingError(String start) {
    String json = "{\"h\": {\"" + start + "a".repeat(20_000) + "\\udc00\": 1}}";

    Violation v = stop(json);

    assertThat(stop(json.getBytes(StandardCharsets.UTF_8), 1)).usingRecursiveComparison().isEqualTo(v);
    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.ENCODING);
    assertThat(v.jsonPath()).as(v.toString()).isEqualTo("$.h");
    assertThat(v.column()).as(v.toString()).isEqualTo(json.indexOf('\\') + 1);
    assertThat(v.message()).as(v.toString()).startsWith("not Unicode text: the field name holds the escape \\u");
  }

  /** A high surrogate's escape across the 4 KiB held back of a name waits for the escape after it, at any read size. */
  @ParameterizedTest
  @ValueSource(ints = {4086, 4088, 4089, 4091, 4094, 4095})
  void aHighSurrogateAcrossTheHeldBytesIsToldAtItsEscape(int before) {
    String json = "{\"" + "a".repeat(before) + "\\uD800\\n" + "b".repeat(3000) + "\": 1}";
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    for (int most : new int[] {1, 3}) {
      Violation v = stop(bytes, most);

      assertThat(v).usingRecursiveComparison().isEqualTo(stop(json));
      assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.ENCODING);
      assertThat(v.column()).as(v.toString()).isEqualTo(json.indexOf('\\') + 1);
    }
  }
}
