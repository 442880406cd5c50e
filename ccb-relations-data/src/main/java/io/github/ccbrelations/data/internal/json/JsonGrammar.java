package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.violation.ViolationCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The grammar of JSON (RFC 8259) and of UTF-8 ({@link Utf8}), checked on the bytes before the parser reads them. The
 * first byte that breaks either ends the input there ({@link CheckedInput}): the parser's location then places the
 * error, its context gives the path, and the words are the library's. jackson-core never meets broken JSON, whose
 * words and places differ from one of its versions to the next (some past the byte at fault).
 *
 * <p>A token (a number or literal), a comma and a field name are held back from the parser until they are known good,
 * so that an error about them (a misspelt literal, a trailing comma, a lone surrogate in a name) is placed at their
 * first byte. Nesting deeper than the parser's limit is left unchecked: the parser stops there itself.
 */
final class JsonGrammar {
  /** The longest token, field name or run of space after a comma that is held back to be placed at its start. */
  private static final int MAX_HELD = 4096;

  /** The bytes a string holds as they are: printable ASCII but the quote and the backslash. */
  private static final boolean[] PLAIN = new boolean[256];

  static {
    for (int c = 0x20; c < 0x80; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  // What the next byte may be.
  private static final int VALUE = 0;
  private static final int NAME_OR_END = 1;
  private static final int NAME = 2;
  private static final int COLON = 3;
  private static final int AFTER = 4;
  private static final int STRING = 5;
  private static final int ESCAPE = 6;
  private static final int HEX = 7;
  private static final int TOKEN = 8;
  private static final int DONE = 9;

  /** Broken JSON, said once the parser stands at it: some words name what it holds there. */
  static final class Broken extends ReadStop {
    private static final long serialVersionUID = 1L;

    /** What the words or the path take from the parser. */
    enum Needs { NOTHING, FIELD_NAME, OPENING, END_OF_INPUT, NAME_PATH, IN_NAME, VALUE, DOCUMENT }

    final transient Needs needs;
    /** The name that holds a lone surrogate, for {@link Needs#NAME_PATH}. */
    final String name;

    Broken(ViolationCode code, Needs needs, String message, String name) {
      super(code, null, message);
      this.needs = needs;
      this.name = name;
    }
  }

  private final int maxDepth;
  private int state = VALUE;
  /** The open objects (true) and arrays (false), innermost last. */
  private boolean[] open = new boolean[16];
  private int depth;
  /** Deeper than the parser's limit: nothing more is checked. */
  private boolean passive;
  /** Whether the value at the top level is an object: the dataset, after which nothing may follow. */
  private boolean rootObject;
  /** Whether a value comes after a comma, or after the bracket that opens an array. */
  private boolean afterComma;
  private boolean arrayOpened;
  private boolean inName;
  /** In a string: whether the last escape was a high surrogate, which a low one's must follow. */
  private boolean highBefore;
  /** Whether the name being read holds a lone surrogate, and whether it is too long to hold back whole. */
  private boolean nameBroken;
  private boolean longName;
  /** The high surrogate of the last escape, the first lone surrogate of a name, and where their escapes start. */
  private char high;
  private char lone;
  private long highAt;
  private long loneAt;
  /** Where the {@code \\u} escape being read starts. */
  private long escapeAt;
  private int hexDigits;
  private int hexValue;
  /** Where the bytes held back from the parser start (an offset of the input), or -1. */
  private long held = -1;
  private long tokenStart;
  /** Where the check goes on after a token: past the number or literal that begins it. */
  private int resumeAt;
  private @Nullable Broken problem;

  JsonGrammar(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** What is wrong at the end of the bytes that {@link #scan} or {@link #end} passed; null until something is. */
  @Nullable Broken problem() {
    return problem;
  }

  /** Where the bytes held back start, as an offset of the input; -1 when none are. */
  long held() {
    return held;
  }

  /**
   * Checks the bytes from {@code from} to {@code to} of a buffer whose first byte is at offset {@code base} of the
   * input, and whose bytes from {@link #held()} on are still there.
   *
   * @return the index the input ends at: {@code to}, or the place of what is wrong ({@link #problem()})
   */
  int scan(byte[] b, long base, int from, int to) {
    for (int i = from; i < to && !passive; i++) {
      int c = b[i] & 0xFF;
      switch (state) {
        case STRING -> {
          if (highBefore && c != '\\') {
            lone();
          }
          if (nameBroken && longName) {
            return longName(base);
          }
          int j = i;
          while (j < to && PLAIN[b[j] & 0xFF]) {
            j++;
          }
          if (inName && !longName && j - (held - base) >= MAX_HELD) {
            // Too long to hold back whole: from now on only its escapes are, until known whole (a high surrogate's
            // until the escape after it).
            longName = true;
            held = highBefore ? highAt : -1;
            if (nameBroken) {
              return longName(base);
            }
          }
          if (j == to) {
            return to;
          }
          i = j;
          c = b[i] & 0xFF;
          if (c == '"') {
            if (!endString()) {
              return cut(b, base, i);
            }
          } else if (c == '\\') {
            state = ESCAPE;
            held = longName && held < 0 ? base + i : held;
          } else if (c < 0x20) {
            return fail(i, ViolationCode.SYNTAX, inText(), SyntaxWords.control(c, true));
          } else if (c >= 0x80) {
            int n = Utf8.sequence(b, i, to);
            if (n <= 0) {
              return notWhole(b, i, to);
            }
            i += n - 1;
          }
        }
        case ESCAPE -> {
          if (c == 'u') {
            state = HEX;
            hexDigits = 0;
            hexValue = 0;
            escapeAt = base + i - 1;
          } else if ("\"\\/bfnrt".indexOf(c) >= 0) {
            lone();
            int at = escaped(base);
            if (at >= 0) {
              return at;
            }
          } else if (c >= 0x80 && Utf8.sequence(b, i, to) <= 0) {
            return notWhole(b, i, to);
          } else {
            return fail(i, ViolationCode.SYNTAX, inText(), SyntaxWords.escape(false, Utf8.codePointAt(b, i, to)));
          }
        }
        case HEX -> {
          int digit = c < 0x80 ? Character.digit(c, 16) : -1;
          if (c >= 0x80 && Utf8.sequence(b, i, to) <= 0) {
            return notWhole(b, i, to);
          } else if (digit < 0) {
            return fail(i, ViolationCode.SYNTAX, inText(), SyntaxWords.escape(true, Utf8.codePointAt(b, i, to)));
          }
          hexValue = hexValue << 4 | digit;
          if (++hexDigits == 4) {
            surrogate((char) hexValue);
            int at = escaped(base);
            if (at >= 0) {
              return at;
            }
          }
        }
        case TOKEN -> {
          if (c >= 0x80 && i - (tokenStart - base) < MAX_HELD) {
            int n = Utf8.sequence(b, i, to);
            if (n <= 0) {
              return notWhole(b, i, to);
            }
            i += n - 1;
            continue;
          } else if (BareTokens.isTokenByte(c) && i - (tokenStart - base) < MAX_HELD) {
            continue;
          } else if (BareTokens.isTokenByte(c) && BareTokens.numberEnd(b, (int) (tokenStart - base), i) == i
              && !BareTokens.leadingZero(b, (int) (tokenStart - base), i)) {
            // Far past the parser's limit on the length of a number (4 KiB against 100): told at its start.
            return fail((int) (tokenStart - base), ViolationCode.LIMIT_EXCEEDED, Broken.Needs.VALUE,
                Stops.NUMBER_TOO_LONG);
          }
          int at = endToken(b, base, i);
          if (at >= 0) {
            return at;
          }
          i = resumeAt - 1;
        }
        default -> {
          while (isSpace(c) && i + 1 < to) {
            c = b[++i] & 0xFF;
          }
          if (held >= 0 && i - (held - base) >= MAX_HELD) {
            held = -1;
          }
          if (isSpace(c)) {
            continue;
          }
          int n = c >= 0x80 ? Utf8.sequence(b, i, to) : 1;
          if (n <= 0) {
            return notWhole(b, i, to);
          }
          int at = between(b, base, i, to, c);
          if (at >= 0) {
            return at;
          }
        }
      }
    }
    return to;
  }

  /**
   * At the end of the input, checked up to {@code scanned} (a UTF-8 sequence the end cuts is not): a token that the end
   * completes is judged.
   */
  int end(byte[] b, long base, int scanned, int to) {
    int at = scanned;
    while (at == to && !passive && state == TOKEN) {
      int start = (int) (tokenStart - base);
      boolean numeric = b[start] == '-' || (b[start] >= '0' && b[start] <= '9');
      if (depth > 0 && numeric && BareTokens.numberEnd(b, start, to) == to && !BareTokens.isNumber(b, start, to)) {
        // A number the end cuts (after its sign, point or exponent): the input ends inside the object or array.
        return fail(to, ViolationCode.SYNTAX, Broken.Needs.END_OF_INPUT, "unexpected end-of-input");
      }
      at = endToken(b, base, to);
      if (problem != null) {
        return at;
      }
      at = resumeAt < to ? scan(b, base, resumeAt, to) : to;
      if (problem != null) {
        return at;
      }
    }
    if (at < to) {
      return fail(at, ViolationCode.ENCODING,
          "not UTF-8: the input ends inside the sequence that starts with byte " + Utf8.hex(b[at]));
    }
    held = -1;
    return to;
  }

  /** A byte between tokens, where the state says what may come: -1 when it fits, else the index the input ends at. */
  private int between(byte[] b, long base, int i, int to, int c) {
    switch (state) {
      case VALUE -> {
        if (c == '"') {
          startValue();
          state = STRING;
          inName = false;
          return -1;
        } else if (c == '-' || c == '+' || c == '$' || (c < 0x7F && c >= '0' && BareTokens.isWordByte(c))) {
          startValue();
          state = TOKEN;
          tokenStart = base + i;
          held = tokenStart;
          return -1;
        } else if (c == '{' || c == '[') {
          return open(c);
        } else if (c == ']' && arrayOpened) {
          close();
          return -1;
        }
      }
      case NAME_OR_END, NAME -> {
        if (c == '"') {
          state = STRING;
          inName = true;
          nameBroken = false;
          longName = false;
          afterComma = false;
          held = base + i;
          return -1;
        } else if (c == '}' && state == NAME_OR_END) {
          close();
          return -1;
        }
      }
      case COLON -> {
        if (c == ':') {
          state = VALUE;
          return -1;
        }
      }
      case AFTER -> {
        if (c == ',') {
          held = base + i;
          afterComma = true;
          state = open[depth - 1] ? NAME : VALUE;
          return -1;
        } else if (c == (open[depth - 1] ? '}' : ']')) {
          close();
          return -1;
        }
      }
      default -> {
        // After the value at the top level, only white space.
      }
    }
    return unexpected(b, base, i, to, c);
  }

  /** A byte that the state does not allow: the index the input ends at, with what is wrong. */
  private int unexpected(byte[] b, long base, int i, int to, int c) {
    if (state == DONE) {
      String after = rootObject ? Stops.AFTER_THE_DOCUMENT : "not JSON: " + what(c)
          + " right after a value at the top level, where only white space may follow";
      return fail(i, ViolationCode.SYNTAX, Broken.Needs.DOCUMENT,
          c >= 0x80 ? SyntaxWords.stray(Utf8.codePointAt(b, i, to)) : c < 0x20 ? SyntaxWords.control(c, false) : after);
    }
    boolean closer = c == '}' || c == ']';
    if (closer && afterComma) {
      return fail(held >= 0 ? (int) (held - base) : i, ViolationCode.SYNTAX,
          "not JSON: a comma that no value follows in its object or array; JSON allows no trailing comma");
    } else if (c >= 0x80) {
      return fail(i, ViolationCode.SYNTAX, SyntaxWords.stray(Utf8.codePointAt(b, i, to)));
    } else if (c < 0x20) {
      return fail(i, ViolationCode.SYNTAX, SyntaxWords.control(c, false));
    } else if (c == '/') {
      return fail(i, ViolationCode.SYNTAX, "not JSON: '/' starts no token of JSON, which has no comments");
    } else if (closer && depth == 0) {
      return fail(i, ViolationCode.SYNTAX, "not JSON: " + what(c) + " closes no array or object");
    }
    boolean closes = closer && open[depth - 1] == (c == '}');
    String message = switch (state) {
      case VALUE -> closer && !arrayOpened && closes || c == ',' ? "a value is missing before " + what(c)
          : closer && arrayOpened ? null : what(c) + " where a value must start; " + SyntaxWords.VALUES;
      case NAME_OR_END, NAME -> closer ? null
          : what(c) + " where a field name must start; JSON writes a field name as a string in double quotes";
      case COLON -> what(c) + " after the field name";
      default -> closer ? null : open[depth - 1]
          ? what(c) + " after a value in an object, where a comma or '}' must follow"
          : what(c) + " after an entry of an array, where a comma or ']' must follow";
    };
    if (message == null) {
      return fail(i, ViolationCode.SYNTAX, Broken.Needs.OPENING, "not JSON: " + what(c) + " cannot close");
    }
    return fail(i, ViolationCode.SYNTAX, state == COLON ? Broken.Needs.FIELD_NAME : Broken.Needs.NOTHING,
        "not JSON: " + message);
  }

  /** A value begins: what held it back (a comma before it) is let go. */
  private void startValue() {
    held = -1;
    afterComma = false;
    arrayOpened = false;
  }

  /** An object or array opens where a value starts; past the parser's limit of depth, nothing more is checked. */
  private int open(int c) {
    startValue();
    if (depth == maxDepth) {
      passive = true;
      return -1;
    }
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    rootObject |= depth == 0 && c == '{';
    open[depth++] = c == '{';
    state = c == '{' ? NAME_OR_END : VALUE;
    arrayOpened = c == '[';
    return -1;
  }

  /** A character that is not whole UTF-8: the index the input ends at, there if it is broken, before it if cut. */
  private int notWhole(byte[] b, int i, int to) {
    return Utf8.sequence(b, i, to) == 0 ? fail(i, ViolationCode.ENCODING, Utf8.whatIsWrong(b, i)) : i;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /** The byte at fault, as messages name it. */
  private static String what(int c) {
    return c == 0x7F ? "U+007F" : SyntaxWords.quoted(String.valueOf((char) c));
  }

  private void close() {
    depth--;
    afterValue();
  }

  private void afterValue() {
    state = depth == 0 ? DONE : AFTER;
    afterComma = false;
    arrayOpened = false;
  }

  /** The closing quote of a string: false when it closes a name that holds a lone surrogate. */
  private boolean endString() {
    if (!inName) {
      afterValue();
      return true;
    } else if (nameBroken) {
      return false;
    }
    held = -1;
    state = COLON;
    return true;
  }

  /** The end of a name that holds a lone surrogate: at its opening quote, in the words of its text. */
  private int cut(byte[] b, long base, int close) {
    int open = (int) (held - base);
    String text = unescaped(new String(b, open + 1, close - open - 1, StandardCharsets.UTF_8));
    String message = TextCheck.loneSurrogate(text, "field name");
    problem = new Broken(ViolationCode.ENCODING, Broken.Needs.NAME_PATH,
        message != null ? message : TextCheck.loneSurrogateMessage("field name", lone, 0), text);
    held = -1;
    return open;
  }

  /** The text of a well-formed string of JSON between its quotes, its escapes read, lone surrogates kept. */
  private static String unescaped(String raw) {
    StringBuilder text = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        text.append(c);
      } else if (raw.charAt(++i) == 'u') {
        text.append((char) HexFormat.fromHexDigits(raw, i + 1, i + 5));
        i += 4;
      } else {
        text.append("\"\\/\b\f\n\r\t".charAt("\"\\/bfnrt".indexOf(raw.charAt(i))));
      }
    }
    return text.toString();
  }

  /**
   * A lone surrogate in a name too long to hold back whole, at its escape, which is held until known whole: before the
   * parser could refuse it itself (as jackson-core does from 2.21 on). With its object's path.
   */
  private int longName(long base) {
    return fail((int) (loneAt - base), ViolationCode.ENCODING, Broken.Needs.IN_NAME,
        TextCheck.loneSurrogateMessage("field name", lone, 0));
  }

  /**
   * The end of an escape, back in the string: -1, the escape let go in a name too long to hold back whole (unless a
   * high surrogate's, which waits for the escape after it); else the index the input ends at, a lone surrogate's.
   */
  private int escaped(long base) {
    state = STRING;
    if (nameBroken && longName) {
      return longName(base);
    } else if (longName && !highBefore) {
      held = -1;
    }
    return -1;
  }

  /** A surrogate written as an escape: a lone one in a name breaks it (a string's is the binder's to refuse). */
  private void surrogate(char c) {
    if (Character.isLowSurrogate(c) && highBefore) {
      highBefore = false;
      return;
    }
    lone();
    highBefore = Character.isHighSurrogate(c);
    high = c;
    highAt = escapeAt;
    if (Character.isLowSurrogate(c) && inName && !nameBroken) {
      nameBroken = true;
      lone = c;
      loneAt = escapeAt;
    }
  }

  /** Anything but a low surrogate's escape after a high one's: a lone surrogate. */
  private void lone() {
    if (highBefore && inName && !nameBroken) {
      nameBroken = true;
      lone = high;
      loneAt = highAt;
    }
    highBefore = false;
  }

  /**
   * The end of the bytes of a token, as a parser reads them: -1 when they begin with a number or literal of JSON, the
   * check going on after it ({@link #resumeAt}); else the index the input ends at, the token's start.
   */
  private int endToken(byte[] b, long base, int end) {
    int start = (int) (tokenStart - base);
    held = -1;
    afterValue();
    int value = BareTokens.valueEnd(b, start, end);
    if (value >= 0) {
      resumeAt = value;
      return -1;
    }
    return fail(start, ViolationCode.SYNTAX, Broken.Needs.VALUE, "not JSON: " + SyntaxWords.notAValue(b, start, end));
  }

  private Broken.Needs inText() {
    return inName ? Broken.Needs.IN_NAME : Broken.Needs.NOTHING;
  }

  private int fail(int at, ViolationCode code, String message) {
    return fail(at, code, Broken.Needs.NOTHING, message);
  }

  private int fail(int at, ViolationCode code, Broken.Needs needs, String message) {
    problem = new Broken(code, needs, message, "");
    held = -1;
    return at;
  }
}
