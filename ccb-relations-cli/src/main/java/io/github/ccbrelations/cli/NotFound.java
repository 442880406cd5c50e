package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.SafeText;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.search.Lookup;

/**
 * What {@code find} and {@code explain} say on standard error when a name they were given names nothing, in the
 * language of {@code --lang}. The name stays as typed (escaped), in straight quotes, as {@code find} heads its
 * answers; the question after it is the lookup's own ({@link Lookup#didYouMean(Language)}). French puts a space
 * before ";", as find's lines put one before ":" ({@link FindFrame#colon}).
 */
final class NotFound {
  private NotFound() {}

  /** find's message: nothing found for the name, then the closest names when there are any. */
  static String find(String typed, Lookup found, Language language) {
    String quoted = "\"" + SafeText.escaped(typed) + "\"";
    String nothing = switch (language) {
      case EN -> "nothing found for " + quoted;
      case FR -> "aucun résultat pour " + quoted;
      case NL -> "niets gevonden voor " + quoted;
      case DE -> "keine Treffer für " + quoted;
    };
    String semicolon = language == Language.FR ? " ; " : "; ";
    return nothing + found.didYouMean(language).map(question -> semicolon + question).orElse("");
  }

  /** explain's message: the name is neither a role's id nor a body's id, name or acronym. */
  static String explain(String typed, Language language) {
    String quoted = "\"" + SafeText.escaped(typed) + "\"";
    return switch (language) {
      case EN -> "no role or body " + quoted;
      case FR -> "aucun rôle ni aucune entité ne correspond à " + quoted;
      case NL -> "geen rol of instantie gevonden voor " + quoted;
      case DE -> "keine Rolle oder Einrichtung für " + quoted + " gefunden";
    };
  }
}
