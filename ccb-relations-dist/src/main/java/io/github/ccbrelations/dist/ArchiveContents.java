package io.github.ccbrelations.dist;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetSchema;
import io.github.ccbrelations.export.ContextMode;
import io.github.ccbrelations.export.CsvExport;
import io.github.ccbrelations.export.GraphExport;
import io.github.ccbrelations.export.HtmlExport;
import io.github.ccbrelations.export.RdfExport;
import io.github.ccbrelations.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files of the dataset archive, by their path in it, each made by the library's own code. */
final class ArchiveContents {
  /** The licence files copied from the repository root. */
  static final List<String> LICENCES = List.of("LICENSE", "LICENSE-DATA", "NOTICE");

  private ArchiveContents() {}

  /**
   * Every file of the archive but {@code SHA256SUMS}.
   *
   * @param data the dataset read from {@code bundled}
   * @param bundled the bytes of the bundled dataset, copied as they are
   * @param root the repository root, which holds the licences
   * @param codeVersion the version of the code, named in README.txt
   * @return a mutable map sorted by path; never null
   * @throws IOException if a licence cannot be read
   */
  static SortedMap<String, byte[]> of(Dataset data, byte[] bundled, Path root, String codeVersion)
      throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put("ccb-relations.json", bundled);
    files.put("ccb-relations-1.schema.json", schema());
    files.put("context.jsonld", utf8(RdfExport.context()));
    files.put("ccb-relations.ttl", utf8(RdfExport.turtle(data)));
    files.put("ccb-relations.jsonld", utf8(RdfExport.jsonLd(data, ContextMode.EMBEDDED)));
    files.put("vocab.ttl", utf8(RdfExport.vocabulary()));
    for (Language language : Language.values()) {
      String tag = language.code();
      String roles = CsvExport.roles(data, language);
      String bodies = CsvExport.bodies(data, language);
      String instruments = CsvExport.instruments(data, language);
      files.put("csv/roles-" + tag + ".csv", utf8(roles));
      files.put("csv/bodies-" + tag + ".csv", utf8(bodies));
      files.put("csv/instruments-" + tag + ".csv", utf8(instruments));
      files.put("csv-bom/roles-" + tag + ".csv", utf8(CsvExport.withByteOrderMark(roles)));
      files.put("csv-bom/bodies-" + tag + ".csv", utf8(CsvExport.withByteOrderMark(bodies)));
      files.put("csv-bom/instruments-" + tag + ".csv", utf8(CsvExport.withByteOrderMark(instruments)));
      files.put("graph/relations-" + tag + ".mmd", utf8(GraphExport.mermaid(data, language)));
      files.put("graph/relations-" + tag + ".dot", utf8(GraphExport.dot(data, language)));
    }
    files.put("explorer.html", utf8(HtmlExport.explorer(data, Language.EN)));
    for (String licence : LICENCES) {
      files.put(licence, Files.readAllBytes(root.resolve(licence)));
    }
    files.put("README.txt", utf8(readme(data, codeVersion)));
    return files;
  }

  private static String readme(Dataset data, String codeVersion) {
    return String.join("\n",
        "ccb-relations dataset " + data.info().datasetVersion().text() + " (released "
            + data.info().header().released() + "), exported by ccb-relations " + codeVersion + ".",
        "",
        "The international relations of the Centre for Cybersecurity Belgium, every fact sourced.",
        "Data licence: CC BY 4.0 (LICENSE-DATA); the sources' own terms: NOTICE.",
        "",
        "ccb-relations.json            the dataset (ccb-relations-1.schema.json: its JSON Schema, draft 2020-12)",
        "context.jsonld                the JSON-LD context; vocab.ttl: the ccbr: vocabulary",
        "ccb-relations.ttl             the dataset as RDF (Turtle, W3C ORG)",
        "ccb-relations.jsonld          the same graph as JSON-LD, context embedded (loads offline)",
        "csv/                          roles, bodies and instruments per language (fr, nl, en, de), UTF-8, RFC 4180",
        "csv-bom/                      the same with a byte order mark, for spreadsheet programs",
        "graph/                        the relations graph per language, Mermaid (.mmd) and Graphviz (.dot)",
        "explorer.html                 the relations explorer: open it in a browser (offline; fr, nl, de, en)",
        "SHA256SUMS                    check with: sha256sum -c SHA256SUMS",
        "",
        "Exports hold the whole history of the file, whatever the day. Columns and mappings: see docs/exports.md in",
        "https://github.com/ccbrelations/ccb-relations",
        "");
  }

  private static byte[] schema() throws IOException {
    try (InputStream in = DatasetSchema.open()) {
      return in.readAllBytes();
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
