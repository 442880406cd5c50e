package io.github.ccbrelations.data.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Broken JSON in the library's words: what stands where, and what JSON wants there ({@link JsonGrammar}). */
final class SyntaxWords {
  static final String VALUES =
      "JSON's values are strings in double quotes, numbers, objects, arrays, true, false and null";

  /** What may stand between the tokens of JSON. */
  private static final String BETWEEN_TOKENS = "between the tokens of JSON only space, tab, LF and CR may stand";

  private static final String NOT_A_NUMBER =
      " is not a number of JSON, which writes a digit after a minus sign, a decimal point and an exponent";

  private SyntaxWords() {}

  /** What a token that begins with no number or literal is, in the words of what the parser would make of it. */
  static String notAValue(byte[] b, int start, int end) {
    String token = new String(b, start, end - start, StandardCharsets.ISO_8859_1);
    int sign = token.charAt(0) == '-' || token.charAt(0) == '+' ? 1 : 0;
    int word = sign;
    while (word < token.length() && BareTokens.isWordByte(token.charAt(word))) {
      word++;
    }
    String name = token.substring(sign, word);
    String text = quoted(JsonPaths.abbreviate(new String(b, start, word, StandardCharsets.UTF_8)));
    boolean nonStandard = name.equals("Infinity") || (sign == 0 ? name.equals("NaN") : name.equals("INF"));
    if (nonStandard) {
      return text + " is not a number of JSON, which has no NaN and no infinity";
    } else if (token.startsWith("+")) {
      return "a number with a plus sign; JSON writes a number without one";
    } else if (sign == 1 && name.startsWith("I")) {
      // As jackson-core reads it: a word after "-In" or "-IN", else a number that "-I" cannot go on.
      boolean named = name.length() > 1 && (name.charAt(1) == 'n' || name.charAt(1) == 'N');
      return named ? text + " is not a value of JSON; " + VALUES : quoted(token.substring(0, 2)) + NOT_A_NUMBER;
    } else if (sign == 0 && !Character.isDigit(name.charAt(0))) {
      return text + " is not a value of JSON; " + VALUES;
    } else if (BareTokens.leadingZero(b, start, end)) {
      return "a number with a leading zero; JSON writes no zero before the other digits of a number";
    }
    return quoted(token.substring(0, BareTokens.numberEnd(b, start, end) - start)) + NOT_A_NUMBER;
  }

  /** A character beyond ASCII outside a string. */
  static String stray(int character) {
    return character == 0xFEFF
        ? "a byte-order mark (U+FEFF) between the values of JSON; only the first character of a file may be one"
        : String.format(Locale.ROOT, "not JSON: the character U+%04X outside a string; ", character) + BETWEEN_TOKENS;
  }

  /** A character, token or name as messages quote it: in single quotes, or in double quotes if it holds one. */
  static String quoted(String text) {
    return text.indexOf('\'') >= 0 ? '"' + text + '"' : "'" + text + "'";
  }

  /** A broken escape: a character after a backslash that starts none, or one of four hex digits that is not one. */
  static String escape(boolean unicode, int c) {
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
  static String control(int control, boolean inText) {
    if (!inText) {
      return String.format(Locale.ROOT, "not JSON: the control character U+%04X outside a string; ", control)
          + BETWEEN_TOKENS;
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
