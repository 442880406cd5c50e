package io.github.ccbrelations.cli;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.util.List;

/** {@code --lang fr|nl|en|de} ({@code -l}): the language of explanations, names and headings; English by default. */
final class LanguageOption {
  static final Option OPTION = new Option("-l", "--lang", "fr|nl|en|de", Option.Presence.OPTIONAL,
      "the language of explanations, names and headings: fr, nl, en or de (default: en)");

  final Language language;

  LanguageOption(Arguments arguments) {
    language = arguments.value(OPTION, Language::ofCode).orElse(Language.EN);
  }

  /** The user's language first, then the others, for names missing in it. */
  List<Language> preference() {
    return Terms.preference(language);
  }
}
