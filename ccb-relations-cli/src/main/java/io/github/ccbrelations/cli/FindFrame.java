package io.github.ccbrelations.cli;

import io.github.ccbrelations.model.Language;

/**
 * The words of {@code find}'s own lines that the text module's {@code Terms} has no list for, in the language asked
 * for; the verbs are those of {@link NoRoleNote} (exercer, vervullen, wahrnehmen), the nouns for a body those of the
 * record line above (entité, instantie, Einrichtung).
 */
final class FindFrame {
  private FindFrame() {}

  /** Between a heading and what it heads: French puts a space before a colon, as the explanations do. */
  static String colon(Language language) {
    return language == Language.FR ? " : " : ": ";
  }

  /** The heading of a body's ancestors. */
  static String partOf(Language language) {
    return switch (language) {
      case EN -> "part of";
      case FR -> "fait partie de";
      case NL -> "onderdeel van";
      case DE -> "Teil von";
    };
  }

  /** After a role the body itself holds. */
  static String heldByIt(Language language) {
    return switch (language) {
      case EN -> "held by it";
      case FR -> "exercé par cette entité";
      case NL -> "vervuld door deze instantie";
      case DE -> "wahrgenommen von dieser Einrichtung";
    };
  }

  /** After a role the CCB holds through the body, as a part of it (CERT.be). */
  static String heldThroughIt(Language language) {
    return switch (language) {
      case EN -> "held through it";
      case FR -> "exercé par l’intermédiaire de cette entité";
      case NL -> "vervuld via deze instantie";
      case DE -> "wahrgenommen durch diese Einrichtung";
    };
  }
}
