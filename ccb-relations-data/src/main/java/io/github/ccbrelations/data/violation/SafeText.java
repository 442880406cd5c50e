package io.github.ccbrelations.data.violation;

import io.github.ccbrelations.data.internal.index.Names;
import java.util.Objects;

/**
 * Text from a file or a user made safe to print: escaped, so that no crafted value can start a line, move the cursor
 * or reorder what a terminal shows. Every part of a {@link Violation} comes through here, bounded in length too; the
 * command-line tool and the exports use {@link #escaped} for the file names and arguments they repeat.
 *
 * <p>Escaped, as in Java and JSON: line feed, carriage return and tab as {@code \n}, {@code \r}, {@code \t}; every
 * other control character (U+0000 to U+001F, U+007F to U+009F), line and paragraph separator (U+2028, U+2029),
 * character that draws nothing (Unicode's default-ignorable code points: bidirectional controls, zero-width
 * characters, the soft hyphen, variation selectors, Hangul fillers, tags, U+FEFF) and lone surrogate as
 * a backslash, {@code u} and four lower-case hexadecimal digits, such as <code>&#92;u001b</code> for the escape that
 * starts a terminal command. A backslash is left as it is: it cannot forge a line.
 */
public final class SafeText {
  private SafeText() {}

  /**
   * The text escaped.
   *
   * @param text any text
   * @return the text with every character a terminal would not draw as itself escaped; the text itself when none is
   * @throws NullPointerException if {@code text} is null
   */
  public static String escaped(String text) {
    return bounded(Objects.requireNonNull(text, "text"), Integer.MAX_VALUE);
  }

  /**
   * The value escaped and, when longer than {@code max} characters once escaped, cut there and followed by
   * {@code "... (N characters)"}, N being the length of the original value; the value itself when it is short and
   * needs no escape.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public static String bounded(String value, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    int n = Objects.requireNonNull(value, "value").length();
    StringBuilder out = new StringBuilder(Math.min(n, max) + 24);
    int i = 0;
    while (i < n && out.length() < max) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))
          && !Names.drawsNothing(Character.toCodePoint(c, value.charAt(i + 1)))) {
        // A pair is kept whole or not at all: half of one would be a lone surrogate.
        if (out.length() + 2 > max) {
          break;
        }
        out.append(c).append(value.charAt(i + 1));
        i += 2;
      } else {
        switch (c) {
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> out.append(isEscaped(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        i++;
      }
    }
    if (i < n) {
      out.append("... (").append(n).append(" characters)");
    }
    String safe = out.toString();
    return safe.equals(value) ? value : safe;
  }

  /**
   * Whether the character is shown escaped when it stands alone (a surrogate always is unless in a pair of a
   * character that draws something).
   */
  private static boolean isEscaped(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= 0x2028 && c <= 0x202e)
        || Names.drawsNothing(c)
        || Character.isSurrogate(c);
  }

}
