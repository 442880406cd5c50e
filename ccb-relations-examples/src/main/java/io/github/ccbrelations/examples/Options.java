package io.github.ccbrelations.examples;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line options the examples share: {@code --lang fr|nl|en|de} for those that write in a language, the
 * flags an example takes (such as {@code --json}) and plain arguments.
 */
final class Options {
  final Language language;
  /** Whether the command line names a language, so that an example that has none can refuse it. */
  private final boolean languageGiven;
  final List<String> arguments;
  /** The flags given, of those the example takes. */
  final List<String> flags;

  private Options(Language language, boolean languageGiven, List<String> arguments, List<String> flags) {
    this.language = language;
    this.languageGiven = languageGiven;
    this.arguments = List.copyOf(arguments);
    this.flags = List.copyOf(flags);
  }

  /**
   * Reads the command line of an example that writes in the language of {@code --lang}.
   *
   * @param args the command line
   * @param flags the flags the example takes; any other word that is not {@code --lang} or its value is an argument
   * @throws IllegalArgumentException for a word that starts with a dash and is neither a flag nor {@code --lang}
   */
  static Options parse(String[] args, String... flags) {
    return parse(true, args, flags);
  }

  /**
   * Reads the command line of an example whose output is the data module's reports (checks, differences), which are
   * written in English only, as {@code ccb-relations validate} and {@code diff} are: like them, it refuses
   * {@code --lang} rather than ignore it.
   *
   * @param example the example's name, for the message
   * @param args the command line
   * @param flags the flags the example takes
   * @throws IllegalArgumentException if the command line gives {@code --lang}
   */
  static Options parseEnglishOnly(String example, String[] args, String... flags) {
    Options options = parse(false, args, flags);
    if (options.languageGiven) {
      throw new IllegalArgumentException(example + " takes no --lang: it prints the data module's reports, which are"
          + " in English only");
    }
    return options;
  }

  private static Options parse(boolean takesLanguage, String[] args, String... flags) {
    Language language = Language.EN;
    boolean languageGiven = false;
    List<String> rest = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (List.of(flags).contains(a)) {
        given.add(a);
      } else if (a.equals("--lang") || a.equals("-l") || a.startsWith("--lang=")) {
        languageGiven = true;
        if (!takesLanguage) {
          break;
        }
        if (a.startsWith("--lang=")) {
          language = Language.ofCode(a.substring("--lang=".length()));
        } else if (i + 1 == args.length) {
          throw new IllegalArgumentException("--lang needs a value: fr, nl, en or de");
        } else {
          language = Language.ofCode(args[++i]);
        }
      } else if (a.startsWith("-") && a.length() > 1) {
        throw new IllegalArgumentException(unknown(a, takesLanguage, flags));
      } else if (!a.isBlank()) {
        rest.add(a);
      }
    }
    return new Options(language, languageGiven, rest, given);
  }

  /**
   * What a word that looks like an option but is none says, with the options there are: a mistyped {@code --lnag fr}
   * would otherwise be taken as two arguments, and ExportAll would write to a folder named {@code --lnag}.
   */
  private static String unknown(String word, boolean takesLanguage, String... flags) {
    List<String> known = new ArrayList<>(List.of(flags));
    if (takesLanguage) {
      known.add("--lang fr|nl|en|de");
    }
    return "unknown option '" + word + "'; " + (known.isEmpty() ? "this example takes none"
        : "this example takes " + String.join(", ", known));
  }

  /** The user's language first, then English, French, Dutch and German. */
  List<Language> preference() {
    return Terms.preference(language);
  }
}
