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
    String latin1 = latin1Key(text);
    if (latin1 != null) {
      return latin1;
    }
    return decomposedKey(text);
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

  /**
   * The key of an all-ASCII text, without the cost of normalising (NFKD leaves ASCII as it is): most lookups and
   * most labels are ASCII.
   *
   * @return the key, or null when the text has a character outside ASCII
   */
  /** The key of each character from U+0080 to U+00FF, made by {@link #decomposedKey} on first use. */
  private static final class Latin1 {
    static final String[] KEYS = new String[0x100];

    static {
      for (char c = 0x80; c < 0x100; c++) {
        KEYS[c] = decomposedKey(String.valueOf(c));
      }
    }
  }

  /**
   * The key of a text of Latin-1 characters (the accented letters of French, Dutch and German names), character by
   * character: no Latin-1 character decomposes into anything that case or reordering would join to its neighbours,
   * so the key of the text is the keys of its characters, end to end. Null when a character is above U+00FF.
   */
  private static @Nullable String latin1Key(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x100) {
        return null;
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
