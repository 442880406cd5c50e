package io.github.ccbrelations.data;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The search key of a name: accents removed, lower case, and only letters and digits kept, so that
 * "Cybernétiques", "cybernetiques" and "CYBERNETIQUES ", or "CERT.be" and "certbe", meet.
 */
final class Names {
  private Names() {}

  static String key(String text) {
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
}
