package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetDiff;
import io.github.ccbrelations.data.DatasetLoadException;
import io.github.ccbrelations.data.DatasetReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares the bundled dataset with a file of yours in the same format (an edited copy, a newer release) and prints
 * what was added, removed, redirected and changed, field by field, as a Markdown changelog or as JSON. The changelog
 * is in English only, as {@code ccb-relations diff} writes it, so this example takes no {@code --lang}.
 *
 * <pre>
 * mvn -q -Pexample package -DskipTests -Dexample=io.github.ccbrelations.examples.DiffDatasets \
 *     -Dexample.args="/path/to/file.json --json"
 * </pre>
 */
public final class DiffDatasets {
  private DiffDatasets() {}

  /**
   * Prints the differences.
   *
   * @param args a dataset file, optionally {@code --json}; or two files, to compare the first with the second
   */
  public static void main(String... args) {
    int status = run(System.out, args);
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(PrintStream out, String... args) {
    Options options = Options.parseEnglishOnly("DiffDatasets", args, "--json");
    List<String> files = options.arguments;
    if (files.isEmpty() || files.size() > 2) {
      out.println("usage: DiffDatasets [OLD.json] NEW.json [--json]  (with one file, OLD is the bundled dataset)");
      return 2;
    }
    try {
      Dataset before =
          files.size() == 2 ? DatasetReader.standard().read(Path.of(files.get(0))) : CcbRelations.bundled();
      Dataset after = DatasetReader.standard().read(Path.of(files.get(files.size() - 1)));
      DatasetDiff diff = DatasetDiff.between(before, after);
      out.print(options.flags.contains("--json") ? diff.toJson() : diff.toMarkdown());
      return 0;
    } catch (DatasetLoadException e) {
      out.println(e.getMessage());
      return 1;
    }
  }
}
