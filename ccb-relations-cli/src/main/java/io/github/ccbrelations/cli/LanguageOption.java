package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Terms;
import io.github.ccbrelations.model.Language;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --lang fr|nl|en|de}: the language of explanations, names and headings. */
final class LanguageOption {
  @Option(
      names = {"-l", "--lang"},
      paramLabel = "fr|nl|en|de",
      defaultValue = "en",
      description = "the language of explanations and names: fr, nl, en or de (default: ${DEFAULT-VALUE})")
  Language language = Language.EN;

  /** The user's language first, then the others, for names missing in it. */
  List<Language> preference() {
    return Terms.preference(language);
  }
}
