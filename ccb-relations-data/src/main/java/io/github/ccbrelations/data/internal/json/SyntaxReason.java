package io.github.ccbrelations.data.internal.json;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * jackson-core's description of broken JSON, as a violation says it: what is wrong where ("Unexpected close marker
 * ']': expected '}'"), without what only a caller of jackson-core could act on. Its advice to enable one of its
 * features (the reader's settings are not the user's to change, and the format is strict JSON) is left out, and so is
 * its place of an earlier token (it names the class of the stream it read, and counts bytes), which the caller gives
 * from the parser's context instead.
 */
final class SyntaxReason {
  /**
   * "enable `JsonReadFeature.X` to allow", "(consider enabling `...` to allow use of ... (...))", "(not recognized as
   * one since Feature 'X' not enabled for parser)".
   */
  private static final Pattern ADVICE = Pattern.compile(
      ":? \\(?(?:consider enabling|enable) `?[\\w.]+`? to allow(?: use of [^()]*\\([^()]*\\))?\\)?"
          + "| \\([^()]*Feature '?\\w+'? not enabled[^()]*\\)");
  /** " (for Object starting at [Source: (io.github...Utf8Check); line: 9, column: 50])", in bytes. */
  private static final Pattern OPENING = Pattern.compile(" \\(for \\w+ starting at \\[Source: [^\\]]*\\]\\)");

  private SyntaxReason() {}

  /** The message without jackson-core's advice, and without its place of the array or object it names. */
  static String of(String jacksonMessage) {
    String reason = ADVICE.matcher(jacksonMessage).replaceAll("");
    return OPENING.matcher(reason).replaceAll("");
  }

  /** A broken escape, in the library's words: jackson-core names a character of several bytes by its first byte. */
  static String of(Utf8Check.Escape escape) {
    int c = escape.codePoint();
    String character = String.format(Locale.ROOT, "U+%04X", c)
        + (Character.isLetterOrDigit(c) || (c > 0x20 && c < 0x7F) ? " '" + Character.toString(c) + "'" : "");
    return escape.unicode()
        ? "not JSON: " + character + " where \\u needs four hex digits (0-9, a-f, A-F)"
        : "not JSON: " + character + " after a backslash, which starts no escape of JSON; the escapes are \\\", \\\\,"
            + " \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hex digits";
  }

  /**
   * A control character where JSON does not allow it: as it stands, unescaped, in a string or a name; between tokens,
   * where only four white-space characters may stand (as the other characters outside a string are told).
   */
  static String control(int control, boolean inText) {
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

  /** Whether the message names the array or object that a close marker does not close, by where it starts. */
  static boolean namesAnOpening(String jacksonMessage) {
    return OPENING.matcher(jacksonMessage).find();
  }
}
