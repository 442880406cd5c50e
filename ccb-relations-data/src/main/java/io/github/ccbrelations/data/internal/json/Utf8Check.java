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
 * code point above U+10FFFF; Jackson accepts some of these. At the first bad byte the input ends, as if the file ended
 * there, so that the parser's location API places the error at that byte (a read that threw would leave it past the
 * bytes it had); {@link #problem()} then says why. A read that fails (a passed size limit, a broken disk) ends the
 * input the same way: {@link #failedRead()}.
 *
 * <p>It also keeps the bytes around the parser's position, from which the places of some of jackson-core's syntax
 * errors are put right ({@link #strayAt}, {@link #tokenBack}, {@link #trailingComma}).
 */
final class Utf8Check extends InputStream {
  /**
   * Bytes kept before the next one to hand out, so that what the parser stumbled on is still here to find when the
   * buffer is refilled: a U+FEFF, a token it misread (up to 256 characters in its message, so 1,024 bytes), and for a
   * trailing comma the white space after it, as long as that is shorter.
   */
  private static final int HISTORY = 1024;
  /**
   * The bytes decoded per call: the JDK's decoder copies ASCII at full speed only up to the first other byte of a call,
   * and a file's accented letters are spread thin (a whole buffer per call checked at 1.2 GB/s, slices at 1.8).
   */
  private static final int SLICE = 128;

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
  private final byte[] buffer = new byte[16 * 1024];
  private final ByteBuffer bytes = ByteBuffer.wrap(buffer);
  /** The decoded text, thrown away: the decoder is only asked whether the bytes decode. */
  private final CharBuffer chars = CharBuffer.allocate(SLICE);
  /** The offset in the input of {@code buffer[0]}. */
  private long base;
  /** The next byte to hand out, the end of the bytes checked, the end of the bytes read. */
  private int next;
  private int checked;
  private int end;
  /** What is wrong at {@code checked}, found ahead of the parser; the problem once the parser reaches it. */
  private @Nullable ReadStop ahead;
  private @Nullable ReadStop problem;
  private @Nullable IOException failedRead;
  /** Whether a read of the input has met its end. */
  private boolean atEnd;

  /**
   * A check of an input that it reads from its start. A dataset file is UTF-8, as RFC 8259 asks of JSON exchanged
   * between systems: a UTF-8 byte-order mark may start it, and is skipped (it has been digested), so that even a file
   * of nothing else parses; a second one is refused (U+FEFF is not white space), and so is UTF-16 or UTF-32 text,
   * before the parser would guess it from zero bytes.
   */
  Utf8Check(InputStream in) {
    this.in = in;
    try {
      // Not readNBytes, which drops the bytes it had when a read fails: they are checked and handed out first.
      for (int n = 0; end < 6 && n >= 0; end += Math.max(n, 0)) {
        n = in.read(buffer, end, 6 - end);
        atEnd = n < 0;
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

  /** Whether the whole input, read to its end, lies before an offset the parser gives: it met the input's end there. */
  boolean endedBy(long offset) {
    return atEnd && ahead == null && problem == null && failedRead == null && offset >= base + end;
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
    // The bytes not yet checked (a sequence that a read cut) move to the front, after a little history.
    int keep = Math.max(0, next - HISTORY);
    System.arraycopy(buffer, keep, buffer, 0, end - keep);
    base += keep;
    next -= keep;
    checked -= keep;
    end -= keep;
    // After a failed read, the bytes already in hand are still checked and handed out, then the input ends.
    int n = -1;
    if (failedRead == null) {
      try {
        n = in.read(buffer, end, buffer.length - end);
        atEnd = n < 0;
      } catch (IOException e) {
        failedRead = e;
      }
    }
    end += Math.max(n, 0);
    bytes.limit(end).position(checked);
    CoderResult result;
    int from;
    do {
      from = bytes.position();
      bytes.limit(Math.min(end, from + SLICE));
      result = decoder.decode(bytes, chars.clear(), false);
    } while (!result.isError() && bytes.position() > from && bytes.position() < end);
    checked = bytes.position();
    if (result.isError()) {
      ahead = new ReadStop(ViolationCode.ENCODING, null,
          "not UTF-8: " + whatIsWrong(checked) + "; a dataset file is UTF-8");
    } else if (n < 0 && checked < end && failedRead == null) {
      ahead = new ReadStop(ViolationCode.ENCODING, null,
          "not UTF-8: the input ends inside the sequence that starts with byte " + hex(buffer[checked]));
    }
    return n >= 0 || next < checked || ahead != null;
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

  /** A character of more than one byte, and how many bytes before a parser error's offset it starts. */
  record Stray(int back, int codePoint) {}

  /**
   * The character of more than one byte outside a string that a parser error at an offset is about, found from the
   * bytes and the parser's state alone (never from the error's message, whose wording is Jackson's to change). Outside
   * a string such a character (U+00E9, U+00A0, U+2028, U+FEFF) is not JSON, and jackson-core stumbles on its bytes,
   * which passed this check, at a place that depends on what it expected: where a value starts, one past the second
   * byte; where a comma is expected, at the first byte; where a field name is expected, at the last byte; inside a
   * literal, past the character.
   *
   * <p>Inside a string or a field name the same character is text, and an error next to it is the parser's own: a
   * control character just after it, or a bad escape on it (a backslash, or a backslash, u and hex digits, before it).
   * A control character after it is told from a value's start by where the parser stood: a value is begun at the
   * character itself (the token's place moved there), or after a field name; a string or name had begun before it.
   *
   * @return null when the error is about no such character, about one in a string or name, or about one already out
   *     of this check's buffer
   */
  @Nullable Stray strayAt(JsonParser p, long offset) {
    Stray before = characterAt(offset - 1);
    if (before != null && before.back() == length(before.codePoint()) - 1) {
      // One past the character: where a value starts (or after a literal), unless a string holds a control character
      // there.
      long start = offset - 1 - before.back();
      int after = byteAt(offset);
      boolean control = after >= 0 && after < 0x20;
      return control && !begunAt(p, start) ? null : new Stray(before.back() + 1, before.codePoint());
    }
    Stray on = characterAt(offset);
    return on == null || escapeBefore(offset - on.back()) ? null : on;
  }

  /**
   * How many bytes before a parser error's offset the literal or number it is about begins: jackson-core reports
   * {@code NaN}, {@code -Infinity}, {@code +1}, {@code 01} and a misspelt {@code tru} past what it read of them (past
   * one more byte, for a misspelling), not at their first byte. Found from the bytes alone, not from the parser's
   * state: in an array, jackson-core moves its token to the next entry before it reads it, but leaves the token type
   * of the entry before. The bytes jackson-core reads as one token (ASCII letters, digits, signs, points, underscores
   * and dollars) run back from the offset, or from the byte before it, to where a value may begin (not to a quote: such
   * a run is in a string or a name). A run that is a whole JSON number or literal, and not a zero that a digit follows
   * ({@code 01}), was read in full: the error is about what follows it ({@code 12a}, a missing comma), at that byte
   * itself, and nothing moves. When jackson-core names the token it could not read ({@code named}), a quote or
   * backslash after the run is where the token ended, and the run is that token.
   *
   * @return 0 when the error is about no such token, or its bytes are no longer in this check's buffer
   */
  int tokenBack(long offset, boolean named) {
    long end = tokenEnd(offset);
    long start = bareRunStart(end);
    // A run that a quote ends, as one that a quote begins, is in a string or a name; so is one that a backslash or a
    // control character ends, unless a number or NaN, which the parser stops after so, ends there. (A colon or comma
    // in a name can stand where a value would begin.)
    int after = byteAt(end);
    boolean endsInText = after == '\\' || (after >= 0 && after < 0x20);
    boolean inText = !named && (after == '"' || (endsInText && !isNumberLike(start, end)));
    if (start == end || inText || !beginsValue(start) || (isNumberOrLiteral(start, end) && !isDigit(after))) {
      return 0;
    }
    return (int) (offset - start);
  }

  /**
   * Where a character beyond ASCII stands that begins the token a parser error's offset falls in ({@code é1}), or
   * follows a whole literal or number in it ({@code trueé}): out of place, whatever follows it. jackson-core names
   * such a token from 2.21 on, placed back from its end by its characters, so past its first byte by the extra bytes
   * of those characters; up to 2.20 it tells such a character as bad UTF-8, and places a token it names at its end or
   * past it.
   *
   * @return the character's offset; -1 when there is none, or the token's start is no longer in this check's buffer
   */
  long strayInAToken(long offset) {
    long start = bareRunStart(offset);
    long stray = start;
    while (byteAt(stray) >= 0 && byteAt(stray) < 0x80 && isBareTokenByte(byteAt(stray))) {
      stray++;
    }
    boolean held = start == 0 || byteAt(start - 1) >= 0;
    boolean wholeBefore = stray == start || isNumberOrLiteral(start, stray);
    return held && start < offset && byteAt(stray) >= 0x80 && wholeBefore ? stray : -1;
  }

  /** Where the bytes that jackson-core reads as one token, running back from an offset, begin. */
  private long bareRunStart(long offset) {
    long start = offset;
    while (isBareTokenByte(byteAt(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * The text of the number that a parser error's offset falls in, or that the byte before it ends, given how many bytes
   * back it begins ({@link #tokenBack}); null when that token begins with no sign or digit.
   */
  @Nullable String numberBefore(long offset, int back) {
    String token = text(offset - back, tokenEnd(offset));
    return token.matches("[-+0-9][0-9A-Za-z.+-]*") ? token : null;
  }

  /** Where the token that a parser error's offset is about ends: there, or a byte before when jackson-core read on. */
  private long tokenEnd(long offset) {
    return isBareTokenByte(byteAt(offset - 1)) ? offset : offset - 1;
  }

  /**
   * Where the comma stands that the closing brace or bracket at a parser error's offset follows, with only white space
   * between: a trailing comma, which JSON does not allow and jackson-core reports at the bracket. Found from the bytes
   * alone, counting back from the error's line and column; a line end is LF, CR or CR LF, as the parser counts them.
   * On an earlier line whose start is no longer in this check's buffer, its column is unknown: the bracket's place.
   *
   * @return null when no such comma is there, or it is no longer in this check's buffer
   */
  ParsedDocument.@Nullable Position trailingComma(long offset, int line, int column) {
    int close = byteAt(offset);
    if (close != '}' && close != ']') {
      return null;
    }
    long comma = offset - 1;
    int lines = 0;
    for (int b = byteAt(comma); b == ' ' || b == '\t' || b == '\n' || b == '\r'; b = byteAt(--comma)) {
      if (b == '\n' || (b == '\r' && byteAt(comma + 1) != '\n')) {
        lines++;
      }
    }
    if (byteAt(comma) != ',') {
      return null;
    }
    if (lines == 0) {
      return new ParsedDocument.Position(line, column - (int) (offset - comma));
    }
    long lineStart = comma;
    for (int b; lineStart > 0 && (b = byteAt(lineStart - 1)) != '\n' && b != '\r'; lineStart--) {
      if (b < 0) {
        return new ParsedDocument.Position(line, column);
      }
    }
    return new ParsedDocument.Position(line - lines, (int) (comma - lineStart) + 1);
  }

  /**
   * Where the first character after a place that is not white space stands, counting lines as the parser does (LF, CR
   * or CR LF); null when the bytes up to it are no longer in this check's buffer.
   */
  ParsedDocument.@Nullable Position firstAfterSpace(JsonLocation from) {
    int line = from.getLineNr();
    int column = from.getColumnNr();
    for (long i = from.getByteOffset(); ; i++) {
      int b = byteAt(i);
      if (b == '\n' || (b == '\r' && byteAt(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (b == ' ' || b == '\t') {
        column++;
      } else if (b != '\r') {
        return b < 0 ? null : new ParsedDocument.Position(line, column);
      }
    }
  }

  /** Whether a whole number, true, false or null, and nothing else of a token, ends just before an offset. */
  boolean wholeValueBefore(long offset) {
    long start = offset;
    while (start > 0 && byteAt(start - 1) >= 0 && byteAt(start - 1) < 0x80 && isBareTokenByte(byteAt(start - 1))) {
      start--;
    }
    return start < offset && beginsValue(start) && isNumberOrLiteral(start, offset);
  }

  /** Whether the bytes from {@code start} to {@code end}, all in the buffer, are a JSON number, true, false or null. */
  private boolean isNumberOrLiteral(long start, long end) {
    // Only on the way to an error: a pattern compiled here costs a load nothing.
    return text(start, end).matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?|true|false|null");
  }

  /** Whether the bytes from {@code start} to {@code end} could begin a number, NaN or Infinity of jackson-core's. */
  private boolean isNumberLike(long start, long end) {
    return text(start, end).matches("[-+]?([0-9.][0-9.eE+-]*|NaN|Infinity)?");
  }

  /** The bytes from {@code start} to {@code end}, all in the buffer, each as the character of its value. */
  private String text(long start, long end) {
    return new String(buffer, (int) (start - base), (int) (end - start), StandardCharsets.ISO_8859_1);
  }

  private static boolean isDigit(int b) {
    return b >= '0' && b <= '9';
  }

  /** Whether a value of JSON may begin at an offset: the input's start, or after space, a colon, comma or bracket. */
  private boolean beginsValue(long offset) {
    int b = byteAt(offset - 1);
    return offset == 0 || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == ':' || b == ',' || b == '[';
  }

  /**
   * A byte of a literal or number of JSON, or of a misspelling of one as jackson-core reads it (a Java name's): the
   * bytes of a letter beyond ASCII ({@code trué}) and the control characters Java ignores in names (U+0001 in
   * {@code true}) are part of it too.
   */
  private static boolean isBareTokenByte(int b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || isDigit(b) || b == '+' || b == '-' || b == '.'
        || b == '_' || b == '$' || b >= 0x80 || (b >= 0 && b <= 0x08) || (b >= 0x0E && b <= 0x1B) || b == 0x7F;
  }

  /** The character of more than one byte that an offset of the input falls in; null when none is, in the buffer. */
  @Nullable Stray characterAt(long offset) {
    for (int back = 0; back <= 3; back++) {
      long i = offset - back - base;
      // A byte-order mark lies before offset 0, outside what the parser reads.
      if (offset - back < 0 || i < 0 || i >= checked) {
        continue;
      }
      int lead = buffer[(int) i] & 0xFF;
      int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      if (length > 1 && back < length && i + length <= checked) {
        return new Stray(back, new String(buffer, (int) i, length, StandardCharsets.UTF_8).codePointAt(0));
      }
    }
    return null;
  }

  /** Whether the byte at an offset of the input, in this check's buffer, is a control character but tab, LF and CR. */
  boolean controlAt(long offset) {
    int b = anyControlAt(offset);
    return b >= 0 && b != '\t' && b != '\n' && b != '\r';
  }

  /** The control character (tab, LF and CR included) at an offset of the input, in this check's buffer; -1 if none. */
  int anyControlAt(long offset) {
    int b = byteAt(offset);
    return b < 0x20 ? b : -1;
  }

  /** The byte at an offset of the input, 0 to 255; -1 when it is not (or no longer) in this check's buffer. */
  private int byteAt(long offset) {
    long i = offset - base;
    // A byte-order mark lies before offset 0, outside what the parser reads.
    return offset < 0 || i < 0 || i >= checked ? -1 : buffer[(int) i] & 0xFF;
  }

  /** Whether the parser was reading a value that begins at an offset, or the value of a field name. */
  private static boolean begunAt(JsonParser p, long start) {
    JsonLocation token = p.currentTokenLocation();
    return p.currentToken() == JsonToken.FIELD_NAME || (token != null && token.getByteOffset() == start);
  }

  /**
   * The escape in a string or name that the character at an offset breaks: after a backslash, a character that starts
   * no escape of JSON; after a backslash, u and up to three hex digits, one that is not a hex digit. A backslash
   * counts when an odd run of them ends there ({@code \\} is an escaped backslash).
   *
   * @return null when no escape stands before the offset, or its bytes are no longer in this check's buffer
   */
  @Nullable Escape escapeAt(long offset) {
    // jackson-core reads a character of several bytes after a backslash byte by byte, and stops in it.
    Stray wide = characterAt(offset);
    long start = wide == null ? offset : offset - wide.back();
    if (!escapeBefore(start)) {
      return null;
    }
    boolean unicode = unicodeEscapeBefore(start);
    int b = byteAt(start);
    return wide != null ? new Escape(unicode, wide.codePoint()) : b >= 0 && b < 0x80 ? new Escape(unicode, b) : null;
  }

  /** A broken escape: whether it is one of four hex digits, and the character that breaks it. */
  record Escape(boolean unicode, int codePoint) {}

  /**
   * Whether the string whose opening quote stands at {@code start} is still open at {@code offset}: no quote that no
   * backslash escapes ends it before. False when its bytes are no longer all in this check's buffer.
   */
  boolean stringOpenAt(long start, long offset) {
    if (byteAt(start) != '"') {
      return false;
    }
    for (long i = start + 1; i < offset; i++) {
      int b = byteAt(i);
      if (b < 0 || (b == '"' && !oddBackslashesEndAt(i - 1))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The string that an offset of the input falls in, from the nearest quote before it that no backslash escapes to the
   * next one after: where it opens, and its text with its escapes read as JSON reads them, lone surrogates kept. Once
   * the parse has failed, the input is read on to the string's end if the parser stopped before it. Null when its bytes
   * are not all in this check's buffer, or it holds a broken escape or a control character.
   */
  @Nullable Quoted stringAround(long offset) {
    long start = offset - 1;
    while (byteAt(start) >= 0 && (byteAt(start) != '"' || oddBackslashesEndAt(start - 1))) {
      start--;
    }
    long close = start + 1;
    while (byteAt(close) != '"' || oddBackslashesEndAt(close - 1)) {
      if (byteAt(close) >= 0) {
        close++;
      } else if (close < base + checked || !readOn()) {
        return null;
      }
    }
    // A quote whose backslashes run back past the buffer may be escaped: not known to open the string.
    if (byteAt(start) < 0 || backslashesEndingAt(start - 1) < 0) {
      return null;
    }
    String raw = new String(buffer, (int) (start + 1 - base), (int) (close - start - 1), StandardCharsets.UTF_8);
    String text = TextCheck.unescaped(raw);
    return text == null ? null : new Quoted(start, text);
  }

  /** Where a string opens, and its text. */
  record Quoted(long start, String text) {}

  /** Reads more of the input past what the parser took, while the buffer has room for it; false when none came. */
  private boolean readOn() {
    long before = base + checked;
    boolean room = end < buffer.length || next > HISTORY;
    return room && ahead == null && !atEnd && fill() && base + checked > before;
  }

  /**
   * The escape of a lone surrogate ({@code \\ud800} to {@code \\udfff}, not half of a pair of escapes) nearest before
   * an offset, within the two escapes before it; null when there is none.
   */
  @Nullable SurrogateEscape surrogateEscapeBefore(long offset) {
    for (long at = offset - 6; at >= offset - 13; at--) {
      char c = escapedAt(at);
      boolean paired = Character.isHighSurrogate(c) ? Character.isLowSurrogate(escapedAt(at + 6))
          : Character.isLowSurrogate(c) && Character.isHighSurrogate(escapedAt(at - 6));
      if (Character.isSurrogate(c) && !paired) {
        return new SurrogateEscape(at, c);
      }
    }
    return null;
  }

  /** The character that a {@code \\u} escape at an offset stands for; 0 when none stands there. */
  private char escapedAt(long at) {
    // Its last byte in the buffer, and so all six: only then are they read as text.
    if (byteAt(at) != '\\' || byteAt(at + 1) != 'u' || byteAt(at + 5) < 0 || oddBackslashesEndAt(at - 1)) {
      return 0;
    }
    String hex = text(at + 2, at + 6);
    return TextCheck.isHex(hex, 0, 4) ? (char) HexFormat.fromHexDigits(hex) : 0;
  }

  /** Where an escape of a surrogate starts, and the surrogate. */
  record SurrogateEscape(long at, char surrogate) {}


  /** Whether an odd run of backslashes ends at an offset; false too when the run goes back past this check's buffer. */
  private boolean oddBackslashesEndAt(long offset) {
    return backslashesEndingAt(offset) % 2 == 1;
  }

  /** How many backslashes run back from an offset (0 when none is there); -1 when they run past this check's buffer. */
  private long backslashesEndingAt(long offset) {
    long i = offset;
    while (byteAt(i) == '\\') {
      i--;
    }
    return i < 0 || byteAt(i) >= 0 ? offset - i : -1;
  }

  /**
   * Whether a backslash, or a backslash, the letter u and up to three hex digits, stand just before an offset, the
   * backslash not itself escaped.
   */
  private boolean escapeBefore(long offset) {
    return oddBackslashesEndAt(offset - 1) || unicodeEscapeBefore(offset);
  }

  /** Whether a backslash, the letter u and up to three hex digits stand just before an offset. */
  private boolean unicodeEscapeBefore(long offset) {
    long i = offset - 1;
    while (i > offset - 4 && HexFormat.isHexDigit(byteAt(i))) {
      i--;
    }
    return byteAt(i) == 'u' && oddBackslashesEndAt(i - 1);
  }

  /** The length in UTF-8 of a code point above U+007F. */
  private static int length(int codePoint) {
    return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }

  private static String hex(int b) {
    return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
  }
}
