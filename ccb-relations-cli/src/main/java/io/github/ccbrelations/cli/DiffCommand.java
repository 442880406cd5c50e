package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.DatasetDiff;
import io.github.ccbrelations.data.DatasetReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/** {@code ccb-relations diff OLD NEW}: what changed between two dataset files, as Markdown or JSON. */
final class DiffCommand {
  private static final Option FORMAT = Option.of("--format", Option.names(Format.values(), "|"),
      "md or json (default: md)");
  static final Usage USAGE = new Usage("diff",
      "Compares two dataset files: records added, removed, redirected and changed field by field, as a Markdown "
          + "changelog or JSON.",
      "Exit status: 0 compared (whether or not they differ), 1 a file is not a valid dataset, 2 a file cannot be "
          + "read or the command line is wrong.",
      List.of(new Positional("OLD", 1, 1, "the earlier dataset file; - for standard input"),
          new Positional("NEW", 1, 1, "the later dataset file; - for standard input")),
      List.of(FORMAT, LenientOption.OPTION));

  private final DatasetFile before;
  private final DatasetFile after;
  private final Format format;
  private final DatasetReader reader;

  enum Format {
    MD,
    JSON
  }

  DiffCommand(Arguments arguments) {
    format = arguments.choice(FORMAT, Format.values(), Format.MD);
    reader = new LenientOption(arguments).reader;
    List<DatasetFile> files = DatasetFile.positionals(arguments);
    before = files.get(0);
    after = files.get(1);
  }

  int call(InputStream stdin, PrintWriter out, PrintWriter err) {
    DatasetDiff diff = DatasetDiff.between(before.read(reader, stdin, err), after.read(reader, stdin, err));
    out.print(format == Format.JSON ? diff.toJson() : diff.toMarkdown());
    out.flush();
    return ExitStatus.OK;
  }
}
