package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.violation.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code ccb-relations export --format ... --out DIR}: the exports of ccb-relations-export, written to a folder. */
final class ExportCommand {
  private static final Option OUT =
      new Option("", "--out", "DIR", Option.Presence.REQUIRED, "the folder to write to; made if missing");
  private static final Option FORMAT = new Option("", "--format", "FORMAT[,FORMAT...]", Option.Presence.REPEATABLE,
      "the forms to write: " + Option.names(ExportFormat.values(), ", ")
          + "; repeated or separated by commas (default: all)");
  static final Usage USAGE = new Usage("export",
      "Writes the dataset (its whole history) as Turtle, JSON-LD (context embedded, which loads offline, and "
          + "referenced, with the context beside it), CSV (roles, "
          + "bodies and instruments), Mermaid or DOT (the relations graph) and the explorer page (HTML) to a folder, "
          + "and prints each file written.",
      "Exit status: 0 written, 1 the --data file is not a valid dataset, 2 a file cannot be read or written, or the "
          + "command line is wrong.",
      List.of(),
      List.of(DataOption.OPTION, LenientOption.OPTION, LanguageOption.OPTION, OUT, FORMAT));

  private final LanguageOption lang;
  private final DataOption data;
  private final Set<ExportFormat> formats;
  private final Path out;

  ExportCommand(Arguments arguments) {
    lang = new LanguageOption(arguments);
    data = new DataOption(arguments);
    List<ExportFormat> chosen = arguments.choices(FORMAT, ExportFormat.values());
    formats = chosen.isEmpty() ? EnumSet.allOf(ExportFormat.class) : EnumSet.copyOf(chosen);
    out = arguments.required(OUT, ExportCommand::folder);
    arguments.positionals();
  }

  /**
   * The folder {@code --out} names. Elsewhere on the command line {@code -} is standard input or output; export writes
   * several files, which one stream cannot hold, so {@code -} is refused rather than made a folder of that name.
   *
   * @throws IllegalArgumentException for {@code -}, or a name no file can have ({@link Arguments#path(String)})
   */
  private static Path folder(String name) {
    if (name.equals("-")) {
      throw new IllegalArgumentException("'-' is standard output, and export writes a folder of files, not one stream:"
          + " name a folder (./- for a folder named -)");
    }
    return Arguments.path(name);
  }

  int call(InputStream stdin, PrintWriter printed, PrintWriter err) throws IOException {
    Dataset dataset = data.load(stdin, err);
    try {
      Files.createDirectories(out);
    } catch (FileAlreadyExistsException e) {
      // The JDK's way of saying that --out names a file, or a link to nothing: "already exists" would not say which.
      throw new NotDirectoryException(e.getFile());
    }
    for (ExportFormat format : formats) {
      for (Map.Entry<String, String> file : format.files(dataset, lang.language)) {
        Path path = out.resolve(file.getKey());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        printed.println(SafeText.escaped(path.toString()));
      }
    }
    printed.flush();
    return ExitStatus.OK;
  }
}
