package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The violation that ended a lenient parse, for the tests of where and why the parser stops: unknown fields are
 * warnings there and do not end it, so the last violation is the one that did.
 */
final class ParseStop {
  private ParseStop() {}

  /** The violation that ended the parse of some JSON text, failing the test if the parse succeeds. */
  static Violation stop(String json) {
    return stop(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), json);
  }

  /** Asserts that the parse of some JSON text ends at a syntax error with this message, at this place. */
  static void assertSyntaxError(String json, int line, int column, String message) {
    Violation v = stop(json);

    assertThat(v.code()).as(v.toString()).isEqualTo(ViolationCode.SYNTAX);
    assertThat(v.message()).as(v.toString()).isEqualTo(message);
    assertThat(new int[] {v.line(), v.column()}).as(v.toString()).containsExactly(line, column);
  }

  /** A stream that hands out at most a few bytes per read, like a slow network. */
  static InputStream trickle(byte[] bytes, int most) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  /** The violation that ended the parse of some bytes, read a few bytes at a time. */
  static Violation stop(byte[] bytes, int most) {
    return stop(trickle(bytes, most));
  }

  /** The violation that ended the parse of a stream, failing the test if the parse succeeds. */
  static Violation stop(InputStream in) {
    return stop(in, "the input");
  }

  private static Violation stop(InputStream in, String what) {
    LoadFailure e = catchThrowableOfType(LoadFailure.class,
        () -> DocumentParser.parse(in, "test.json", ReadLimits.DEFAULTS, true));
    assertThat(e).as("the parse of %s must fail", what).isNotNull();
    return e.violations().get(e.violations().size() - 1);
  }
}
