package io.github.ccbrelations.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An option of a command, declared once: {@link Arguments} reads the command line by it and {@link Usage} prints its
 * line of the help from it.
 *
 * @param shortName the one-letter name, such as {@code -l}; empty when there is none
 * @param name the long name, such as {@code --lang}
 * @param label what its value is, such as {@code FILE}; empty for a flag, which takes no value
 * @param presence whether it may be left out or given more than once
 * @param help its line of the help
 */
record Option(String shortName, String name, String label, Presence presence, String help) {
  /** {@code -h}, {@code --help}: every command has it. */
  static final Option HELP = new Option("-h", "--help", "", Presence.OPTIONAL, "Show this help message and exit.");
  /** {@code -V}, {@code --version}: every command has it. */
  static final Option VERSION =
      new Option("-V", "--version", "", Presence.OPTIONAL, "Print version information and exit.");

  /** How often an option may be given. */
  enum Presence {
    /** At most once. */
    OPTIONAL,
    /** Exactly once. */
    REQUIRED,
    /** Any number of times. */
    REPEATABLE
  }

  /** An option with a value, given at most once, with no short name. */
  static Option of(String name, String label, String help) {
    return new Option("", name, label, Presence.OPTIONAL, help);
  }

  /** A flag, which takes no value, given or not, with no short name. */
  static Option flag(String name, String help) {
    return new Option("", name, "", Presence.OPTIONAL, help);
  }

  /**
   * The names of the constants, in lower case as a command line takes them, joined: {@code text|json|sarif}. Labels
   * and help lines say the choices with it, so that a new constant needs no edit of them.
   */
  static String names(Enum<?>[] constants, String separator) {
    return Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(separator));
  }

  boolean isFlag() {
    return label.isEmpty();
  }

  /**
   * How the synopsis shows it: {@code [--as-of=DATE]}, {@code [-l=fr|nl|en|de]}, {@code --out=DIR}, {@code [--lenient]}
   * (a flag with a short name is shown with the others, {@code [-hV]}).
   */
  String synopsis() {
    String given = (shortName.isEmpty() ? name : shortName) + (isFlag() ? "" : "=" + label);
    return switch (presence) {
      case OPTIONAL -> "[" + given + "]";
      case REQUIRED -> given;
      case REPEATABLE -> "[" + given + "]...";
    };
  }

  /** The long name with its value, as the help's table shows it: {@code --lang=fr|nl|en|de}, {@code --help}. */
  String longForm() {
    return isFlag() ? name : name + "=" + label;
  }
}
