package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.ViolationCode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A stream that hands out at most a given number of bytes and fails with a {@link ReadStop} at a read for more when
 * there is more. No read hands out bytes past the limit and throws, which would lose them: a reader then stands at the
 * limit's byte when it learns of it, and places the error there, even inside a multi-byte character.
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
    int b = super.read();
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
    int n = super.read(b, off, (int) Math.min(len, limit - count));
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

  /** The message of an input larger than the limit. */
  public static String tooLarge(long limit) {
    return "the input is larger than the limit of " + limit + " bytes"
        + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxDocumentBytes(...)))";
  }
}
