package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.export.ContextMode;
import io.github.ccbrelations.export.CsvExport;
import io.github.ccbrelations.export.GraphExport;
import io.github.ccbrelations.export.HtmlExport;
import io.github.ccbrelations.export.RdfExport;
import io.github.ccbrelations.text.Terms;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes every export of the bundled dataset to a folder: Turtle, JSON-LD (context embedded, and referenced with the
 * context beside it), the vocabulary, the roles, bodies and instruments as CSV, the relations graph as Mermaid and
 * DOT, and the explorer page ({@code explorer.html}, opening in the chosen language).
 *
 * <pre>{@code
 * mvn -q -Pexample package -DskipTests -Dexample=io.github.ccbrelations.examples.ExportAll \
 *     -Dexample.args="target/exports --lang fr"
 * }</pre>
 */
public final class ExportAll {
  private ExportAll() {}

  /**
   * Runs the example.
   *
   * @param args the folder to write to (default {@code exports}) and {@code --lang fr|nl|en|de} for the names and
   *     words of the CSV, the pictures, the explorer page and this program's lines (the RDF holds every language)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(System.out, args);
  }

  static void run(PrintStream out, String... args) throws IOException {
    Options options = Options.parse(args);
    Path folder = Path.of(options.arguments.isEmpty() ? "exports" : options.arguments.get(0));
    Dataset data = CcbRelations.bundled();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("ccb-relations.ttl", RdfExport.turtle(data));
    // The context embedded, so the file loads offline; the referencing form ships with its context beside it.
    files.put("ccb-relations.jsonld", RdfExport.jsonLd(data));
    files.put("ccb-relations-reference.jsonld", RdfExport.jsonLd(data, ContextMode.REFERENCE));
    files.put("context.jsonld", RdfExport.context());
    files.put("vocab.ttl", RdfExport.vocabulary());
    files.put("roles.csv", CsvExport.roles(data, options.language));
    files.put("bodies.csv", CsvExport.bodies(data, options.language));
    files.put("instruments.csv", CsvExport.instruments(data, options.language));
    files.put("relations.mmd", GraphExport.mermaid(data, options.language));
    files.put("relations.dot", GraphExport.dot(data, options.language));
    files.put("explorer.html", HtmlExport.explorer(data, options.language));
    Files.createDirectories(folder);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = folder.resolve(f.getKey());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      out.println(file + " (" + f.getValue().length() + " " + Terms.word(Terms.Word.CHARACTERS, options.language)
          + ")");
    }
    out.println(SummaryLine.of(data.info(), options.language));
  }
}
