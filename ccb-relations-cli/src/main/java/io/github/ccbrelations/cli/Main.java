package io.github.ccbrelations.cli;

import io.github.ccbrelations.model.Language;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
    subcommands = {
        ValidateCommand.class,
        FindCommand.class,
        ExplainCommand.class,
        ExportCommand.class,
        DiffCommand.class,
        InfoCommand.class,
        CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        ExitStatus.OK + ":success; for validate, every file is valid (warnings allowed)",
        ExitStatus.FAILED + ":violations found, a dataset that does not load, or nothing found",
        ExitStatus.USAGE_OR_IO + ":usage error, or a file that cannot be read or written",
        ExitStatus.INTERNAL + ":internal error (a bug: please report it)"
    })
public final class Main implements Runnable {
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
      return commandLine().setOut(o).setErr(e).execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }

  static CommandLine commandLine() {
    return new CommandLine(new Main())
        .registerConverter(Language.class, Language::ofCode)
        .registerConverter(LocalDate.class, LocalDate::parse)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(new Failures());
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: validate, find, explain, export, diff or info");
  }
}
