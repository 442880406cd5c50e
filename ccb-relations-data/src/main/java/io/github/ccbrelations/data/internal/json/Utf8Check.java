package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Passes well-formed UTF-8 (RFC 3629) through unchanged, checked by the JDK's strict decoder, which refuses a stray
 * continuation byte, a truncated sequence, an overlong form (such as {@code C0 AF} for {@code /}), a surrogate and a
 * code point above U+10FFFF; Jackson accepts some of these. With a {@link JsonGrammar}, it checks the grammar of JSON
 * too. At the first bad byte the input ends, as if the file ended there, so that the parser's location API places the
 * error at that byte (a read that threw would leave it past the bytes it had); {@link #problem()} then says why. A read
 * that fails (a passed size limit, a broken disk) ends the input the same way: {@link #failedRead()}.
 */
final class Utf8Check extends InputStream {
  /**
   * The bytes decoded per call: the JDK's decoder copies ASCII at full speed only up to the first other byte of a call,
   * and a file's accented letters are spread thin (a whole buffer per call checked at 1.2 GB/s, slices at 1.8).
   */
  private static final int SLICE = 128;

  private final InputStream in;
  private final @Nullable JsonGrammar grammar;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
  private final byte[] buffer = new byte[16 * 1024];
  private final ByteBuffer bytes = ByteBuffer.wrap(buffer);
  /** The decoded text, thrown away: the decoder is only asked whether the bytes decode. */
  private final CharBuffer chars = CharBuffer.allocate(SLICE);
  /** The offset in the input of {@code buffer[0]}. */
  private long base;
  /** The next byte to hand out, the end of the bytes checked (to hand out), decoded, and read. */
  private int next;
  private int checked;
  private int decoded;
  private int end;
  /** What is wrong at {@code checked}, found ahead of the parser; the problem once the parser reaches it. */
  private @Nullable ReadStop ahead;
  private @Nullable ReadStop problem;
  private @Nullable IOException failedRead;
  /** Whether the parser met the input's own end. */
  private boolean ended;

  /** A check of UTF-8 alone, for a second walk of an input that has been read once. */
  Utf8Check(InputStream in) {
    this(in, null);
  }

  /**
   * A check of an input that it reads from its start. A dataset file is UTF-8, as RFC 8259 asks of JSON exchanged
   * between systems: a UTF-8 byte-order mark may start it, and is skipped (it has been digested), so that even a file
   * of nothing else parses; a second one is refused (U+FEFF is not white space), and so is UTF-16 or UTF-32 text,
   * before the parser would guess it from zero bytes.
   */
  Utf8Check(InputStream in, @Nullable JsonGrammar grammar) {
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
      decoded = 3;
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
    // The bytes not yet checked (a sequence that a read cut, what the grammar holds back) move to the front.
    long held = grammar == null ? -1 : grammar.held();
    int keep = held < 0 ? next : (int) Math.min(next, held - base);
    System.arraycopy(buffer, keep, buffer, 0, end - keep);
    base += keep;
    next -= keep;
    checked -= keep;
    decoded -= keep;
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
    boolean atEnd = n < 0 && failedRead == null;
    int from = decoded;
    decoded = decode(atEnd);
    if (grammar != null) {
      int at = grammar.scan(buffer, base, from, decoded);
      if (grammar.problem() == null && atEnd && decoded == end) {
        at = grammar.end(buffer, base, decoded);
      }
      if (grammar.problem() != null) {
        ahead = grammar.problem();
        checked = at;
        return true;
      }
    }
    held = grammar == null || ahead != null || n < 0 ? -1 : grammar.held();
    checked = held < 0 ? decoded : (int) (held - base);
    return n >= 0 || next < checked || ahead != null;
  }

  /** Decodes the bytes read and not yet decoded; the end of those that decode. */
  private int decode(boolean atEnd) {
    bytes.limit(end).position(decoded);
    CoderResult result;
    int from;
    do {
      from = bytes.position();
      bytes.limit(Math.min(end, from + SLICE));
      result = decoder.decode(bytes, chars.clear(), false);
    } while (!result.isError() && bytes.position() > from && bytes.position() < end);
    int at = bytes.position();
    if (result.isError()) {
      ahead = new ReadStop(ViolationCode.ENCODING, null, "not UTF-8: " + whatIsWrong(at) + "; a dataset file is UTF-8");
    } else if (atEnd && at < end) {
      ahead = new ReadStop(ViolationCode.ENCODING, null,
          "not UTF-8: the input ends inside the sequence that starts with byte " + hex(buffer[at]));
    }
    return at;
  }

  /** What is wrong with the sequence that starts at an index of the buffer, which the decoder refused. */
  private String whatIsWrong(int at) {
    int lead = buffer[at] & 0xFF;
    if (lead < 0xC0) {
      return "a continuation byte with no sequence to continue (byte " + hex(lead) + ")";
    }
    if (lead < 0xC2) {
      return "an overlong two-byte sequence (byte " + hex(lead) + ")";
    }
    if (lead > 0xF4) {
      return "a byte that never occurs in UTF-8 (byte " + hex(lead) + ")";
    }
    // The first byte that cannot continue the sequence: the second byte's range excludes overlongs, surrogates and
    // code points above U+10FFFF.
    int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    int i = at + 1;
    while (i < end - 1 && (buffer[i] & 0xFF) >= low && (buffer[i] & 0xFF) <= high) {
      low = 0x80;
      high = 0xBF;
      i++;
    }
    return "the sequence that starts with byte " + hex(lead) + " is cut short, overlong, a surrogate or above U+10FFFF"
        + " (byte " + hex(buffer[i]) + ")";
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
  }
}
