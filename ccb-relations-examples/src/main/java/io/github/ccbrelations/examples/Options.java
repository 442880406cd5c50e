package io.github.ccbrelations.examples;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line options the examples share: {@code --lang fr|nl|en|de}, the flags an example takes (such as
 * {@code --json}) and plain arguments.
 */
final class Options {
  final Language language;
  final List<String> arguments;
  /** The flags given, of those the example takes. */
  final List<String> flags;

  private Options(Language language, List<String> arguments, List<String> flags) {
    this.language = language;
    this.arguments = List.copyOf(arguments);
    this.flags = List.copyOf(flags);
  }

  /**
   * Reads the command line of an example.
   *
   * @param args the command line
   * @param flags the flags the example takes; any other word that is not {@code --lang} or its value is an argument
   */
  static Options parse(String[] args, String... flags) {
    Language language = Language.EN;
    List<String> rest = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (List.of(flags).contains(a)) {
        given.add(a);
      } else if (a.equals("--lang") || a.equals("-l")) {
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
    return new Options(language, rest, given);
  }

  /** The user's language first, then English, French, Dutch and German. */
  List<Language> preference() {
    return Terms.preference(language);
  }
}
