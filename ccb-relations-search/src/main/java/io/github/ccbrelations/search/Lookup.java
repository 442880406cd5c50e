package io.github.ccbrelations.search;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.text.Terms;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one typed name found ({@link NameLookup#lookUp(String)}).
 *
 * @param typed the text as typed; never null
 * @param bodies the bodies it names, in file order, each with the roles it leads to; never null, empty when none
 * @param instruments the instruments it names, in file order; never null, empty when none
 * @param suggestions when it names nothing, the closest names, closest first ("ENISA" for "ENSIA"); never null,
 *     empty when it names something or nothing is close enough
 */
public record Lookup(String typed, List<FoundBody> bodies, List<LegalInstrument> instruments, List<Match> suggestions) {
  /**
   * Makes the value, copying the lists.
   *
   * @throws NullPointerException if an argument or an element is null
   */
  public Lookup {
    Objects.requireNonNull(typed, "typed");
    bodies = List.copyOf(bodies);
    instruments = List.copyOf(instruments);
    suggestions = List.copyOf(suggestions);
  }

  /**
   * Whether the name named no body and no instrument (there may be suggestions).
   *
   * @return true when {@link #bodies()} and {@link #instruments()} are empty
   */
  public boolean foundNothing() {
    return bodies.isEmpty() && instruments.isEmpty();
  }

  /**
   * The suggestions as a question in English, as {@code ccb-relations find} asks it without {@code --lang}, such as
   * {@code "did you mean ENISA (body enisa)?"}: {@link #didYouMean(Language)} in {@link Language#EN}.
   *
   * @return the question; empty when there is no suggestion
   */
  public Optional<String> didYouMean() {
    return didYouMean(Language.EN);
  }

  /**
   * The suggestions as a question in a language, as {@code ccb-relations find --lang} asks it, such as {@code
   * "vouliez-vous dire ENISA (entité enisa)\u202f?"}, each as its label then what and which record it is ({@link
   * Match#describe(Language)}).
   *
   * @param language the language of the question
   * @return the question; empty when there is no suggestion
   * @throws NullPointerException if {@code language} is null
   */
  public Optional<String> didYouMean(Language language) {
    Objects.requireNonNull(language, "language");
    if (suggestions.isEmpty()) {
      return Optional.empty();
    }
    String names = suggestions.stream().map(m -> m.label() + " (" + m.describe(language) + ")")
        .collect(Collectors.joining(", "));
    return Optional.of(Terms.question(switch (language) {
      case EN -> "did you mean ";
      case FR -> "vouliez-vous dire ";
      case NL -> "bedoelde u ";
      case DE -> "meinten Sie ";
    } + names, language));
  }
}
