package io.github.ccbrelations.data;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The search key of a name: a leading article dropped ({@link LeadingArticles}), accents removed, lower case, and only
 * letters and digits kept, so that "Cybernétiques", "cybernetiques" and "CYBERNETIQUES ", "CERT.be" and "certbe", or
 * "l'Agence" and "Agence", meet.
 */
final class Names {
  private Names() {}

  static String key(String text) {
    return key(text, null);
  }

  /**
   * A reusable work area for {@link #key(String, Buffer)}, for one thread building an index: the key is then the only
   * thing allocated.
   */
  static final class Buffer {
    private byte[] bytes = new byte[128];
  }

  static String key(String name, @Nullable Buffer buffer) {
    String text = LeadingArticles.strip(name);
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
    // text is the keys of its characters, end to end. Anything above U+00FF, or whose key is not Latin-1 (the micro
    // sign's is a Greek mu), takes the definition's path.
    int most = i + (n - i) * Latin1.MAX_KEY_LENGTH;
    byte[] out;
    if (buffer == null) {
      out = new byte[most];
    } else {
      if (buffer.bytes.length < most) {
        buffer.bytes = new byte[Math.max(most, buffer.bytes.length * 2)];
      }
      out = buffer.bytes;
    }
    for (int k = 0; k < i; k++) {
      out[k] = (byte) text.charAt(k);
    }
    int length = i;
    for (; i < n; i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out[length++] = (byte) c;
      } else if (c >= 'A' && c <= 'Z') {
        out[length++] = (byte) (c + ('a' - 'A'));
      } else if (c >= 0x80) {
        byte[] key = c < 0x100 ? Latin1.KEYS[c] : null;
        if (key == null) {
          return decomposedKey(name);
        }
        for (byte b : key) {
          out[length++] = b;
        }
      }
    }
    return new String(out, 0, length, StandardCharsets.ISO_8859_1);
  }

  /**
   * The key by its definition: the leading article dropped, compatibility decomposition (NFKD), which splits accented letters into a base letter
   * and combining marks, then letters and digits only, then lower case. The fast paths below give the same key.
   */
  static String decomposedKey(String text) {
    String decomposed = Normalizer.normalize(LeadingArticles.strip(text), Normalizer.Form.NFKD);
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
   * The key of each character from U+0080 to U+00FF as Latin-1 bytes, made by {@link #decomposedKey} on first use;
   * null for a character whose key is not Latin-1.
   */
  private static final class Latin1 {
    static final byte[][] KEYS = new byte[0x100][];
    static final int MAX_KEY_LENGTH;

    static {
      int max = 1;
      for (char c = 0x80; c < 0x100; c++) {
        String key = decomposedKey(String.valueOf(c));
        boolean latin1 = true;
        for (int k = 0; k < key.length(); k++) {
          latin1 &= key.charAt(k) < 0x100;
        }
        if (latin1) {
          KEYS[c] = key.getBytes(StandardCharsets.ISO_8859_1);
          max = Math.max(max, key.length());
        }
      }
      MAX_KEY_LENGTH = max;
    }
  }
}
