package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.violation.SafeText;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The words of one command line after the command's name, read by the options and positional arguments its
 * {@link Usage} declares: options before, between or after the positional arguments, {@code --name value} or
 * {@code --name=value}, flags that take no value ({@code --lenient}), a short name where the option has one
 * ({@code -l} for {@code --lang}),
 * {@code -h}/{@code --help}, {@code -V}/{@code --version}, and {@code --} before positional arguments that start with
 * a dash. Each mistake is a {@link UsageException} that says what is wrong and carries the command's usage. (Our own
 * parser: picocli's Java 5 classes are left out of the launcher's class-data-sharing archive, and cost a third of a
 * cold {@code find} when measured for issue #19.)
 */
final class Arguments {
  private final Usage usage;
  /** The options of the command by their long and short names. */
  private final Map<String, Option> options = new HashMap<>();
  /** The values given, by the long name of their option. */
  private final Map<String, List<String>> values = new HashMap<>();
  private final List<String> positionals = new ArrayList<>();
  /** The long names of the flags given, {@code --help} and {@code --version} apart. */
  private final Set<String> flags = new HashSet<>();
  private boolean help;
  private boolean version;

  private Arguments(Usage usage) {
    this.usage = usage;
    for (Option option : usage.allOptions()) {
      options.put(option.name(), option);
      if (!option.shortName().isEmpty()) {
        options.put(option.shortName(), option);
      }
    }
  }

  /**
   * Reads the words of a command line by the options and positional arguments of a command.
   *
   * @param usage the command's usage: its options, and the text printed after an error
   * @param words the words after the command's name
   * @throws UsageException for an option the command does not have, or an option without its value
   */
  static Arguments parse(Usage usage, List<String> words) {
    Arguments arguments = new Arguments(usage);
    arguments.read(words);
    return arguments;
  }

