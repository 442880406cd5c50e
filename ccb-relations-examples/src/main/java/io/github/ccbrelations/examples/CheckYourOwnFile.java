package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetLoadException;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Loads and checks a dataset file of your own in the ccb-relations format (a translation, an extension, a newer
 * release) and prints either its summary or every error with file, line, column, JSON path and record id. The checks
 * report in English only, as {@code ccb-relations validate} does, so this example takes no {@code --lang}.
 *
 * <pre>
 * mvn -q -Pexample package -DskipTests -Dexample=io.github.ccbrelations.examples.CheckYourOwnFile \
 *     -Dexample.args="/path/to/file.json"
 * </pre>
 */
public final class CheckYourOwnFile {
  private CheckYourOwnFile() {}

  /**
   * Checks each file named.
   *
   * @param args paths of dataset files
   */
  public static void main(String... args) {
    int status = run(System.out, args);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(PrintStream out, String... args) {
    Options options = Options.parseEnglishOnly("CheckYourOwnFile", args);
    if (options.arguments.isEmpty()) {
      out.println("usage: CheckYourOwnFile FILE.json [FILE.json ...]");
      return 2;
    }
    int status = 0;
    for (String file : options.arguments) {
      try {
        Dataset data = DatasetReader.standard().read(Path.of(file));
        out.println("OK   " + data.info());
      } catch (DatasetLoadException e) {
        status = 1;
        // The source as the violations name it: escaped, so even a file name cannot forge a line.
        long errors = e.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
        long warnings = e.violations().size() - errors;
        out.println("FAIL " + e.first().source() + ": " + count(errors, "error")
            + (warnings == 0 ? "" : ", " + count(warnings, "warning")));
        for (Violation v : e.violations()) {
          out.println("  " + v);
        }
      }
    }
    return status;
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }
}
