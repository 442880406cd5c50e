package io.github.ccbrelations.cli;

import io.github.ccbrelations.model.Language;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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
      case EN -> " on " + day(d, "d MMMM uuuu", language);
      case FR -> " le " + (d.getDayOfMonth() == 1 ? "1er" + day(d, " MMMM uuuu", language) : day(d, "d MMMM uuuu",
          language));
      case NL -> " op " + day(d, "d MMMM uuuu", language);
      case DE -> " am " + day(d, "d. MMMM uuuu", language);
    }).orElse("");
    return "(" + switch (language) {
      case EN -> "no role of the CCB there" + on;
      case FR -> "le CCB n’y exerce aucun rôle" + on;
      case NL -> "het CCB vervult daar" + on + " geen rol";
      case DE -> "das CCB nimmt dort" + on + " keine Rolle wahr";
    } + ")";
  }

  private static String day(LocalDate date, String pattern, Language language) {
    return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language.code())).format(date);
  }
}
