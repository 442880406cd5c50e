package io.github.ccbrelations.data.internal.index;

import io.github.ccbrelations.model.LegalInstrument;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search key of a name: a leading article dropped ({@link #withoutArticle}), accents removed, lower case, and only
 * letters and digits kept, so that "Cybernétiques", "cybernetiques" and "CYBERNETIQUES ", "CERT.be" and "certbe", or
 * "l'Agence" and "Agence", meet.
 */
public final class Names {
  private Names() {}

  public static String key(String name) {
    String text = withoutArticle(name);
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
    // text is the keys of its characters, end to end. General punctuation (U+2000 to U+206F: spaces, dashes, quotes
    // such as the ’ of "l’Agence") decomposes into spaces and signs: no key at all. Anything else above U+00FF, or
    // whose key is not Latin-1 (the micro sign's is a Greek mu), takes the definition's path.
    byte[] out = new byte[i + (n - i) * Latin1.MAX_KEY_LENGTH];
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
      } else if (c >= 0x80 && (c < 0x2000 || c > 0x206F)) {
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

  private static final String[] ARTICLES = {"l'", "l’", "d'", "d’", "le ", "la ", "les ", "du ", "des ", "de ", "het ",
      "'t ", "’t ", "der ", "die ", "das ", "den ", "dem ", "the "};

  /**
   * The text without the articles of fr, nl, de and en people put before a name ("l'Agence ...", "de Raad ..."), so
   * that a name is found with or without them. Two rounds, for "de la" and "de l'". An article is only dropped when a
   * name follows it: "De" alone stays.
   */
  static String withoutArticle(String text) {
    String rest = once(text);
    return rest == text ? text : once(rest);
  }

  private static String once(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    // Most names start with none of the articles' first letters: no comparison at all.
    if (start == text.length() || "lLdDhHtT'’".indexOf(text.charAt(start)) < 0) {
      return text;
    }
    for (String article : ARTICLES) {
      if (text.regionMatches(true, start, article, 0, article.length())
          && hasLetterOrDigit(text, start + article.length())) {
        return text.substring(start + article.length()).stripLeading();
      }
    }
    return text;
  }

  private static boolean hasLetterOrDigit(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Sector 3 (legislation), the year, R, L or D, the number without its leading zeros. Digits as {@code [0-9]}, which
   * is what {@code \d} means here: {@code \d} costs a fresh JVM a class spun for the JDK's own predicate (#19).
   */
  private static final Pattern EU_ACT = Pattern.compile("3([0-9]{4})([RLD])0*([0-9]+)");
  /** The symbol of a decision itself (not of a corrigendum): its body, then the number in that body's series. */
  private static final Pattern OSCE_DECISION = Pattern.compile("(?:PC|MC|FSC)\\.DEC/([0-9]+)");

  /**
   * The names an instrument is cited by that follow from its identifiers ({@code Dataset.instrumentsNamed} lists
   * them). Acts numbered before 2015 were cited in forms that differ by type and period, and are left out; so is an EU
   * act's number alone ("887"), whose series starts again every year, unlike an OSCE decision's ("1202"). The ELI, an
   * address, is left to {@code findInstrumentByEli}.
   */
  static List<String> derivedNames(LegalInstrument instrument) {
    List<String> names = new ArrayList<>();
    // No ifPresent: a lambda is a class spun at a cold start (#19).
    String celex = instrument.celex().isPresent() ? instrument.celex().get().value() : "";
    if (!celex.isEmpty()) {
      names.add(celex);
    }
    if (instrument.numac().isPresent()) {
      names.add(instrument.numac().get().value());
    }
    Matcher m = EU_ACT.matcher(celex);
    if (m.matches() && Integer.parseInt(m.group(1)) >= 2015) {
      String number = m.group(1) + "/" + m.group(3);
      names.add(number);
      String[] types = switch (m.group(2)) {
        case "R" -> new String[] {"Regulation (EU) ", "Règlement (UE) ", "Verordening (EU) ", "Verordnung (EU) "};
        case "L" -> new String[] {"Directive (EU) ", "Directive (UE) ", "Richtlijn (EU) ", "Richtlinie (EU) "};
        default -> new String[] {"Decision (EU) ", "Décision (UE) ", "Besluit (EU) ", "Beschluss (EU) "};
      };
      for (String type : types) {
        names.add(type + number);
      }
    }
    if (instrument.osceDecision().isPresent()) {
      String symbol = instrument.osceDecision().get().value();
      names.add(symbol);
      Matcher decision = OSCE_DECISION.matcher(symbol);
      if (decision.matches()) {
        names.add(decision.group(1));
      }
    }
    return names;
  }

  /**
   * The key by its definition: the leading article dropped, compatibility decomposition (NFKD), which splits accented
   * letters into a base letter and combining marks, then letters and digits only (none that draws nothing), then lower
   * case. The fast paths below give the same key.
   */
  static String decomposedKey(String text) {
    String decomposed = Normalizer.normalize(withoutArticle(text), Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c) && !drawsNothing(c)) {
        out.append(c);
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Unicode's default-ignorable code points (DerivedCoreProperties.txt): characters a terminal draws as nothing, such
   * as the zero-width joiner, that would make a value look like another ({@code ce\u200drt} like {@code cert}). They
   * include the bidirectional controls, U+FEFF and the Hangul fillers, the only letters among them: a name key drops
   * them, so "CTR" with one after it is the name "CTR"; messages show them escaped.
   */
  public static boolean drawsNothing(int c) {
    return c == 0x00ad || c == 0x034f || c == 0x061c
        || (c >= 0x115f && c <= 0x1160)
        || (c >= 0x17b4 && c <= 0x17b5)
        || (c >= 0x180b && c <= 0x180f)
        || (c >= 0x200b && c <= 0x200f)
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2060 && c <= 0x206f)
        || c == 0x3164
        || (c >= 0xfe00 && c <= 0xfe0f)
        || c == 0xfeff
        || c == 0xffa0
        || (c >= 0xfff0 && c <= 0xfff8)
        || (c >= 0x1bca0 && c <= 0x1bca3)
        || (c >= 0x1d173 && c <= 0x1d17a)
        || (c >= 0xe0000 && c <= 0xe0fff);
  }

  /**
   * The key of each character from U+0080 to U+00FF as Latin-1 bytes, as {@link #decomposedKey} makes it
   * ({@code NamesTest} checks every one); null for the micro sign, whose key is a Greek mu. Written out rather than
   * made by the normalizer, whose first use costs a cold start 37 classes and about 6 ms (#19).
   */
  private static final class Latin1 {
    /** Each character that has a key, followed by its key; every other character from U+0080 to U+00FF has none. */
    private static final String KEYED = "ªa ²2 ³3 ¹1 ºo ¼14 ½12 ¾34 Àa Áa Âa Ãa Äa Åa Ææ Çc Èe Ée Êe Ëe Ìi Íi Îi Ïi Ðð"
        + " Ñn Òo Óo Ôo Õo Öo Øø Ùu Úu Ûu Üu Ýy Þþ ßß àa áa âa ãa äa åa ææ çc èe ée êe ëe ìi íi îi ïi ðð ñn òo óo"
        + " ôo õo öo øø ùu úu ûu üu ýy þþ ÿy";
    static final byte[][] KEYS = new byte[0x100][];
    static final int MAX_KEY_LENGTH = 2;

    static {
      for (char c = 0x80; c < 0x100; c++) {
        KEYS[c] = new byte[0];
      }
      for (String keyed : KEYED.split(" ")) {
        KEYS[keyed.charAt(0)] = keyed.substring(1).getBytes(StandardCharsets.ISO_8859_1);
      }
      KEYS['\u00b5'] = null;
    }
  }
}
