package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.export.ContextMode;
import io.github.ccbrelations.export.CsvExport;
import io.github.ccbrelations.export.GraphExport;
import io.github.ccbrelations.export.HtmlExport;
import io.github.ccbrelations.export.RdfExport;
import io.github.ccbrelations.model.Language;
import java.util.LinkedHashMap;
import java.util.Map;

/** The forms {@code export} writes, each as named files. A new export of ccb-relations-export is one more constant. */
enum ExportFormat {
  /** Turtle, with the vocabulary it uses. */
  TTL {
    @Override
    Map<String, String> files(Dataset data, Language language) {
      Map<String, String> files = new LinkedHashMap<>();
      files.put("ccb-relations.ttl", RdfExport.turtle(data));
      files.put("vocab.ttl", RdfExport.vocabulary());
      return files;
    }
  },
  /**
   * JSON-LD with its context embedded, so that it loads offline; the context file beside it for those who want
   * to reference it.
   */
  JSONLD {
    @Override
    Map<String, String> files(Dataset data, Language language) {
      Map<String, String> files = new LinkedHashMap<>();
      files.put("ccb-relations.jsonld", RdfExport.jsonLd(data, ContextMode.EMBEDDED));
      files.put("context.jsonld", RdfExport.context());
      return files;
    }
  },
  /** The roles, the bodies and the instruments as CSV, names in the chosen language. */
  CSV {
    @Override
    Map<String, String> files(Dataset data, Language language) {
      Map<String, String> files = new LinkedHashMap<>();
      files.put("roles.csv", CsvExport.roles(data, language));
      files.put("bodies.csv", CsvExport.bodies(data, language));
      files.put("instruments.csv", CsvExport.instruments(data, language));
      return files;
    }
  },
  /** The relations graph as a Mermaid flowchart. */
  MERMAID {
    @Override
    Map<String, String> files(Dataset data, Language language) {
      return Map.of("relations.mmd", GraphExport.mermaid(data, language));
    }
  },
  /** The relations graph as Graphviz DOT. */
  DOT {
    @Override
    Map<String, String> files(Dataset data, Language language) {
      return Map.of("relations.dot", GraphExport.dot(data, language));
    }
  },
  /** The explorer page: one self-contained HTML file that opens in the chosen language. */
  HTML {
    @Override
    Map<String, String> files(Dataset data, Language language) {
      return Map.of("explorer.html", HtmlExport.explorer(data, language));
    }
  };

  /** The files of this form, by name, in the order to write them. */
  abstract Map<String, String> files(Dataset data, Language language);
}
