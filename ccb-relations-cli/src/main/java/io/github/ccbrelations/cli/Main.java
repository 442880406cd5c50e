package io.github.ccbrelations.cli;

import io.github.ccbrelations.cli.Arguments.UsageException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

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
  static final String USAGE = """
      Usage: ccb-relations [-hV] [COMMAND]
      The international relations of the Centre for Cybersecurity Belgium: validate
      dataset files, look up, explain, export and compare them.
        -h, --help      Show this help message and exit.
        -V, --version   Print version information and exit.
      Commands:
        validate  Checks dataset files by the rules the library loads them by, and
                    lists every violation with its place (file:line:column, code,
                    JSON path, record id) and message.
        find      Looks up bodies and legal instruments by any name, acronym or id in
                    fr, nl, en or de, ignoring case, accents and punctuation (NAVO
                    finds NATO), and shows their names, where they belong and what
                    the CCB does there today.
        explain   Explains the CCB's roles in one sentence each, with their legal
                    bases, in fr, nl, en or de: every role level by level, or those
                    of the roles and bodies named (by id, name or acronym; a body's
                    roles include its sub-bodies').
        export    Writes the dataset (its whole history) as Turtle, JSON-LD (context
                    embedded, loads offline), CSV (roles and bodies), Mermaid or DOT
                    (the relations graph) to a folder, and prints each file written.
        diff      Compares two dataset files: records added, removed, redirected and
                    changed field by field, as a Markdown changelog or JSON.
        info      Shows the dataset's version, schema version, release date, primary
                    sources, record counts and the SHA-256 of its bytes, and this
                    tool's version.
        help      Shows the help of a command: ccb-relations help COMMAND.

      Exit status:
        %d   success; for validate, every file is valid (warnings allowed)
        %d   violations found, a dataset that does not load, or nothing found
        %d   usage error, or a file that cannot be read or written
        %d   internal error (a bug: please report it)
      """.formatted(ExitStatus.OK, ExitStatus.FAILED, ExitStatus.USAGE_OR_IO, ExitStatus.INTERNAL);

  /** The commands, for the suggestion after a typo. */
  private static final List<String> COMMANDS = List.of("validate", "find", "explain", "export", "diff", "info", "help");

  private Main() {}

  /**
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String... args) {
    System.exit(run(System.out, System.err, args));
  }

  /**
   * Runs the tool without exiting, writing UTF-8 to the given streams.
   *
   * @param out where results go
   * @param err where errors, usage and help for a usage error go
   * @param args the command line
   * @return the exit status: 0, 1, 2 or 3 as {@code --help} lists them
   */
  static int run(PrintStream out, PrintStream err, String... args) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    try {
      return run(Arrays.asList(args), o, e);
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

  private static int run(List<String> words, PrintWriter out, PrintWriter err) throws IOException {
    if (words.isEmpty() || words.get(0).startsWith("-")) {
      // No command: only the tool's own options.
      Arguments arguments = Arguments.parse(USAGE, words);
      if (!arguments.help() && !arguments.version()) {
        arguments.positionals(0, 0);
        throw arguments.error("Missing command: validate, find, explain, export, diff or info");
      }
      return help(arguments, out);
    }
    String name = words.get(0);
    List<String> rest = words.subList(1, words.size());
    if (name.equals("help")) {
      List<String> asked = Arguments.parse(USAGE, rest).positionals(0, 1, "COMMAND");
      out.print(asked.isEmpty() ? USAGE : parse(asked.get(0), List.of()).usage());
      return ExitStatus.OK;
    }
    Arguments arguments = parse(name, rest);
    if (arguments.help() || arguments.version()) {
      return help(arguments, out);
    }
    return switch (name) {
      case "validate" -> new ValidateCommand(arguments).call(out, err);
      case "find" -> new FindCommand(arguments).call(out, err);
      case "explain" -> new ExplainCommand(arguments).call(out, err);
      case "export" -> new ExportCommand(arguments).call(out);
      case "diff" -> new DiffCommand(arguments).call(out);
      case "info" -> new InfoCommand(arguments).call(out);
      default -> throw new IllegalStateException("a command without a case: " + name);
    };
  }

  /** The command line of a command by its name, read by the options it has. */
  private static Arguments parse(String command, List<String> words) {
    String lang = "--lang=fr|nl|en|de";
    String data = "--data=FILE";
    return switch (command) {
      case "validate" -> Arguments.parse(ValidateCommand.USAGE, words, "--format=text|json|sarif");
      case "find" -> Arguments.parse(FindCommand.USAGE, words, lang, data);
      case "explain" -> Arguments.parse(ExplainCommand.USAGE, words, lang, data, "--as-of=DATE");
      case "export" -> Arguments.parse(ExportCommand.USAGE, words, lang, data, "--out=DIR",
          "--format=FORMAT[,FORMAT...]");
      case "diff" -> Arguments.parse(DiffCommand.USAGE, words, "--format=md|json");
      case "info" -> Arguments.parse(InfoCommand.USAGE, words, data);
      default -> throw new UsageException("Unknown command: '" + command + "'" + suggestion(command), USAGE);
    };
  }

  /** {@code --help} (which wins) or {@code --version}. */
  private static int help(Arguments arguments, PrintWriter out) {
    out.print(arguments.help() ? arguments.usage() : Versions.text());
    return ExitStatus.OK;
  }

  /** The closest command to a typo: one that starts with it, or at most two letters away from it. */
  private static String suggestion(String typo) {
    for (String command : COMMANDS) {
      if (!typo.isEmpty() && command.startsWith(typo) || distance(command, typo) <= 2) {
        return System.lineSeparator() + "Did you mean: ccb-relations " + command + "?";
      }
    }
    return "";
  }

  /** The Levenshtein distance: letters to insert, delete or change to make one word the other. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(change, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
