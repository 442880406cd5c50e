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
    int n = text.length();
    int i = 0;
    // Most keys and many names are already keys (lower-case ASCII letters and digits): no copy.
    while (i < n) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        i++;
      } else {
        break;
      }
    }
    if (i == n) {
      return text;
    }
    // Latin-1 text (the accented letters of French, Dutch and German names) character by character: no Latin-1
    // character decomposes into anything that case or reordering would join to its neighbours, so the key of the
    // text is the keys of its characters, end to end. Anything above U+00FF takes the definition's path.
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x100) {
        return decomposedKey(text);
      }
      if (c >= 0x80) {
        out.append(Latin1.KEYS[c]);
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        out.append((char) (c + ('a' - 'A')));
      }
    }
    return out.toString();
  }

  /**
   * The key by its definition: compatibility decomposition (NFKD), which splits accented letters into a base letter
   * and combining marks, then letters and digits only, then lower case. The fast paths below give the same key.
   */
  static String decomposedKey(String text) {
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

  /** The key of each character from U+0080 to U+00FF, made by {@link #decomposedKey} on first use. */
  private static final class Latin1 {
    static final String[] KEYS = new String[0x100];

    static {
      for (char c = 0x80; c < 0x100; c++) {
        KEYS[c] = decomposedKey(String.valueOf(c));
      }
    }
  }
}
