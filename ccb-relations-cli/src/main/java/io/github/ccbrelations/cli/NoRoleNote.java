package io.github.ccbrelations.cli;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What {@code explain} and {@code find} print under a body where the CCB holds no role, in the language of the lines
 * around it: explain with the day in words as it writes it, "(le CCB n’y exerce aucun rôle le 3 décembre 2026)",
 * find for today, "le CCB n’y exerce aucun rôle aujourd’hui".
 */
final class NoRoleNote {
  private NoRoleNote() {}

  /** explain's note for the view's day, or for a view of every day when it has none. */
  static String of(Optional<LocalDate> day, Language language) {
    String on = day.map(d -> switch (language) {
      case EN -> " on ";
      case FR -> " le ";
      case NL -> " op ";
      case DE -> " am ";
    } + Terms.day(d, language)).orElse("");
    return "(" + sentence(on, language) + ")";
  }

  /** find's note: no role there today. */
  static String today(Language language) {
    return sentence(switch (language) {
      case EN -> " today";
      case FR -> " aujourd’hui";
      case NL -> " vandaag";
      case DE -> " heute";
    }, language);
  }

  /** The sentence with the words that say when, each after a space, where each language puts them. */
  private static String sentence(String when, Language language) {
    return switch (language) {
      case EN -> "no role of the CCB there" + when;
      case FR -> "le CCB n’y exerce aucun rôle" + when;
      case NL -> "het CCB vervult daar" + when + " geen rol";
      case DE -> "das CCB nimmt dort" + when + " keine Rolle wahr";
    };
  }
}
