package io.github.ccbrelations.cli;

import io.github.ccbrelations.model.Language;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code ccb-relations} command: its subcommands, the exit statuses they share and where output goes (results
 * and the help asked for on standard output; errors, and usage after a usage error, on standard error; both in
 * UTF-8).
 *
 * <pre>
 * java -jar ccb-relations-cli-&lt;version&gt;.jar validate my-relations.json --format sarif
 * </pre>
 */
@Command(
    name = "ccb-relations",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "The international relations of the Centre for Cybersecurity Belgium: validate dataset files, "
        + "look up, explain, export and compare them.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        ExitStatus.OK + ":success; for validate, every file is valid (warnings allowed)",
        ExitStatus.FAILED + ":violations found, a dataset that does not load, or nothing found",
        ExitStatus.USAGE_OR_IO + ":usage error, or a file that cannot be read or written",
        ExitStatus.INTERNAL + ":internal error (a bug: please report it)"
    })
public final class Main implements Runnable {
  /** The subcommands, in the order {@code --help} lists them. */
  private static final List<String> SUBCOMMANDS =
      List.of("validate", "find", "explain", "export", "diff", "info", "help");

  @Spec CommandSpec spec;

  /** For picocli, which makes the command. */
  public Main() {}

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
      return commandLine(args).setOut(o).setErr(e).execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /**
   * The command with the subcommand that runs, or with all of them when the first argument names none (help, a typo,
   * no command): picocli reads each subcommand's annotations by reflection, which cost about as much as loading the
   * dataset when it read all of them for every run.
   */
  static CommandLine commandLine(String... args) {
    CommandLine line = new CommandLine(new Main());
    // help lists every subcommand, so it needs them all.
    Object only = args.length == 0 || args[0].equals("help") ? null : subcommand(args[0]);
    if (only != null) {
      line.addSubcommand(args[0], only);
    } else {
      for (String name : SUBCOMMANDS) {
        line.addSubcommand(name, subcommand(name));
      }
    }
    return line
        .registerConverter(Language.class, Language::ofCode)
        .registerConverter(LocalDate.class, LocalDate::parse)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Failures());
  }

  /** A new subcommand by its name, or null for a name that is none. */
  private static @Nullable Object subcommand(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "find" -> new FindCommand();
      case "explain" -> new ExplainCommand();
      case "export" -> new ExportCommand();
      case "diff" -> new DiffCommand();
      case "info" -> new InfoCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> null;
    };
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: validate, find, explain, export, diff or info");
  }
}
