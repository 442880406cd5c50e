package io.github.ccbrelations.data.internal;

/**
 * Text from a file made safe to print in a message, a JSON path or a record id: escaped, so that no crafted value
 * can start a line, move the cursor or reorder what a terminal shows, and bounded, so that no value can make a
 * message long. {@link io.github.ccbrelations.data.Violation} passes every part of itself through here; producers
 * of messages quote values with {@link #quote}.
 *
 * <p>Escaped, as in Java and JSON: line feed, carriage return and tab as {@code \n}, {@code \r}, {@code \t}; every
 * other control character (U+0000 to U+001F, U+007F to U+009F), bidirectional control (U+061C, U+200E, U+200F,
 * U+202A to U+202E, U+2066 to U+2069), line and paragraph separator (U+2028, U+2029), U+FEFF and lone surrogate as
 * a backslash, {@code u} and four lower-case hexadecimal digits, such as <code>&#92;u001b</code> for the escape that
 * starts a terminal command. A backslash is left as it is: it cannot forge a line.
 */
public final class SafeText {
  /** The longest value {@link #quote} shows before shortening it. */
  public static final int QUOTED_LENGTH = 120;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private SafeText() {}

  /**
   * The value escaped and, when longer than {@code max} characters once escaped, cut there and followed by
   * {@code "... (N characters)"}, N being the length of the original value.
   *
   * @param value any text
   * @param max the most characters of the value kept, at least 1
   * @return the text; the value itself when it is short and needs no escape; never null
   */
  public static String bounded(String value, int max) {
    int n = value.length();
    if (n <= max && isClean(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(Math.min(n, max) + 24);
    int i = 0;
    while (i < n && out.length() < max) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
        // A pair is kept whole or not at all: half of one would be a lone surrogate.
        if (out.length() + 2 > max) {
          break;
        }
        out.append(c).append(value.charAt(i + 1));
        i += 2;
      } else {
        escape(c, out);
        i++;
      }
    }
    if (i < n) {
      out.append("... (").append(n).append(" characters)");
    }
    return out.toString();
  }

  /**
   * The value escaped, whatever its length.
   *
   * @param value any text
   * @return the escaped text; the value itself when it needs no escape; never null
   */
  public static String escape(String value) {
    return bounded(value, Integer.MAX_VALUE);
  }

  /**
   * The value between single quotes, escaped and shortened to {@value #QUOTED_LENGTH} characters, as messages show
   * a value from a file: {@code 'x\ny'}.
   *
   * @param value any text
   * @return the quoted text; never null
   */
  public static String quote(String value) {
    return "'" + bounded(value, QUOTED_LENGTH) + "'";
  }

  /**
   * Whether the character is shown escaped when it stands alone (a surrogate always is unless in a pair).
   *
   * @param c a UTF-16 code unit
   * @return true for a control character, a bidirectional control, a line or paragraph separator, U+FEFF or a
   *     surrogate
   */
  public static boolean isEscaped(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == 0x061c
        || c == 0x200e
        || c == 0x200f
        || (c >= 0x2028 && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0xfeff
        || Character.isSurrogate(c);
  }

  private static boolean isClean(String value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (isEscaped(c)) {
        if (!(Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1)))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (isEscaped(c)) {
          out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf])
              .append(HEX[c & 0xf]);
        } else {
          out.append(c);
        }
      }
    }
  }
}
