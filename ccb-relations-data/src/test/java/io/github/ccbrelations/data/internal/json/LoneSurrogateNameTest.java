package io.github.ccbrelations.data.internal.json;

import static io.github.ccbrelations.data.internal.json.ParseStop.stop;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.Violation;
import io.github.ccbrelations.data.ViolationCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lone surrogate escape in a field name is an encoding error at the name's start, with the name's path, whichever
 * jackson-core reads it: up to 2.20 it gives the name and the library finds the surrogate; from 2.21 on it refuses the
 * name itself, at the name's end, and the library reads the name from the bytes it still holds.
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
      """)
  void aLoneSurrogateInANameIsAnEncodingErrorAtTheName(String json, String path, String message) {
    Violation v = stop(json);

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.ENCODING);
    assertThat(v.line()).as(v.toString()).isEqualTo(1);
    assertThat(v.column()).as(v.toString()).isEqualTo(json.lastIndexOf("\"", json.indexOf('\\') - 1) + 1);
    assertThat(v.jsonPath()).as(v.toString()).isEqualTo(path);
    assertThat(v.message()).as(v.toString()).startsWith("not Unicode text: the field name holds the escape " + message);
  }
}
