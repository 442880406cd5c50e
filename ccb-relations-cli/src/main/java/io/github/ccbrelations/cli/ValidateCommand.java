package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import io.github.ccbrelations.data.Violation;
import io.github.ccbrelations.data.ViolationCode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccb-relations validate FILE...}: every violation of each file with its place, as text, JSON or SARIF. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = {
        "Checks dataset files by the rules the library loads them by, and lists every violation with its place "
            + "(file:line:column, code, JSON path, record id) and message.",
        "Exit status: 0 every file is valid (warnings allowed), 1 a file has errors, 2 a file cannot be read "
            + "(named on standard error) or the command line is wrong."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "dataset files in the ccb-relations format")
  List<Path> files = List.of();

  @Option(
      names = "--format",
      paramLabel = "text|json|sarif",
      defaultValue = "text",
      description = "text (one line per violation), json, or sarif (SARIF 2.1.0 for code-scanning tools); "
          + "default: ${DEFAULT-VALUE}")
  ReportFormat format = ReportFormat.TEXT;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<ValidationReport> reports = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      ValidationReport report = Validator.standard().validate(file);
      List<Violation> ioErrors = report.violations(ViolationCode.UNREADABLE);
      if (ioErrors.isEmpty()) {
        reports.add(report);
      } else {
        // Not a fault of the data: said on standard error, and the file is left out of the report.
        unreadable = true;
        ioErrors.forEach(v -> err.println("ccb-relations: " + v));
      }
    }
    spec.commandLine().getOut().print(format.render(reports));
    spec.commandLine().getOut().flush();
    if (unreadable) {
      return ExitStatus.USAGE_OR_IO;
    }
    return reports.stream().allMatch(ValidationReport::isValid) ? ExitStatus.OK : ExitStatus.FAILED;
  }
}
