package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The input of the parser, checked on the way by a {@link JsonGrammar}: well-formed UTF-8 (RFC 3629) and JSON. At the
 * first bad byte the input ends, as if the file ended there, so that the parser's location API places the error at that
 * byte (a read that threw would leave it past the bytes it had); {@link #problem()} then says why. A read that fails (a
 * passed size limit, a broken disk) ends the input the same way: {@link #failedRead()}. Without a grammar (a second
 * walk of an input read once already), it only skips a byte-order mark.
 */
final class CheckedInput extends InputStream {
  private final InputStream in;
  private final @Nullable JsonGrammar grammar;
  private final byte[] buffer = new byte[16 * 1024];
  /** The offset in the input of {@code buffer[0]}. */
  private long base;
  /** The next byte to hand out, the end of the bytes to hand out, of those checked, and of those read. */
  private int next;
  private int checked;
  private int scanned;
  private int end;
  /** What is wrong at {@code checked}, found ahead of the parser; the problem once the parser reaches it. */
  private @Nullable ReadStop ahead;
  private @Nullable ReadStop problem;
  private @Nullable IOException failedRead;
  /** Whether the parser met the input's own end. */
  private boolean ended;

  /** The input alone, for a second walk of an input that has been read once. */
  CheckedInput(InputStream in) {
    this(in, null);
  }

  /**
   * A check of an input that it reads from its start. A dataset file is UTF-8, as RFC 8259 asks of JSON exchanged
   * between systems: a UTF-8 byte-order mark may start it, and is skipped (it has been digested), so that even a file
   * of nothing else parses; a second one is refused (U+FEFF is not white space), and so is UTF-16 or UTF-32 text,
   * before the parser would guess it from zero bytes.
   */
  CheckedInput(InputStream in, @Nullable JsonGrammar grammar) {
    this.in = in;
    this.grammar = grammar;
    try {
      // Not readNBytes, which drops the bytes it had when a read fails: they are checked and handed out first.
      for (int n = 0; end < 6 && n >= 0; end += Math.max(n, 0)) {
        n = in.read(buffer, end, 6 - end);
      }
    } catch (IOException e) {
      failedRead = e;
    }
    boolean utf16Mark = end >= 2 && ((buffer[0] == (byte) 0xFE && buffer[1] == (byte) 0xFF)
        || (buffer[0] == (byte) 0xFF && buffer[1] == (byte) 0xFE));
    if (isByteOrderMark(0) && isByteOrderMark(3)) {
      ahead = new ReadStop(ViolationCode.SYNTAX, null, "a second byte-order mark (U+FEFF) after the first; only one"
          + " may start a file, and U+FEFF is not allowed between the values of JSON");
    } else if (isByteOrderMark(0)) {
      // The parser's offsets start after the mark, and so do its columns on line 1.
      base = -3;
      next = 3;
      checked = 3;
      scanned = 3;
    } else if (utf16Mark || (end >= 2 && (buffer[0] == 0 || buffer[1] == 0))) {
      String hex = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(buffer, 0, Math.min(end, 4));
      ahead = new ReadStop(ViolationCode.ENCODING, null, "the input starts with the bytes " + hex
          + " of UTF-16 or UTF-32 text; a dataset file is UTF-8 (with or without a byte-order mark)");
    }
  }

  private boolean isByteOrderMark(int i) {
    return i + 3 <= end && buffer[i] == (byte) 0xEF && buffer[i + 1] == (byte) 0xBB && buffer[i + 2] == (byte) 0xBF;
  }

  /** Why the input ended before its end, once the parser has met that end; null until then. */
  @Nullable ReadStop problem() {
    return problem;
  }

  /** Whether the parser met the input's own end: not a byte at fault, nor a read that failed. */
  boolean ended() {
    return ended;
  }

  /** The read of the input that failed, which ended it for the parser; null when none did. */
  @Nullable IOException failedRead() {
    return failedRead;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (next == checked) {
      if (ahead != null) {
        problem = ahead;
        return -1;
      }
      if (!fill()) {
        ended = failedRead == null;
        return -1;
      }
    }
    int n = Math.min(len, checked - next);
    System.arraycopy(buffer, next, b, off, n);
    next += n;
    return n;
  }

  /** Reads more bytes and checks them; false at the end of the input. */
  private boolean fill() {
    // The bytes not yet handed out (a sequence that a read cut, what the grammar holds back) move to the front.
    long held = grammar == null ? -1 : grammar.held();
    int keep = held < 0 ? next : (int) Math.min(next, held - base);
    System.arraycopy(buffer, keep, buffer, 0, end - keep);
    base += keep;
    next -= keep;
    checked -= keep;
    scanned -= keep;
    end -= keep;
    // After a failed read, the bytes already in hand are still checked and handed out, then the input ends.
    int n = -1;
    if (failedRead == null) {
      try {
        n = in.read(buffer, end, buffer.length - end);
      } catch (IOException e) {
        failedRead = e;
      }
    }
    end += Math.max(n, 0);
    if (grammar == null) {
      checked = end;
      return n >= 0 || next < checked;
    }
    int at = grammar.scan(buffer, base, scanned, end);
    if (grammar.problem() == null) {
      scanned = at;
      at = n < 0 && failedRead == null ? grammar.end(buffer, base, scanned, end) : at;
    }
    if (grammar.problem() != null) {
      ahead = grammar.problem();
      checked = at;
      return true;
    }
    held = n < 0 ? -1 : grammar.held();
    checked = held < 0 ? scanned : (int) Math.min(scanned, held - base);
    return n >= 0 || next < checked;
  }
}
