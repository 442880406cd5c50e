package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** {@code ccb-relations validate FILE...}: every violation of each file with its place, as text, JSON or SARIF. */
final class ValidateCommand {
  private static final Option FORMAT = Option.of("--format", Option.names(ReportFormat.values(), "|"),
      "text (one line per violation), json, or sarif (SARIF 2.1.0 for code-scanning tools); default: text");
  static final Usage USAGE = new Usage("validate",
      "Checks dataset files by the rules the library loads them by, and lists every violation with its place "
          + "(file:line:column, code, JSON path, record id) and message.",
      "Exit status: 0 every file is valid (warnings allowed), 1 a file has errors, 2 a file cannot be read (named "
          + "on standard error) or the command line is wrong.",
      List.of(new Positional("FILE", 1, Positional.MANY,
          "dataset files in the ccb-relations format; - for standard input")),
      List.of(FORMAT, LenientOption.OPTION));

  private final List<DatasetFile> files;
  private final ReportFormat format;
  private final DatasetReader reader;

  ValidateCommand(Arguments arguments) {
    format = arguments.choice(FORMAT, ReportFormat.values(), ReportFormat.TEXT);
    // The standard reader checks by the standard validator's rules and limits; the lenient one, unknown fields aside.
    reader = new LenientOption(arguments).reader;
    files = DatasetFile.positionals(arguments);
  }

  int call(InputStream stdin, PrintWriter out, PrintWriter err) {
    List<ValidationReport> reports = new ArrayList<>();
    boolean unreadable = false;
    for (DatasetFile file : files) {
      ValidationReport report = file.validate(reader, stdin);
      List<Violation> ioErrors = report.violations(ViolationCode.UNREADABLE);
      if (!ioErrors.isEmpty()) {
        unreadable = true;
        ioErrors.forEach(v -> err.println("ccb-relations: " + v));
      }
      // Not a fault of the data, so the text report, which a person reads beside standard error, leaves the file
      // out; JSON and SARIF keep it, or a program that reads only them would take a missing file for a valid one.
      if (ioErrors.isEmpty() || format != ReportFormat.TEXT) {
        reports.add(report);
      }
    }
    out.print(format.render(reports));
    out.flush();
    if (unreadable) {
      return ExitStatus.USAGE_OR_IO;
    }
    return reports.stream().allMatch(ValidationReport::isValid) ? ExitStatus.OK : ExitStatus.FAILED;
  }
}
