package io.github.ccbrelations.cli;

import java.util.Locale;

/**
 * Text the user or a file name brought, made safe to print on a terminal as the library's own messages print the text
 * of a file: an argument echoed in an error, a file name in a result cannot start a terminal command, move the
 * cursor, forge a line or reorder what is shown. Line feed, carriage return and tab are shown as {@code \n},
 * {@code \r}, {@code \t}; every other control character (C0, DEL, C1), line and paragraph separator, format character
 * (bidirectional controls, zero-width characters, the soft hyphen, U+FEFF) and lone surrogate as a backslash,
 * {@code u} and four hexadecimal digits, such as <code>&#92;u001b</code>. A backslash stays as it is: it cannot forge
 * a line.
 */
final class Printable {
  private Printable() {}

  /** The text with every character that a terminal would not draw as itself escaped; the text itself if none. */
  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (isEscaped(c)) {
            // A character beyond the BMP (a tag character) as its two halves, as Java and JSON write it.
            for (char half : Character.toChars(c)) {
              out.append(String.format(Locale.ROOT, "\\u%04x", (int) half));
            }
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    String shown = out.toString();
    return shown.equals(text) ? text : shown;
  }

  private static boolean isEscaped(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE -> true;
      default -> false;
    };
  }
}
