package io.github.ccbrelations.data;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The search key of a name: accents removed, lower case, and only letters and digits kept, so that
 * "Cybernétiques", "cybernetiques" and "CYBERNETIQUES ", or "CERT.be" and "certbe", meet.
 */
final class Names {
  private Names() {}

  static String key(String text) {
    String ascii = asciiKey(text);
    if (ascii != null) {
      return ascii;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The key of an all-ASCII text, without the cost of normalising (NFKD leaves ASCII as it is): most lookups and
   * most labels are ASCII.
   *
   * @return the key, or null when the text has a character outside ASCII
   */
  private static @Nullable String asciiKey(String text) {
    char[] out = null;
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean upper = c >= 'A' && c <= 'Z';
      if (keep && out == null) {
        continue;
      }
      if (out == null) {
        // The first character that changes: copy what came before it, unchanged.
        out = new char[text.length()];
        text.getChars(0, i, out, 0);
        n = i;
      }
      if (keep) {
        out[n++] = c;
      } else if (upper) {
        out[n++] = (char) (c + ('a' - 'A'));
      }
    }
    return out == null ? text : new String(out, 0, n);
  }
}
