package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccb-relations export --format ... --out DIR}: the exports of ccb-relations-export, written to a folder. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = {
        "Writes the dataset (its whole history) as Turtle, JSON-LD (context embedded, loads offline), CSV (roles and "
            + "bodies), Mermaid or DOT (the relations graph) to a folder, and prints each file written.",
        "Exit status: 0 written, 1 the --data file is not a valid dataset, 2 a file cannot be read or written."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LanguageOption lang = new LanguageOption();
  @Mixin DataOption data = new DataOption();

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT[,FORMAT...]",
      hideParamSyntax = true,
      description = "the forms to write: ttl, jsonld, csv, mermaid, dot, html; repeated or separated by commas "
          + "(default: all)")
  Set<ExportFormat> formats = EnumSet.allOf(ExportFormat.class);

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write to; made if missing")
  Path out = Path.of(".");

  @Override
  public Integer call() throws IOException {
    Dataset dataset = data.load();
    PrintWriter printed = spec.commandLine().getOut();
    Files.createDirectories(out);
    for (ExportFormat format : EnumSet.copyOf(formats)) {
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
