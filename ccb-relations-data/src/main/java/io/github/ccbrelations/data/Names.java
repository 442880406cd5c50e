package io.github.ccbrelations.data;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The search key of a name: accents removed, lower case, every run of other characters than letters and digits
 * made one space, so that "Cybernétiques", "cybernetiques" and "CYBERNETIQUES " meet.
 */
final class Names {
  private Names() {}

  static String key(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
