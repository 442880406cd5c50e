package io.github.ccbrelations.data.internal.json;

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

  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

  private int line = 1;
  /** The last byte was a carriage return: a line feed right after it ends no further line (CR LF is one end). */
  private boolean afterReturn;
  /** Bytes read so far, before the current buffer. */
  private long position;
  /** The offset of the first byte of the current line. */
  private long lineStart;
  private int pending;
  private int low = 0x80;
  private int high = 0xBF;
  private @org.jspecify.annotations.Nullable Invalid failure;
  private int sequenceLine;
  private int sequenceColumn;
  private int lead;
  /** The code point of the sequence being read, so far. */
  private int codePoint;
  /** Where the last U+FEFF of the input starts (0 when there is none): outside a string the parser cannot name it. */
  private int markLine;
  private int markColumn;

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
    long base = position - off;
    int end = off + n;
    int i = off;
    while (i < end) {
      if (pending == 0) {
        // ASCII outside a sequence, nearly every byte of a dataset: eight bytes at a time, counting the newlines
        // (a byte of the word that is a newline is a zero byte of word ^ NEWLINES). Lines end as the parser ends
        // them: at LF, CR or CR LF; a word with a carriage return (rare) is counted byte by byte.
        while (i + 8 <= end) {
          long word = word(b, i);
          if ((word & HIGH_BITS) != 0) {
            break;
          }
          long x = word ^ NEWLINES;
          long newlines = ~(((x & LOW_SEVEN) + LOW_SEVEN) | x) & HIGH_BITS;
          long y = word ^ RETURNS;
          long returns = ~(((y & LOW_SEVEN) + LOW_SEVEN) | y) & HIGH_BITS;
          if (returns != 0 || (afterReturn && newlines != 0)) {
            for (int k = i; k < i + 8; k++) {
              lineEnd(b[k], base + k);
            }
          } else if (newlines != 0) {
            line += Long.bitCount(newlines);
            lineStart = base + i + ((63 - Long.numberOfLeadingZeros(newlines)) >>> 3) + 1;
            afterReturn = false;
          } else {
            afterReturn = false;
          }
          i += 8;
        }
        while (i < end && b[i] >= 0) {
          lineEnd(b[i], base + i);
          i++;
        }
        if (i == end) {
          break;
        }
      }
      int c = b[i] & 0xFF;
      afterReturn = false;
      int column = (int) Math.min(Integer.MAX_VALUE, base + i - lineStart + 1);
      boolean inSequence = pending > 0;
      String problem = accept(c);
      if (problem != null) {
        failure = inSequence
            ? new Invalid("not UTF-8: the sequence that starts with byte " + hex(lead) + " " + problem
                + " (byte " + hex(c) + "); a dataset file is UTF-8", sequenceLine, sequenceColumn)
            : new Invalid("not UTF-8: " + problem + " (byte " + hex(c) + "); a dataset file is UTF-8", line, column);
        if (i == off) {
          throw failure;
        }
        position = base + i;
        return i - off;
      }
      if (!inSequence && pending > 0) {
        sequenceLine = line;
        sequenceColumn = column;
        lead = c;
        codePoint = c & (0x7F >> (pending + 1));
      } else if (inSequence) {
        codePoint = codePoint << 6 | (c & 0x3F);
        if (pending == 0 && codePoint == 0xFEFF) {
          markLine = sequenceLine;
          markColumn = sequenceColumn;
        }
      }
      i++;
    }
    position = base + end;
    return n;
  }

  /**
   * Whether a parser error at a place is the parser stumbling on a U+FEFF that starts there or just before it.
   *
   * @return whether the last U+FEFF of the input starts on that line, at most three columns before
   */
  boolean byteOrderMarkAt(int line, int column) {
    return markLine == line && column >= markColumn && column <= markColumn + 3;
  }

  int markLine() {
    return markLine;
  }

  int markColumn() {
    return markColumn;
  }

  /**
   * Eight bytes from an offset as one word, the last byte highest. By hand, not through a byte-array view
   * {@code VarHandle}: until the JIT compiles it, each of its calls runs a chain of method handles in the interpreter,
   * some 15 ms of a fresh JVM's load of the bundled file (#19); compiled, the two run alike.
   */
  private static long word(byte[] b, int i) {
    return (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16 | (b[i + 3] & 0xFFL) << 24
        | (b[i + 4] & 0xFFL) << 32 | (b[i + 5] & 0xFFL) << 40 | (b[i + 6] & 0xFFL) << 48 | (b[i + 7] & 0xFFL) << 56;
  }

  /** Counts the line that an ASCII byte at an offset of the input ends, if it ends one. */
  private void lineEnd(byte c, long offset) {
    if (c == '\n' || c == '\r') {
      if (c == '\r' || !afterReturn) {
        line++;
      }
      lineStart = offset + 1;
    }
    afterReturn = c == '\r';
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
