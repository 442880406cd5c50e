package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.violation.SafeText;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.search.Lookup;
import io.github.ccbrelations.search.Match;
import io.github.ccbrelations.text.Terms;
import java.util.List;

/**
 * What {@code find} and {@code explain} say on standard error when a name they were given names nothing, in the
 * language of {@code --lang}. The name stays as typed (escaped), in straight quotes, as {@code find} heads its
 * answers; the question after it is the lookup's own ({@link Lookup#didYouMean(Language)}); "nothing found" and the
 * signs between the parts are the text module's ({@link Terms}), as in the examples.
 */
final class NotFound {
  private NotFound() {}

  /** find's message: nothing found for the name, then the closest names when there are any. */
  static String find(String typed, Lookup found, Language language) {
    String quoted = "\"" + SafeText.escaped(typed) + "\"";
    String nothing = Terms.word(Terms.Word.NOTHING_FOUND, language) + switch (language) {
      case EN -> " for ";
      case FR -> " pour ";
      case NL -> " voor ";
      case DE -> " für ";
    } + quoted;
    return nothing + found.didYouMean(language).map(question -> Terms.semicolon(language) + question).orElse("");
  }

  /**
   * explain's message: the name is neither a role's id nor a body's id, name or acronym; then the closest bodies'
   * names when there are any, leaving out the instruments that {@code find} would suggest, as explain takes none.
   */
  static String explain(String typed, Lookup found, Language language) {
    String quoted = "\"" + SafeText.escaped(typed) + "\"";
    String nothing = switch (language) {
      case EN -> "no role or body matches " + quoted;
      case FR -> "aucun rôle ni aucune entité ne correspond à " + quoted;
      case NL -> "geen rol of instantie gevonden voor " + quoted;
      case DE -> "keine Rolle oder Einrichtung für " + quoted + " gefunden";
    };
    List<Match> bodies = found.suggestions().stream().filter(m -> m.record() instanceof Body).toList();
    return nothing + new Lookup(found.typed(), List.of(), List.of(), bodies).didYouMean(language)
        .map(question -> Terms.semicolon(language) + question).orElse("");
  }
}
