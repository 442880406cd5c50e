package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.text.Terms;
import io.github.ccbrelations.model.Language;
import java.util.ArrayList;
import java.util.List;

/** The command-line options the examples share: {@code --lang fr|nl|en|de} and plain arguments. */
final class Options {
  final Language language;
  final List<String> arguments;

  private Options(Language language, List<String> arguments) {
    this.language = language;
    this.arguments = List.copyOf(arguments);
  }

  static Options parse(String... args) {
    Language language = Language.EN;
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang") || a.equals("-l")) {
        if (i + 1 == args.length) {
          throw new IllegalArgumentException("--lang needs a value: fr, nl, en or de");
        }
        language = Language.ofCode(args[++i]);
      } else if (a.startsWith("--lang=")) {
        language = Language.ofCode(a.substring("--lang=".length()));
      } else if (!a.isBlank()) {
        rest.add(a);
      }
    }
    return new Options(language, rest);
  }

  /** The user's language first, then English, French, Dutch and German. */
  List<Language> preference() {
    return Terms.preference(language);
  }
}
