package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.export.ContextMode;
import io.github.ccbrelations.export.CsvExport;
import io.github.ccbrelations.export.GraphExport;
import io.github.ccbrelations.export.HtmlExport;
import io.github.ccbrelations.export.RdfExport;
import io.github.ccbrelations.model.Language;
import java.util.List;
import java.util.Map;

/** The forms {@code export} writes, each as named files. A new export of ccb-relations-export is one more constant. */
enum ExportFormat {
  /** Turtle, with the vocabulary it uses. */
  TTL {
    @Override
    List<Map.Entry<String, String>> files(Dataset data, Language language) {
      return List.of(Map.entry("ccb-relations.ttl", RdfExport.turtle(data)),
          Map.entry("vocab.ttl", RdfExport.vocabulary()));
    }
  },
  /**
   * JSON-LD in both of its forms, as the ExportAll example writes them: the context embedded, so that it loads
   * offline; and the context referenced by its IRI, with the context file beside it.
   */
  JSONLD {
    @Override
    List<Map.Entry<String, String>> files(Dataset data, Language language) {
      return List.of(Map.entry("ccb-relations.jsonld", RdfExport.jsonLd(data, ContextMode.EMBEDDED)),
          Map.entry("ccb-relations-reference.jsonld", RdfExport.jsonLd(data, ContextMode.REFERENCE)),
          Map.entry("context.jsonld", RdfExport.context()));
    }
  },
  /** The roles, the bodies and the instruments as CSV, names in the chosen language. */
  CSV {
    @Override
    List<Map.Entry<String, String>> files(Dataset data, Language language) {
      return List.of(Map.entry("roles.csv", CsvExport.roles(data, language)),
          Map.entry("bodies.csv", CsvExport.bodies(data, language)),
          Map.entry("instruments.csv", CsvExport.instruments(data, language)));
    }
  },
  /** The relations graph as a Mermaid flowchart. */
  MERMAID {
    @Override
    List<Map.Entry<String, String>> files(Dataset data, Language language) {
      return List.of(Map.entry("relations.mmd", GraphExport.mermaid(data, language)));
    }
  },
  /** The relations graph as Graphviz DOT. */
  DOT {
    @Override
    List<Map.Entry<String, String>> files(Dataset data, Language language) {
      return List.of(Map.entry("relations.dot", GraphExport.dot(data, language)));
    }
  },
  /** The explorer page: one self-contained HTML file that opens in the chosen language. */
  HTML {
    @Override
    List<Map.Entry<String, String>> files(Dataset data, Language language) {
      return List.of(Map.entry("explorer.html", HtmlExport.explorer(data, language)));
    }
  };

  /** The files of this form, each a name and its text, in the order to write them. */
  abstract List<Map.Entry<String, String>> files(Dataset data, Language language);
}
