package io.github.ccbrelations.export;

import java.nio.charset.StandardCharsets;

/**
 * IRIs as RDF syntaxes take them (RFC 3987): every character an IRI may not hold raw is percent-encoded in UTF-8,
 * so a URL of the dataset becomes an IRI that Turtle and JSON-LD readers accept and that names the same resource.
 */
final class Iris {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Iris() {}

  /**
   * The text with each character an IRI forbids or discourages percent-encoded: ASCII controls, space and
   * {@code <>"{}|\^`}, a {@code %} that starts no escape, non-ASCII characters outside RFC 3987's {@code ucschar}
   * (private use included, which only a query may hold), and invisible formatting characters (general category Cf:
   * bidirectional controls, joiners, the byte-order mark). Anything else, accented letters included, is kept.
   *
   * @param text an IRI or URL, such as {@code https://example.org/Liège}
   * @return the IRI; the text itself when nothing needs encoding; never null
   */
  static String encode(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int n = Character.charCount(c);
      boolean keep = c < 0x80 ? isAsciiIriChar(c) && (c != '%' || isEscape(text, i)) : isKeptNonAscii(c);
      if (!keep && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (keep) {
          out.appendCodePoint(c);
        } else {
          for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
          }
        }
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  private static boolean isAsciiIriChar(int c) {
    return c > 0x20 && c < 0x7f && "<>\"{}|\\^`".indexOf(c) < 0;
  }

  private static boolean isEscape(String text, int at) {
    return at + 2 < text.length() && isHex(text.charAt(at + 1)) && isHex(text.charAt(at + 2));
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** RFC 3987 ucschar, less the invisible formatting characters. */
  private static boolean isKeptNonAscii(int c) {
    boolean ucschar = (c >= 0xa0 && c <= 0xd7ff)
        || (c >= 0xf900 && c <= 0xfdcf)
        || (c >= 0xfdf0 && c <= 0xffef)
        || (c >= 0x10000 && c <= 0xefffd && (c & 0xfffe) != 0xfffe && (c < 0xe0000 || c > 0xe0fff));
    return ucschar && Character.getType(c) != Character.FORMAT;
  }
}
