package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.index.Names;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What a text looks like: its compatibility form (fullwidth and styled letters become plain ones), lower case, the
 * Cyrillic and Greek letters that are drawn like Latin ones replaced by those, then the name-lookup key. Two acronyms
 * with one look but different keys, such as {@code CTR} and {@code СTR} (a Cyrillic {@code С}), render alike and look
 * up apart.
 */
final class Lookalikes {
  /**
   * Pairs of a capital letter and the Latin capital it is drawn like, mapped before lower case (a capital Greek Nu is
   * drawn like N, its small letter like v).
   */
  private static final String CAPITALS =
      // Cyrillic
      "АAВBСCЕEНHІIЈJКKМMОOРPЅSТTХXУYҮY"
      // Greek
      + "ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX";

  /** Pairs of a small letter and the Latin letter it is drawn like (after UTS #39's confusables). */
  private static final String PAIRS =
      // Cyrillic
      "аaвbсcԁdеeһhіiјjкkӏlмmпnоoрpԛqѕsтtуyԝwхxьbүyѵvɡg"
      // Greek
      + "αaβbγyεeζzηnιiκkμmνvοoρpτtυuχxωw";

  private Lookalikes() {}

  /**
   * The look of a text, as a key: equal for texts that render alike; given the text's name-lookup key
   * ({@link Names#key}), which is the look of an ASCII text.
   */
  static String of(String text, String key) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return key;
    }
    String plain = replace(Normalizer.normalize(text, Normalizer.Form.NFKC), CAPITALS).toLowerCase(Locale.ROOT);
    return Names.key(replace(plain, PAIRS));
  }

  private static String replace(String text, String pairs) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int at = pairs.indexOf(c);
      out.append(at >= 0 && at % 2 == 0 ? pairs.charAt(at + 1) : c);
    }
    return out.toString();
  }
}
