package io.github.ccbrelations.cli;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The line {@code explain} prints under a body where the CCB holds no role, in the language of the explanations
 * around it, with the day in words as they write it: "(le CCB n’y exerce aucun rôle le 3 décembre 2026)".
 */
final class NoRoleNote {
  private NoRoleNote() {}

  /** The note for the view's day, or for a view of every day when it has none. */
  static String of(Optional<LocalDate> day, Language language) {
    String on = day.map(d -> switch (language) {
      case EN -> " on ";
      case FR -> " le ";
      case NL -> " op ";
      case DE -> " am ";
    } + Terms.day(d, language)).orElse("");
    return "(" + switch (language) {
      case EN -> "no role of the CCB there" + on;
      case FR -> "le CCB n’y exerce aucun rôle" + on;
      case NL -> "het CCB vervult daar" + on + " geen rol";
      case DE -> "das CCB nimmt dort" + on + " keine Rolle wahr";
    } + ")";
  }
}