  private void read(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals("--")) {
        positionals.addAll(words.subList(i + 1, words.size()));
        return;
      }
      if (!word.startsWith("-") || word.equals("-")) {
        positionals.add(word);
        continue;
      }
      int equals = word.indexOf('=');
      String given = equals < 0 ? word : word.substring(0, equals);
      Option option = options.get(given);
      if (option == Option.HELP && equals < 0) {
        help = true;
      } else if (option == Option.VERSION && equals < 0) {
        version = true;
      } else if (option == null) {
        throw error("Unknown option: '" + SafeText.escaped(given) + "'" + suggestion(given));
      } else if (option.isFlag() && equals > 0) {
        throw error("Option '" + option.name() + "' takes no value: '" + SafeText.escaped(word) + "'");
      } else if (option.isFlag()) {
        flags.add(option.name());
      } else if (equals > 0) {
        add(option, word.substring(equals + 1));
      } else if (i + 1 < words.size() && !isOption(words.get(i + 1))) {
        add(option, words.get(++i));
      } else {
        throw error("Missing required parameter for option '" + option.name() + "' (" + option.label() + ")");
      }
    }
  }

  /**
   * The option a mistyped one most likely meant, as the command's help names it: at most two letters away
   * ({@code --frmat}), or the start of what was typed ({@code --language} for {@code --lang}); empty when none is.
   */
  private String suggestion(String given) {
    return usage.allOptions().stream().map(Option::name)
        .filter(name -> Main.distance(name, given) <= 2 || given.startsWith(name))
        .min(Comparator.comparingInt(name -> Main.distance(name, given)))
        .map(name -> System.lineSeparator() + "Did you mean: " + name + "?").orElse("");
  }

  private static boolean isOption(String word) {
    return word.startsWith("-") && word.length() > 1;
  }

  private void add(Option option, String value) {
    values.computeIfAbsent(option.name(), o -> new ArrayList<>()).add(value);
  }

  /** Whether {@code --help} was given: the command prints its usage and does nothing else. */
  boolean help() {
    return help;
  }

  /** Whether a flag of the command, such as {@code --lenient}, was given. */
  boolean isSet(Option flag) {
    return flags.contains(flag.name());
  }

  /** Whether {@code --version} was given. */
  boolean version() {
    return version;
  }

  /** The command's usage, as {@code --help} prints it. */
  String usage() {
    return usage.text();
  }

  /**
   * The positional arguments, as many as the command's usage allows.
   *
   * @throws UsageException if there are fewer or more
   */
  List<String> positionals() {
    int min = 0;
    long max = 0;
    for (Positional positional : usage.positionals()) {
      min += positional.min();
      max += positional.max();
    }
    return positionals(min, (int) Math.min(max, Positional.MANY),
        usage.positionals().stream().map(Positional::label).toArray(String[]::new));
  }

  /**
   * The positional arguments, between {@code min} and {@code max} of them.
   *
   * @param labels the labels of the arguments in order, the last one standing for all that follow
   * @throws UsageException if there are fewer or more
   */
  List<String> positionals(int min, int max, String... labels) {
    if (positionals.size() < min) {
      List<String> missing = new ArrayList<>();
      for (int i = positionals.size(); i < min; i++) {
        missing.add("'" + labels[Math.min(i, labels.length - 1)] + "'");
      }
      throw error("Missing required parameter" + (missing.size() > 1 ? "s: " : ": ") + String.join(", ", missing));
    }
    if (positionals.size() > max) {
      throw error("Unexpected argument: '" + SafeText.escaped(positionals.get(max)) + "'");
    }
    return List.copyOf(positionals);
  }

  /**
   * The positional arguments converted, such as files' paths, as many as the command's usage allows, each named in
   * errors by the label of its positional argument (the last label standing for all that follow).
   *
   * @param convert makes the value, or throws an {@link IllegalArgumentException} whose message says what is wrong
   * @throws UsageException if there are fewer or more, or one cannot be converted (a file name with a NUL character)
   */
  <T> List<T> positionals(Function<String, T> convert) {
    List<String> given = positionals();
    List<Positional> declared = usage.positionals();
    List<T> converted = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      try {
        converted.add(convert.apply(given.get(i)));
      } catch (IllegalArgumentException e) {
        String label = declared.get(Math.min(i, declared.size() - 1)).label();
        throw error("Invalid value for parameter '" + label + "': " + SafeText.escaped(e.getMessage()));
      }
    }
    return converted;
  }

  /**
   * The positional arguments as names to look up, as many as the command's usage allows, each named in errors by the
   * label of its positional argument.
   *
   * @throws UsageException if there are fewer or more, or one is empty or only spaces: a lookup of nothing, which an
   *     unset variable in {@code find "$NAME"} would make
   */
  List<String> names() {
    List<String> given = positionals();
    List<Positional> declared = usage.positionals();
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i).isBlank()) {
        String label = declared.get(Math.min(i, declared.size() - 1)).label();
        throw error("Invalid value for parameter '" + label + "': the name to look up is empty");
      }
    }
    return given;
  }

  /**
   * A file name from the command line as a path; the conversion of the options that name a file.
   *
   * @throws IllegalArgumentException for a name no file can have: an empty one, or one holding a NUL character
   */
  static Path path(String name) {
    if (name.isEmpty()) {
      // Path.of("") is the working folder: an unset variable in --out "$DIR" would write the exports there.
      throw new IllegalArgumentException("'' is no file name (it is empty)");
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      // The reason alone: the JDK's message repeats the name with its NUL, which a terminal would swallow.
      throw new IllegalArgumentException("'" + name.replace("\0", "\\0") + "' is no file name (" + e.getReason()
          + ")", e);
    }
  }

  /**
   * The value of an option given at most once.
   *
   * @throws UsageException if it was given more than once
   */
  Optional<String> value(Option option) {
    List<String> given = values.getOrDefault(option.name(), List.of());
    if (given.size() > 1) {
      throw error("Option '" + option.name() + "' (" + option.label() + ") should be given only once");
    }
    return given.stream().findFirst();
  }

  /**
   * The value of an option given at most once, converted.
   *
   * @param convert makes the value, or throws an unchecked exception whose message says what is wrong with it
   * @throws UsageException if it was given more than once or cannot be converted
   */
  <T> Optional<T> value(Option option, Function<String, T> convert) {
    Optional<String> text = value(option);
    try {
      return text.map(convert);
    } catch (RuntimeException e) {
      throw error("Invalid value for option '" + option.name() + "': "
          + SafeText.escaped(String.valueOf(e.getMessage())));
    }
  }

  /**
   * The value of a required option given once, converted.
   *
   * @throws UsageException if it is missing, given more than once or cannot be converted
   */
  <T> T required(Option option, Function<String, T> convert) {
    return value(option, convert)
        .orElseThrow(() -> error("Missing required option: '" + option.longForm() + "'"));
  }

  /**
   * One of the constants, by the option's value in any case, or the default when the option is not given.
   *
   * @throws UsageException for a value that names no constant
   */
  <E extends Enum<E>> E choice(Option option, E[] choices, E otherwise) {
    return value(option).map(v -> choose(option, v, choices)).orElse(otherwise);
  }

  /**
   * The constants named by every value of a repeatable option, each value a list separated by commas; empty when the
   * option is not given.
   *
   * @throws UsageException for a name that is no constant
   */
  <E extends Enum<E>> List<E> choices(Option option, E[] choices) {
    List<E> chosen = new ArrayList<>();
    for (String value : values.getOrDefault(option.name(), List.of())) {
      for (String name : value.split(",", -1)) {
        chosen.add(choose(option, name, choices));
      }
    }
    return chosen;
  }

  private <E extends Enum<E>> E choose(Option option, String name, E[] choices) {
    for (E choice : choices) {
      if (choice.name().equalsIgnoreCase(name)) {
        return choice;
      }
    }
    throw error("Invalid value for option '" + option.name() + "': expected one of "
        + Option.names(choices, ", ")
        + " but was '" + SafeText.escaped(name) + "'");
  }

  /** A usage error of this command line, carrying the command's usage. */
  UsageException error(String message) {
    return new UsageException(message, usage.text());
  }

  /** A command line that is wrong: the message says what is wrong, the usage what is right; exit status 2. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String usage;

    UsageException(String message, String usage) {
      super(message);
      this.usage = usage;
    }

    /** The usage of the command whose line is wrong. */
    String usage() {
      return usage;
    }
  }
}
