package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code ccb-relations export --format ... --out DIR}: the exports of ccb-relations-export, written to a folder. */
final class ExportCommand {
  static final String USAGE = """
      Usage: ccb-relations export [-hV] [--data=FILE] [-l=fr|nl|en|de] --out=DIR
                                  [--format=FORMAT[,FORMAT...]]...
      Writes the dataset (its whole history) as Turtle, JSON-LD (context embedded,
      loads offline), CSV (roles and bodies), Mermaid or DOT (the relations graph) to
      a folder, and prints each file written.
      Exit status: 0 written, 1 the --data file is not a valid dataset, 2 a file
      cannot be read or written.
            --data=FILE          a dataset file in the ccb-relations format to use
                                   instead of the bundled dataset
            --format=FORMAT[,FORMAT...]
                                 the forms to write: ttl, jsonld, csv, mermaid, dot,
                                   html; repeated or separated by commas (default:
                                   all)
        -h, --help               Show this help message and exit.
        -l, --lang=fr|nl|en|de   the language of explanations and names: fr, nl, en
                                   or de (default: en)
            --out=DIR            the folder to write to; made if missing
        -V, --version            Print version information and exit.
      """;

  private final LanguageOption lang;
  private final DataOption data;
  private final Set<ExportFormat> formats;
  private final Path out;

  ExportCommand(Arguments arguments) {
    lang = new LanguageOption(arguments);
    data = new DataOption(arguments);
    List<ExportFormat> chosen = arguments.choices("--format", ExportFormat.values());
    formats = chosen.isEmpty() ? EnumSet.allOf(ExportFormat.class) : EnumSet.copyOf(chosen);
    out = arguments.required("--out", Path::of);
    arguments.positionals(0, 0);
  }

  int call(PrintWriter printed) throws IOException {
    Dataset dataset = data.load();
    Files.createDirectories(out);
    for (ExportFormat format : formats) {
      for (Map.Entry<String, String> file : format.files(dataset, lang.language).entrySet()) {
        Path path = out.resolve(file.getKey());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        printed.println(path);
      }
    }
    printed.flush();
    return ExitStatus.OK;
  }
}
