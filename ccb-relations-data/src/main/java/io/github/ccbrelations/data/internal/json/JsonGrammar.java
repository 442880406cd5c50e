package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.violation.ViolationCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The grammar of JSON (RFC 8259), checked on the bytes before the parser reads them, which are UTF-8 already. The first
 * byte that breaks it ends the input there, as a byte that is not UTF-8 does ({@link Utf8Check}): the parser's location
 * then places the error, its context gives the path, and the words are the library's. jackson-core never meets broken
 * JSON, whose words and places differ from one of its versions to the next (some past the byte at fault).
 *
 * <p>A token (a number or literal), a comma and a field name are held back from the parser until they are known good,
 * so that an error about them (a misspelt literal, a trailing comma, a lone surrogate in a name) is placed at their
 * first byte. Nesting deeper than the parser's limit is left unchecked: the parser stops there itself.
 */
final class JsonGrammar {
  /** The longest token, field name or run of space after a comma that is held back to be placed at its start. */
  private static final int MAX_HELD = 4096;
  private static final String VALUES =
      "JSON's values are strings in double quotes, numbers, objects, arrays, true, false and null";
  private static final String NUMBER = "-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?";
  /** The longest start of a token that a number of JSON could go on from. */
  private static final java.util.regex.Pattern NUMBER_PREFIX =
      java.util.regex.Pattern.compile("-?((0|[1-9][0-9]*)(\\.[0-9]+([eE][+-]?[0-9]*)?|\\.|[eE][+-]?[0-9]*)?)?");

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
  /** In a string: whether the last escape was a high surrogate, which a low one must follow; in a name, a lone one. */
  private boolean highBefore;
  private boolean nameBroken;
  /** The high surrogate of the last escape, and the first lone surrogate of a name. */
  private char high;
  private char lone;
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
          while (c >= 0x20 && c != '"' && c != '\\' && !highBefore && i + 1 < to) {
            c = b[++i] & 0xFF;
          }
          if (highBefore && c != '\\') {
            lone();
          }
          if (inName && held >= 0 && i - (held - base) >= MAX_HELD) {
            held = -1;
          }
          if (nameBroken && held < 0) {
            return longName(i);
          }
          if (c == '"') {
            if (!endString()) {
              return cut(b, base, i);
            }
          } else if (c == '\\') {
            state = ESCAPE;
          } else if (c < 0x20) {
            return fail(i, ViolationCode.SYNTAX, inText(), control(c, true));
          }
        }
        case ESCAPE -> {
          if (c == 'u') {
            state = HEX;
            hexDigits = 0;
            hexValue = 0;
          } else if ("\"\\/bfnrt".indexOf(c) >= 0) {
            lone();
            state = STRING;
            if (nameBroken && held < 0) {
              return longName(i);
            }
          } else {
            return fail(i, ViolationCode.SYNTAX, inText(), escape(false, codePointAt(b, i, to)));
          }
        }
        case HEX -> {
          int digit = c < 0x80 ? Character.digit(c, 16) : -1;
          if (digit < 0) {
            return fail(i, ViolationCode.SYNTAX, inText(), escape(true, codePointAt(b, i, to)));
          }
          hexValue = hexValue << 4 | digit;
          if (++hexDigits == 4) {
            surrogate((char) hexValue);
            state = STRING;
            if (nameBroken && held < 0) {
              return longName(i);
            }
          }
        }
        case TOKEN -> {
          if (isTokenByte(c) && i - (tokenStart - base) < MAX_HELD) {
            continue;
          } else if (isTokenByte(c) && new String(b, (int) (tokenStart - base), i - (int) (tokenStart - base),
              StandardCharsets.ISO_8859_1).matches("-?[0-9]+")) {
            // A number past the parser's limit of length, which the parser tells.
            passive = true;
            held = -1;
            return to;
          }
          int at = endToken(b, base, i);
          if (at >= 0) {
            return at;
          }
          i = resumeAt - 1;
        }
        default -> {
          if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            if (held >= 0 && i - (held - base) >= MAX_HELD) {
              held = -1;
            }
            continue;
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

  /** At the end of the input, whose last bytes were checked: a token that the end completes is judged. */
  int end(byte[] b, long base, int to) {
    while (!passive && state == TOKEN) {
      String token = new String(b, (int) (tokenStart - base), to - (int) (tokenStart - base),
          StandardCharsets.ISO_8859_1);
      if (token.matches("-?(0|[1-9][0-9]*)(\\.[0-9]*)?([eE][+-]?[0-9]*)?|-") && !token.matches(NUMBER)) {
        // A number the end cuts (after its sign, point or exponent): the input ends inside the object or array.
        return fail(to, ViolationCode.SYNTAX, Broken.Needs.END_OF_INPUT, "unexpected end-of-input");
      }
      int at = endToken(b, base, to);
      if (at < 0 && resumeAt < to) {
        at = scan(b, base, resumeAt, to);
      }
      if (problem != null) {
        return at;
      }
    }
    held = -1;
    return to;
  }

  /** A byte between tokens, where the state says what may come: -1 when it fits, else the index the input ends at. */
  private int between(byte[] b, long base, int i, int to, int c) {
    if (state == DONE) {
      String after = rootObject ? Stops.AFTER_THE_DOCUMENT : "not JSON: " + quoted(String.valueOf((char) c))
          + " right after a value at the top level, where only white space may follow";
      return fail(i, ViolationCode.SYNTAX, Broken.Needs.DOCUMENT,
          c >= 0x80 ? stray(codePointAt(b, i, to)) : c < 0x20 ? control(c, false) : after);
    }
    boolean closer = c == '}' || c == ']';
    if (closer && afterComma) {
      return fail(held >= 0 ? (int) (held - base) : i, ViolationCode.SYNTAX,
          "not JSON: a comma that no value follows in its object or array; JSON allows no trailing comma");
    }
    if (c >= 0x80) {
      return fail(i, ViolationCode.SYNTAX, stray(codePointAt(b, i, to)));
    } else if (c < 0x20) {
      return fail(i, ViolationCode.SYNTAX, control(c, false));
    } else if (c == '/') {
      return fail(i, ViolationCode.SYNTAX, "not JSON: '/' starts no token of JSON, which has no comments");
    }
    String what = c == 0x7F ? "U+007F" : quoted(String.valueOf((char) c));
    boolean closes = closer && depth > 0 && open[depth - 1] == (c == '}');
    switch (state) {
      case VALUE -> {
        return value(base, i, c, what, closer, closes);
      }
      case NAME_OR_END, NAME -> {
        if (c == '"') {
          state = STRING;
          inName = true;
          nameBroken = false;
          afterComma = false;
          held = base + i;
        } else if (closes) {
          close();
        } else if (closer) {
          return fail(i, ViolationCode.SYNTAX, Broken.Needs.OPENING, "not JSON: " + what + " cannot close");
        } else {
          return fail(i, ViolationCode.SYNTAX, "not JSON: " + what + " where a field name must start; JSON writes a"
              + " field name as a string in double quotes");
        }
      }
      case COLON -> {
        if (c != ':') {
          return fail(i, ViolationCode.SYNTAX, Broken.Needs.FIELD_NAME, "not JSON: " + what + " after the field name");
        }
        state = VALUE;
      }
      default -> {
        if (closes) {
          close();
        } else if (closer) {
          return fail(i, ViolationCode.SYNTAX, Broken.Needs.OPENING, "not JSON: " + what + " cannot close");
        } else if (c == ',') {
          held = base + i;
          afterComma = true;
          state = open[depth - 1] ? NAME : VALUE;
        } else {
          return fail(i, ViolationCode.SYNTAX, open[depth - 1]
              ? "not JSON: " + what + " after a value in an object, where a comma or '}' must follow"
              : "not JSON: " + what + " after an entry of an array, where a comma or ']' must follow");
        }
      }
    }
    return -1;
  }

  /** A byte where a value must start. */
  private int value(long base, int i, int c, String what, boolean closer, boolean closes) {
    if (closer) {
      if (depth == 0) {
        return fail(i, ViolationCode.SYNTAX, "not JSON: " + what + " closes no array or object");
      } else if (arrayOpened && closes) {
        close();
        return -1;
      } else if (arrayOpened) {
        return fail(i, ViolationCode.SYNTAX, Broken.Needs.OPENING, "not JSON: " + what + " cannot close");
      }
      return fail(i, ViolationCode.SYNTAX, closes ? "not JSON: a value is missing before " + what
          : "not JSON: " + what + " where a value must start; " + VALUES);
    }
    held = -1;
    afterComma = false;
    arrayOpened = false;
    if (c == '{' || c == '[') {
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
    } else if (c == '"') {
      state = STRING;
      inName = false;
    } else if (c == '-' || c == '+' || c == '$' || (c < 0x7F && c >= '0' && isWordByte(c))) {
      state = TOKEN;
      tokenStart = base + i;
      held = tokenStart;
    } else if (c == ',') {
      return fail(i, ViolationCode.SYNTAX, "not JSON: a value is missing before " + what);
    } else {
      return fail(i, ViolationCode.SYNTAX, "not JSON: " + what + " where a value must start; " + VALUES);
    }
    return -1;
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
    String raw = new String(b, open + 1, close - open - 1, StandardCharsets.UTF_8);
    String text = TextCheck.unescaped(raw);
    String message = TextCheck.loneSurrogate(text == null ? "" : text, "field name");
    problem = new Broken(ViolationCode.ENCODING, Broken.Needs.NAME_PATH,
        message == null ? "not Unicode text: a field name holds a lone surrogate escape" : message,
        text == null ? "" : text);
    held = -1;
    return open;
  }

  /**
   * A lone surrogate in a name too long to hold back, where it is found: the parser has read the name's start, and
   * from jackson-core 2.21 on would refuse the surrogate itself. Placed there, with its object's path.
   */
  private int longName(int i) {
    return fail(i, ViolationCode.ENCODING, Broken.Needs.IN_NAME, TextCheck.loneSurrogateMessage("field name", lone, 0));
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
    if (Character.isLowSurrogate(c) && inName && !nameBroken) {
      nameBroken = true;
      lone = c;
    }
  }

  /** Anything but a low surrogate's escape after a high one's: a lone surrogate. */
  private void lone() {
    if (highBefore && inName && !nameBroken) {
      nameBroken = true;
      lone = high;
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
    String token = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    int sign = token.charAt(0) == '-' || token.charAt(0) == '+' ? 1 : 0;
    int word = sign;
    while (word < token.length() && isWordByte(token.charAt(word))) {
      word++;
    }
    String name = token.substring(sign, word);
    String message;
    String named = name.startsWith("N") ? "NaN" : name.startsWith("INF") ? "INF" : "Infinity";
    if (sign == 1 && (name.startsWith("I") || name.startsWith("N")) && !name.startsWith(named)) {
      // A sign and the start of a name of jackson-core's: as far as it matched.
      int k = 0;
      while (k < name.length() && k < named.length() && name.charAt(k) == named.charAt(k)) {
        k++;
      }
      message = quoted(token.substring(0, 1 + Math.max(k, 1))) + " is not a number of JSON, which writes a digit after"
          + " a minus sign, a decimal point and an exponent";
    } else if (sign == 1 && token.startsWith("+") && !name.matches("NaN|Infinity|INF")) {
      message = "a number with a plus sign; JSON writes a number without one";
    } else if (name.matches("NaN|Infinity|INF")) {
      message = quoted(token.substring(0, word)) + " is not a number of JSON, which has no NaN and no infinity";
    } else if (!name.isEmpty() && !Character.isDigit(name.charAt(0)) && (sign == 0 || name.matches("(NaN|Inf).*"))) {
      int stray = start + sign;
      while (stray < start + word && b[stray] >= 0) {
        stray++;
      }
      String ascii = token.substring(sign, stray - start);
      if (sign == 0 && ascii.matches("true|false|null")) {
        resumeAt = stray;
        return -1;
      } else if (stray < start + word && sign == 0 && ascii.isEmpty()) {
        return fail(stray, ViolationCode.SYNTAX, stray(codePointAt(b, stray, end)));
      }
      String text = new String(b, start, word, StandardCharsets.UTF_8);
      message = quoted(JsonPaths.abbreviate(text)) + " is not a value of JSON; " + VALUES;
    } else if (token.matches("-?0[0-9].*")) {
      message = "a number with a leading zero; JSON writes no zero before the other digits of a number";
    } else {
      java.util.regex.Matcher number = NUMBER_PREFIX.matcher(token);
      number.lookingAt();
      String prefix = token.substring(0, number.end());
      if (prefix.matches(NUMBER)) {
        resumeAt = start + prefix.length();
        return -1;
      }
      message = quoted(prefix) + " is not a number of JSON, which writes a digit after a minus sign, a decimal point"
          + " and an exponent";
    }
    return fail(start, ViolationCode.SYNTAX, Broken.Needs.VALUE, "not JSON: " + message);
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

  /**
   * A byte of a literal or number of JSON, or of a misspelling of one as a parser reads it (a Java name's): the bytes of
   * a letter beyond ASCII ({@code trué}) and the control characters Java ignores in names are part of it too.
   */
  private static boolean isTokenByte(int b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '+' || b == '-'
        || b == '.' || b == '_' || b == '$' || b >= 0x80 || b <= 0x08 || (b >= 0x0E && b <= 0x1B) || b == 0x7F;
  }

  /** The character whose first byte is at an index, in checked UTF-8. */
  private static int codePointAt(byte[] b, int i, int to) {
    int lead = b[i] & 0xFF;
    int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return new String(b, i, Math.min(length, to - i), StandardCharsets.UTF_8).codePointAt(0);
  }

  /** A character beyond ASCII outside a string. */
  private static String stray(int character) {
    return character == 0xFEFF
        ? "a byte-order mark (U+FEFF) between the values of JSON; only the first character of a file may be one"
        : String.format(Locale.ROOT, "not JSON: the character U+%04X outside a string; between the tokens of JSON only"
            + " space, tab, LF and CR may stand", character);
  }

  /** A byte of a name as a parser reads a misspelt literal: a Java name's, with the bytes of letters beyond ASCII. */
  private static boolean isWordByte(int b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '$'
        || b >= 0x80 || b <= 0x08 || (b >= 0x0E && b <= 0x1B) || b == 0x7F;
  }

  /** A character, token or name as messages quote it: in single quotes, or in double quotes if it holds one. */
  static String quoted(String text) {
    return text.indexOf('\'') >= 0 ? '"' + text + '"' : "'" + text + "'";
  }

  /** A broken escape: a character after a backslash that starts none, or one of four hex digits that is not one. */
  private static String escape(boolean unicode, int c) {
    String character = String.format(Locale.ROOT, "U+%04X", c)
        + (Character.isLetterOrDigit(c) || (c > 0x20 && c < 0x7F) ? " '" + Character.toString(c) + "'" : "");
    return unicode
        ? "not JSON: " + character + " where \\u needs four hex digits (0-9, a-f, A-F)"
        : "not JSON: " + character + " after a backslash, which starts no escape of JSON; the escapes are \\\", \\\\,"
            + " \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hex digits";
  }

  /**
   * A control character where JSON does not allow it: unescaped in a string or a name; between tokens, where only four
   * white-space characters may stand.
   */
  private static String control(int control, boolean inText) {
    if (!inText) {
      return String.format(Locale.ROOT, "not JSON: the control character U+%04X outside a string; between the tokens"
          + " of JSON only space, tab, LF and CR may stand", control);
    }
    String escape = switch (control) {
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      default -> String.format(Locale.ROOT, "\\u%04X", control);
    };
    return String.format(Locale.ROOT, "not JSON: the control character U+%04X unescaped in a string or name; JSON"
        + " writes it %s", control, escape);
  }
}
