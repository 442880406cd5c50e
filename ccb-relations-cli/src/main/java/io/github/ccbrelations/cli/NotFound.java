package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.SafeText;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.search.Match;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code find} and {@code explain} say on standard error when a name they were given names nothing, in the
 * language of {@code --lang}. The name stays as typed, in straight quotes, as {@code find} heads its answers; each
 * suggestion says what it is in the words of find's record lines ({@link Match#describe(Language)}). French puts a
 * space before ";" and "?", as find's lines put one before ":" ({@link FindFrame#colon}).
 */
final class NotFound {
  private NotFound() {}

  /** find's message: nothing found for the name, then the closest names when there are any. */
  static String find(String typed, List<Match> suggestions, Language language) {
    String quoted = "\"" + SafeText.escaped(typed) + "\"";
    String nothing = switch (language) {
      case EN -> "nothing found for " + quoted;
      case FR -> "aucun résultat pour " + quoted;
      case NL -> "niets gevonden voor " + quoted;
      case DE -> "keine Treffer für " + quoted;
    };
    return suggestions.isEmpty() ? nothing : nothing + didYouMean(suggestions, language);
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

  /** The question after find's message, such as "; did you mean ENISA (body enisa)?". */
  private static String didYouMean(List<Match> suggestions, Language language) {
    String names = suggestions.stream().map(m -> m.label() + " (" + m.describe(language) + ")")
        .collect(Collectors.joining(", "));
    return switch (language) {
      case EN -> "; did you mean " + names + "?";
      case FR -> " ; vouliez-vous dire " + names + " ?";
      case NL -> "; bedoelde u " + names + "?";
      case DE -> "; meinten Sie " + names + "?";
    };
  }
}
