package io.github.ccbrelations.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Passes UTF-8 through unchanged and stops at the first byte that is not well-formed UTF-8 (RFC 3629): a stray
 * continuation byte, a truncated sequence, an overlong form (such as {@code C0 AF} for {@code /}), a surrogate or a
 * code point above U+10FFFF. Jackson accepts some of these; the reader does not. The bytes before the bad one are
 * delivered first, so the parser stands exactly where the error is when the next read fails with {@link Invalid},
 * which carries the line and column of the bad byte.
 */
final class Utf8Check extends FilterInputStream {
  /** The input is not UTF-8 at a place. */
  static final class Invalid extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Invalid(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }

  private int line = 1;
  private int column = 1;
  /** Continuation bytes still expected in the current sequence. */
  private int pending;
  /** The allowed range of the next continuation byte (narrower after E0, ED, F0, F4). */
  private int low = 0x80;
  private int high = 0xBF;
  private @org.jspecify.annotations.Nullable Invalid failure;
  /** Where the current multi-byte sequence starts, and its first byte. */
  private int sequenceLine;
  private int sequenceColumn;
  private int lead;

  Utf8Check(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    int n = super.read(b, off, len);
    if (n < 0) {
      if (pending > 0) {
        failure = new Invalid("not UTF-8: the input ends inside the sequence that starts with byte " + hex(lead),
            sequenceLine, sequenceColumn);
        throw failure;
      }
      return n;
    }
    for (int i = 0; i < n; i++) {
      int c = b[off + i] & 0xFF;
      if (pending == 0 && c < 0x80) {
        // ASCII outside a sequence, nearly every byte of a dataset: only the position moves.
        if (c == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
        continue;
      }
      boolean inSequence = pending > 0;
      String problem = accept(c);
      if (problem != null) {
        failure = inSequence
            ? new Invalid("not UTF-8: the sequence that starts with byte " + hex(lead) + " " + problem
                + " (byte " + hex(c) + "); a dataset file is UTF-8", sequenceLine, sequenceColumn)
            : new Invalid("not UTF-8: " + problem + " (byte " + hex(c) + "); a dataset file is UTF-8", line, column);
        if (i == 0) {
          throw failure;
        }
        return i;
      }
      if (!inSequence && pending > 0) {
        sequenceLine = line;
        sequenceColumn = column;
        lead = c;
      }
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return n;
  }

  private @org.jspecify.annotations.Nullable String accept(int c) {
    if (pending > 0) {
      if (c < low || c > high) {
        return "is cut short, overlong, a surrogate or above U+10FFFF";
      }
      pending--;
      low = 0x80;
      high = 0xBF;
      return null;
    }
    if (c < 0x80) {
      return null;
    }
    if (c < 0xC2) {
      return c < 0xC0 ? "a continuation byte with no sequence to continue" : "an overlong two-byte sequence";
    }
    if (c < 0xE0) {
      pending = 1;
    } else if (c < 0xF0) {
      pending = 2;
      low = c == 0xE0 ? 0xA0 : 0x80;
      high = c == 0xED ? 0x9F : 0xBF;
    } else if (c < 0xF5) {
      pending = 3;
      low = c == 0xF0 ? 0x90 : 0x80;
      high = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return "a byte that never occurs in UTF-8";
    }
    return null;
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "0x%02X", b);
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipping would pass bytes unchecked; the parser never skips.
    long skipped = 0;
    while (skipped < n && read() >= 0) {
      skipped++;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
