package io.github.ccbrelations.data;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongFunction;

/**
 * A dataset generated while it is read, never held whole: a head, then unit 0, 1, 2, ... (as many as asked, or
 * without end), then a tail. Hostile inputs of hundreds of megabytes cost the test no disk and no heap.
 */
final class GeneratedStream extends InputStream {
  private final byte[] tail;
  private final LongFunction<String> unit;
  private final long units;
  private byte[] chunk;
  private int at;
  private long next;
  private boolean ended;

  /**
   * A stream of the head, {@code units} units and the tail.
   *
   * @param units how many units; {@link Long#MAX_VALUE} for a stream without end
   */
  GeneratedStream(String head, LongFunction<String> unit, long units, String tail) {
    this.chunk = head.getBytes(StandardCharsets.UTF_8);
    this.unit = unit;
    this.units = units;
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public int read() {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (at == chunk.length) {
      if (!refill()) {
        return -1;
      }
    }
    int n = Math.min(len, chunk.length - at);
    System.arraycopy(chunk, at, b, off, n);
    at += n;
    return n;
  }

  /** The next chunk: a few thousand units at a time, then the tail once. */
  private boolean refill() {
    if (next < units) {
      StringBuilder s = new StringBuilder(1 << 16);
      while (next < units && s.length() < (1 << 15)) {
        s.append(unit.apply(next++));
      }
      chunk = s.toString().getBytes(StandardCharsets.UTF_8);
    } else if (!ended) {
      ended = true;
      chunk = tail;
    } else {
      return false;
    }
    at = 0;
    return true;
  }
}
