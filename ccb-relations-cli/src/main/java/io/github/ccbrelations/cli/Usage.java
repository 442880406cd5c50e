package io.github.ccbrelations.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a command does and what it takes, declared once: {@code --help} prints it and {@link Arguments} reads the
 * command line by it. The help keeps the layout picocli gave it when it printed the tool's help: a synopsis, the
 * paragraphs, then a table of the positional arguments and the options (sorted by name), within 80 columns.
 *
 * @param command its name, such as {@code find}; empty for the tool itself
 * @param summary what it does, in a paragraph; also its line in the tool's list of commands
 * @param exitStatus what its exit statuses mean, in a paragraph; empty for none
 * @param positionals its positional arguments, in order
 * @param options its options in the synopsis' order, besides {@code --help} and {@code --version}, which every
 *     command has
 * @param footer makes the text after the table, empty for none; called only when the help is printed, as the
 *     tool's footer lists every command and so loads each command's class
 */
record Usage(String command, String summary, String exitStatus, List<Positional> positionals, List<Option> options,
    Supplier<String> footer) {
  /** The longest line, one short of the 80 columns of a terminal. */
  private static final int WIDTH = 79;
  /** A longer label of the table stands on a line of its own and does not widen the label column. */
  private static final int LONGEST_LABEL = 20;
  /** Where the labels of the table start: two spaces, then {@code -l, } or four spaces. */
  private static final String INDENT = "      ";
  private static final String GAP = "   ";

  /** The usage of a command, with no footer. */
  Usage(String command, String summary, String exitStatus, List<Positional> positionals, List<Option> options) {
    this(command, summary, exitStatus, positionals, options, () -> "");
  }

  /** {@code --help} and {@code --version}, then the command's own options. */
  List<Option> allOptions() {
    List<Option> all = new ArrayList<>(List.of(Option.HELP, Option.VERSION));
    all.addAll(options);
    return all;
  }

  /** The help, as {@code --help} prints it. */
  String text() {
    StringBuilder text = new StringBuilder();
    StringBuilder flags = new StringBuilder("[-");
    List<String> synopsis = new ArrayList<>();
    for (Option option : allOptions()) {
      if (option.isFlag() && !option.shortName().isEmpty()) {
        flags.append(option.shortName().substring(1));
      } else {
        synopsis.add(option.synopsis());
      }
    }
    synopsis.add(0, flags.append(']').toString());
    positionals.forEach(p -> synopsis.add(p.synopsis()));
    String start = "Usage: ccb-relations " + (command.isEmpty() ? "" : command + " ");
    wrap(text, start, String.join(" ", synopsis), start.length());
    wrap(text, "", summary, 0);
    if (!exitStatus.isEmpty()) {
      wrap(text, "", exitStatus, 0);
    }
    table(text);
    return text.append(footer.get()).toString();
  }

  /** The positional arguments that have a help line, then the options by name, each with its help line. */
  private void table(StringBuilder text) {
    List<String> labels = new ArrayList<>();
    List<String> helps = new ArrayList<>();
    for (Positional positional : positionals) {
      if (!positional.help().isEmpty()) {
        labels.add(INDENT + positional.synopsis());
        helps.add(positional.help());
      }
    }
    List<Option> sorted = allOptions();
    sorted.sort(Comparator.comparing(Usage::sortKey));
    for (Option option : sorted) {
      String shortName = option.shortName().isEmpty() ? "    " : option.shortName() + ", ";
      labels.add("  " + shortName + option.longForm());
      helps.add(option.help());
    }
    int width = labels.stream().mapToInt(l -> l.length() - INDENT.length()).filter(n -> n <= LONGEST_LABEL).max()
        .orElse(0);
    int column = INDENT.length() + width + GAP.length();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label.length() - INDENT.length() > LONGEST_LABEL) {
        text.append(label).append('\n');
        label = "";
      }
      wrap(text, label + " ".repeat(column - label.length()), helps.get(i), column + 2);
    }
  }

  /** {@code -l, --lang} sorts by {@code l}, {@code --data} by {@code data}, whatever the case. */
  private static String sortKey(Option option) {
    String name = option.shortName().isEmpty() ? option.name() : option.shortName();
    return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Appends the words after the start of the first line, wrapped within {@value #WIDTH} columns, and a line break.
   *
   * @param start the start of the first line, such as a label padded to its column
   * @param words the words, separated by single spaces
   * @param indent the spaces that start each further line
   */
  static void wrap(StringBuilder text, String start, String words, int indent) {
    StringBuilder line = new StringBuilder(start);
    boolean first = true;
    for (String word : words.split(" ")) {
      if (!first && line.length() + 1 + word.length() > WIDTH) {
        text.append(line).append('\n');
        line = new StringBuilder(" ".repeat(indent));
        first = true;
      }
      line.append(first ? "" : " ").append(word);
      first = false;
    }
    text.append(line).append('\n');
  }
}
