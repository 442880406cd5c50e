package io.github.ccbrelations.data.internal.json;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * UTF-8 as RFC 3629 has it, checked byte by byte by {@link JsonGrammar} with the rules of the JDK's strict decoder,
 * which refuses a stray continuation byte, a truncated sequence, an overlong form (such as {@code C0 AF} for
 * {@code /}), a surrogate and a code point above U+10FFFF; Jackson accepts some of these.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * The length of the UTF-8 sequence (RFC 3629) that starts at an index: 0 when it is not one (a stray continuation
   * byte, an overlong form, a surrogate, a code point above U+10FFFF), -1 when the bytes up to {@code to} end in it.
   */
  static int sequence(byte[] b, int i, int to) {
    int lead = b[i] & 0xFF;
    if (lead < 0xC2 || lead > 0xF4) {
      return 0;
    }
    int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    for (int k = 1; k < length; k++) {
      if (i + k >= to) {
        return -1;
      } else if (!continues(lead, k, b[i + k] & 0xFF)) {
        return 0;
      }
    }
    return length;
  }

  /**
   * Whether a byte can be the {@code k}th (from 1) after a lead byte: the second byte's range excludes overlongs,
   * surrogates and code points above U+10FFFF.
   */
  private static boolean continues(int lead, int k, int c) {
    int low = k > 1 ? 0x80 : lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    int high = k > 1 ? 0xBF : lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
    return c >= low && c <= high;
  }

  /**
   * What is wrong with the sequence that starts at an index, which {@link #sequence} refused (0): the byte that cannot
   * continue it is then in the buffer.
   */
  static String whatIsWrong(byte[] b, int at) {
    int lead = b[at] & 0xFF;
    String what;
    if (lead < 0xC0) {
      what = "a continuation byte with no sequence to continue (byte " + hex(lead) + ")";
    } else if (lead < 0xC2) {
      what = "an overlong two-byte sequence (byte " + hex(lead) + ")";
    } else if (lead > 0xF4) {
      what = "a byte that never occurs in UTF-8 (byte " + hex(lead) + ")";
    } else {
      int i = at + 1;
      while (continues(lead, i - at, b[i] & 0xFF)) {
        i++;
      }
      what = "the sequence that starts with byte " + hex(lead) + " is cut short, overlong, a surrogate or above"
          + " U+10FFFF (byte " + hex(b[i]) + ")";
    }
    return "not UTF-8: " + what + "; a dataset file is UTF-8";
  }

  static String hex(int b) {
    return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
  }

  /** The character whose first byte is at an index, in whole UTF-8. */
  static int codePointAt(byte[] b, int i, int to) {
    int lead = b[i] & 0xFF;
    int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return new String(b, i, Math.min(length, to - i), StandardCharsets.UTF_8).codePointAt(0);
  }
}
