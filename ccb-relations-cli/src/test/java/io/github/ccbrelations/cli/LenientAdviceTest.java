package io.github.ccbrelations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The library's advice for a Java caller becomes the command line's, in the errors that a lenient read accepts. */
class LenientAdviceTest {
  private static final String JAVA_ADVICE = " (DatasetReader.lenient() would ignore it with a warning)";

  private static Violation violation(ViolationCode code, Severity severity, String message) {
    return new Violation(code, severity, "f.json", 3, 7, "$.bodies[0].x", Optional.of("b"), message);
  }

  @Test
  void anUnknownFieldErrorAdvisesTheOption() {
    Violation unknown =
        violation(ViolationCode.UNKNOWN_FIELD, Severity.ERROR, "unknown field 'x' in Body" + JAVA_ADVICE);

    assertThat(LenientAdvice.message(unknown)).isEqualTo(
        "unknown field 'x' in Body (--lenient would ignore it with a warning)");
    assertThat(LenientAdvice.line(unknown)).isEqualTo("f.json:3:7: UNKNOWN_FIELD at $.bodies[0].x (record 'b'): "
        + "unknown field 'x' in Body (--lenient would ignore it with a warning)");
  }

  /** Only an error a lenient read would accept has the advice: another that ends in the same words is kept whole. */
  @Test
  void anotherViolationEndingInTheSameWordsIsKeptAsItIs() {
    Violation other = violation(ViolationCode.INVALID_VALUE, Severity.ERROR, "a note that ends" + JAVA_ADVICE);

    assertThat(LenientAdvice.message(other)).isEqualTo(other.message());
    assertThat(LenientAdvice.line(other)).isEqualTo(other.toString());
  }
}
