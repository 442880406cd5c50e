package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A stream that hands out at most a given number of bytes and fails with a {@link ReadStop} at a read for more when
 * there is more. No read hands out bytes past the limit and throws, which would lose them: a reader then stands at the
 * limit's byte when it learns of it, and places the error there, even inside a multi-byte character.
 *
 * <p>It also holds a caller's stream to {@link InputStream}'s contract, so that a broken one ends the load as
 * unreadable. A read asked for bytes returns at least one or -1; one that returns none would have every reader above
 * (the checked input, {@code readNBytes}) ask again for ever, so it is a failed read. A read failure thrown as an
 * {@link UncheckedIOException} is a failed read too, not the caller's exception escaping the load.
 */
public final class LimitedInputStream extends FilterInputStream {
  private final long limit;
  private long count;

  public LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b;
    try {
      b = super.read();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (count >= limit) {
      // One byte more, if there is one, is the byte over the limit.
      return read();
    }
    int asked = (int) Math.min(len, limit - count);
    int n;
    try {
      n = super.read(b, off, asked);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (n == 0) {
      throw new IOException("the stream returned no bytes for a read of " + asked
          + " (an InputStream returns at least one byte, or -1 at its end)");
    }
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  /** The number of bytes handed out so far. */
  public long count() {
    return count;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws ReadStop {
    count += n;
    if (count > limit) {
      throw new ReadStop(ViolationCode.LIMIT_EXCEEDED, null, tooLarge(limit));
    }
  }

  public static String tooLarge(long limit) {
    return "the input is larger than the limit of " + Counted.of(limit, "byte", "bytes")
        + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxDocumentBytes(...)))";
  }
}
