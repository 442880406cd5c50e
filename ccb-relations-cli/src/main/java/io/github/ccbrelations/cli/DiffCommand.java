package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.DatasetDiff;
import io.github.ccbrelations.data.DatasetReader;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ccb-relations diff OLD NEW}: what changed between two dataset files, as Markdown or JSON. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = {
        "Compares two dataset files: records added, removed, redirected and changed field by field, as a Markdown "
            + "changelog or JSON.",
        "Exit status: 0 compared (whether or not they differ), 1 a file is not a valid dataset, 2 a file cannot be "
            + "read."
    })
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "the earlier dataset file")
  Path before = Path.of("");

  @Parameters(index = "1", paramLabel = "NEW", description = "the later dataset file")
  Path after = Path.of("");

  @Option(names = "--format", paramLabel = "md|json", defaultValue = "md", description = "md or json (default: ${DEFAULT-VALUE})")
  Format format = Format.MD;

  enum Format {
    MD,
    JSON
  }

  @Override
  public Integer call() {
    DatasetReader reader = DatasetReader.standard();
    DatasetDiff diff = DatasetDiff.between(reader.read(before), reader.read(after));
    spec.commandLine().getOut().print(format == Format.JSON ? diff.toJson() : diff.toMarkdown());
    spec.commandLine().getOut().flush();
    return ExitStatus.OK;
  }
}
