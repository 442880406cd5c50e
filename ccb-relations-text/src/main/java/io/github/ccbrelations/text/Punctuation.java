package io.github.ccbrelations.text;

import io.github.ccbrelations.model.Language;

/**
 * The signs between the parts of a sentence, spaced as each language sets them. French typography puts a no-break
 * space (U+00A0) before a colon and inside guillemets, and a narrow no-break space (U+202F) before a semicolon and a
 * question mark, so that none of these signs starts a line; the other three languages put no space before them.
 */
final class Punctuation {
  /** The no-break space French sets before a colon and inside guillemets. */
  static final char NO_BREAK_SPACE = '\u00a0';
  /** The narrow no-break space French sets before a semicolon, a question mark and an exclamation mark. */
  static final char NARROW_NO_BREAK_SPACE = '\u202f';

  private Punctuation() {}

  static String colon(Language language) {
    return language == Language.FR ? NO_BREAK_SPACE + ": " : ": ";
  }

  static String semicolon(Language language) {
    return language == Language.FR ? NARROW_NO_BREAK_SPACE + "; " : "; ";
  }

  static String question(String words, Language language) {
    return words + (language == Language.FR ? NARROW_NO_BREAK_SPACE + "?" : "?");
  }

  /** A name quoted as the language quotes it: « X », ‘X’ (Dutch), „X“, “X”. */
  static String quoted(String name, Language language) {
    return switch (language) {
      case FR -> "«" + NO_BREAK_SPACE + name + NO_BREAK_SPACE + "»";
      case NL -> "‘" + name + "’";
      case DE -> "„" + name + "“";
      case EN -> "“" + name + "”";
    };
  }
}
