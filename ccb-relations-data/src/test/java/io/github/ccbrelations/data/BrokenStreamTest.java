package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A caller's stream that breaks {@link InputStream}'s contract (a read that returns no byte though one was asked for,
 * a read failure thrown unchecked) ends the load in one {@link ViolationCode#UNREADABLE} error, never in a hang or the
 * stream's own exception. The streams here count the reads made after they stopped giving bytes, and fail the test
 * past a thousand, so that a loader that would wait for ever fails instead of hanging.
 */
class BrokenStreamTest {
  /** A stream of the fixture's bytes up to {@code stopAt}, then broken in the way {@code broken} says. */
  private static final class Broken extends InputStream {
    private final byte[] bytes = Fixture.bytes();
    private final int stopAt;
    private final boolean throwsUnchecked;
    private int next;
    private int readsAfterStop;

    Broken(double stopAt, boolean throwsUnchecked) {
      this.stopAt = (int) (bytes.length * stopAt);
      this.throwsUnchecked = throwsUnchecked;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (next >= stopAt) {
        if (throwsUnchecked) {
          throw new UncheckedIOException(new IOException("connection reset"));
        }
        if (++readsAfterStop > 1000) {
          throw new AssertionError("read " + readsAfterStop + " times from a stream that returns no bytes");
        }
        return 0;
      }
      int n = Math.min(len, stopAt - next);
      System.arraycopy(bytes, next, b, off, n);
      next += n;
      return n;
    }
  }

  static Stream<Arguments> brokenStreams() {
    return Stream.of(
        Arguments.of("no bytes from the first read", 0.0, false, "returned no bytes"),
        Arguments.of("no bytes half-way", 0.5, false, "returned no bytes"),
        Arguments.of("an unchecked failure half-way", 0.5, true, "connection reset"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenStreams")
  void aStreamBreakingItsContractIsUnreadable(String name, double stopAt, boolean unchecked, String reason) {
    List<Function<InputStream, List<Violation>>> checks = List.of(
        in -> catchThrowableOfType(DatasetLoadException.class,
            () -> DatasetReader.standard().read(in, "broken.json")).violations(),
        in -> catchThrowableOfType(DatasetLoadException.class,
            () -> DatasetReader.lenient().read(in, "broken.json")).violations(),
        in -> Validator.standard().validate(in, "broken.json").violations(),
        in -> DatasetReader.lenient().validate(in, "broken.json").violations());

    for (Function<InputStream, List<Violation>> check : checks) {
      List<Violation> violations = check.apply(new Broken(stopAt, unchecked));

      assertThat(violations).last().satisfies(v -> {
        assertThat(v.code()).isEqualTo(ViolationCode.UNREADABLE);
        assertThat(v.source()).isEqualTo("broken.json");
        assertThat(v.message()).startsWith("cannot read: ").contains(reason);
      });
    }
  }

  /**
   * A stream that fails with any other unchecked exception has a bug of its caller's: the exception propagates
   * unchanged, as Jackson lets it, the stream is left open as always, and the next load of the same reader is whole.
   */
  @Test
  void anotherUncheckedExceptionOfTheStreamPropagatesUnchangedAndLeavesNothingBehind() {
    IllegalStateException bug = new IllegalStateException("the caller's bug");
    List<Function<InputStream, Object>> calls = List.of(
        in -> DatasetReader.standard().read(in, "bug.json"),
        in -> DatasetReader.lenient().read(in, "bug.json"),
        in -> Validator.standard().validate(in, "bug.json"),
        in -> DatasetReader.standard().validate(in, "bug.json"));

    for (Function<InputStream, Object> call : calls) {
      for (double stopAt : new double[] {0.0, 0.5}) {
        Failing in = new Failing(stopAt, bug);

        assertThat(catchThrowable(() -> call.apply(in))).isSameAs(bug);
        assertThat(in.closed).isFalse();
        assertThat(DatasetReader.standard().read(Fixture.bytes(), Fixture.NAME).info().roleCount()).isEqualTo(9);
      }
    }
  }

  /** The fixture's bytes up to {@code stopAt}, then a given unchecked exception; notes whether it was closed. */
  private static final class Failing extends InputStream {
    private final byte[] bytes = Fixture.bytes();
    private final int stopAt;
    private final RuntimeException failure;
    private int next;
    private boolean closed;

    Failing(double stopAt, RuntimeException failure) {
      this.stopAt = (int) (bytes.length * stopAt);
      this.failure = failure;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (next >= stopAt) {
        throw failure;
      }
      int n = Math.min(len, stopAt - next);
      System.arraycopy(bytes, next, b, off, n);
      next += n;
      return n;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
