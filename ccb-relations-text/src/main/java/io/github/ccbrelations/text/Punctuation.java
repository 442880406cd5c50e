package io.github.ccbrelations.text;

import io.github.ccbrelations.model.Language;

/** The signs between the parts of a line: French puts a space before a colon and a semicolon. */
final class Punctuation {
  private Punctuation() {}

  static String colon(Language language) {
    return language == Language.FR ? " : " : ": ";
  }

  static String semicolon(Language language) {
    return language == Language.FR ? " ; " : "; ";
  }
}
