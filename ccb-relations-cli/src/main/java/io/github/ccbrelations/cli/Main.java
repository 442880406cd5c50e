package io.github.ccbrelations.cli;

import io.github.ccbrelations.cli.Arguments.UsageException;
import io.github.ccbrelations.data.violation.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The {@code ccb-relations} command: its subcommands, the exit statuses they share and where output goes (results
 * and the help asked for on standard output; errors, and usage after a usage error, on standard error; both in
 * UTF-8).
 *
 * <pre>
 * java -jar ccb-relations-cli-&lt;version&gt;.jar validate my-relations.json --format sarif
 * </pre>
 */
public final class Main {
  /** The commands, in the order the help lists them. */
  private static final List<String> COMMANDS = List.of("validate", "find", "explain", "export", "diff", "info");

  private Main() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String... args) {
    System.exit(run(System.in, System.out, System.err, args));
  }

  /**
   * Runs the tool without exiting, writing UTF-8 to the given streams.
   *
   * @param in standard input, the dataset file named {@code -}
   * @param out where results go
   * @param err where errors, usage and help for a usage error go
   * @param args the command line
   * @return the exit status: 0, 1, 2 or 3 as {@code --help} lists them
   */
  static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return run(Arrays.asList(args), in, o, e);
    } catch (UsageException usage) {
      e.println(usage.getMessage());
      e.print(usage.usage());
      return ExitStatus.USAGE_OR_IO;
    } catch (Exception failure) {
      return Failures.report(failure, e);
    } finally {
      o.flush();
      e.flush();
    }
  }

  private static int run(List<String> words, InputStream in, PrintWriter out, PrintWriter err) throws IOException {
    if (words.isEmpty() || words.get(0).startsWith("-")) {
      // No command: only the tool's own options.
      Arguments arguments = Arguments.parse(usage(), words);
      if (!arguments.help() && !arguments.version()) {
        arguments.positionals(0, 0);
        throw arguments.error("Missing command: " + String.join(", ", COMMANDS.subList(0, COMMANDS.size() - 1))
            + " or " + COMMANDS.get(COMMANDS.size() - 1));
      }
      return help(arguments, out);
    }
    String name = words.get(0);
    List<String> rest = words.subList(1, words.size());
    if (name.equals("help")) {
      List<String> asked = Arguments.parse(usage(), rest).positionals();
      // help is a command of the tool's own usage, which says what it does: "help help" shows that.
      out.print((asked.isEmpty() || asked.get(0).equals("help") ? usage() : usageOf(asked.get(0))).text());
      return ExitStatus.OK;
    }
    Arguments arguments = Arguments.parse(usageOf(name), rest);
    if (arguments.help() || arguments.version()) {
      return help(arguments, out);
    }
    return switch (name) {
      case "validate" -> new ValidateCommand(arguments).call(in, out, err);
      case "find" -> new FindCommand(arguments).call(in, out, err);
      case "explain" -> new ExplainCommand(arguments).call(in, out, err);
      case "export" -> new ExportCommand(arguments).call(in, out, err);
      case "diff" -> new DiffCommand(arguments).call(in, out, err);
      case "info" -> new InfoCommand(arguments).call(in, out, err);
      default -> throw new IllegalStateException("a command without a case: " + name);
    };
  }

  /**
   * The usage of a command by its name. A switch, not a loop over every command, so that a run loads the class of
   * its own command only: start-up time is what a short-lived process feels (#19).
   *
   * @throws UsageException for a name that is no command, with the closest command when there is one
   */
  private static Usage usageOf(String command) {
    return switch (command) {
      case "validate" -> ValidateCommand.USAGE;
      case "find" -> FindCommand.USAGE;
      case "explain" -> ExplainCommand.USAGE;
      case "export" -> ExportCommand.USAGE;
      case "diff" -> DiffCommand.USAGE;
      case "info" -> InfoCommand.USAGE;
      default -> throw new UsageException("Unknown command: '" + SafeText.escaped(command) + "'" + suggestion(command),
          usage().text());
    };
  }

  /** The tool's own usage: its options, then its commands and the exit statuses they share. */
  static Usage usage() {
    return new Usage("",
        "The international relations of the Centre for Cybersecurity Belgium: validate dataset files, look up, "
            + "explain, export and compare them.",
        "",
        List.of(new Positional("COMMAND", 0, 1, "")),
        List.of(),
        Main::commandList);
  }

  /** The list of commands and the exit statuses; made only for the help, as it loads every command's class. */
  private static String commandList() {
    StringBuilder footer = new StringBuilder("Commands:\n");
    int width = COMMANDS.stream().mapToInt(String::length).max().orElse(0);
    for (String command : COMMANDS) {
      listCommand(footer, command, width, usageOf(command).summary());
    }
    listCommand(footer, "help", width, "Shows the help of a command: ccb-relations help COMMAND.");
    footer.append("""

        Exit status:
          %d   success; for validate, every file is valid (warnings allowed)
          %d   violations found, a dataset that does not load, or nothing found
          %d   usage error, or a file that cannot be read or written
          %d   internal error (a bug: please report it)
        """.formatted(ExitStatus.OK, ExitStatus.FAILED, ExitStatus.USAGE_OR_IO, ExitStatus.INTERNAL));
    return footer.toString();
  }

  private static void listCommand(StringBuilder text, String name, int width, String summary) {
    String start = "  " + name + " ".repeat(width - name.length()) + "  ";
    Usage.wrap(text, start, summary, start.length() + 2);
  }

  /** {@code --help} (which wins) or {@code --version}. */
  private static int help(Arguments arguments, PrintWriter out) {
    out.print(arguments.help() ? arguments.usage() : Versions.text());
    return ExitStatus.OK;
  }

  /** The closest command to a typo: one that starts with it, or at most two letters away from it. */
  private static String suggestion(String typo) {
    for (String command : Stream.concat(COMMANDS.stream(), Stream.of("help")).toList()) {
      if (!typo.isEmpty() && command.startsWith(typo) || distance(command, typo) <= 2) {
        return System.lineSeparator() + "Did you mean: ccb-relations " + command + "?";
      }
    }
    return "";
  }

  /** The Levenshtein distance: letters to insert, delete or change to make one word the other. */
  static int distance(String a, String b) {
    return LevenshteinDistance.getDefaultInstance().apply(a, b);
  }
}
