package io.github.ccbrelations.export;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Shared test helpers: the tricky fixture and loading exports into Apache Jena. */
final class Exports {
  static final String TRICKY = "tricky.json";

  private Exports() {}

  /** A small dataset whose strings hold quotes, backslashes, commas, line breaks, tabs, accents and emoji. */
  static Dataset tricky() {
    try (InputStream in = Exports.class.getResourceAsStream(TRICKY)) {
      return DatasetReader.standard().read(in, TRICKY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the tricky fixture, to edit. */
  static String trickyText() {
    try (InputStream in = Exports.class.getResourceAsStream(TRICKY)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The tricky fixture with its forum named otherwise: {@code name} takes the place of the text of the forum's first
   * label, {@code Forum <x> | "y"}, and is written as JSON string content (a quote as {@code \"}).
   */
  static Dataset trickyWithForumNamed(String name, String file) {
    return DatasetReader.standard().read(trickyText().replace("Forum <x> | \\\"y\\\"", name)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8), file);
  }

  static Model turtle(Dataset data) {
    return parse(RdfExport.turtle(data), Lang.TURTLE);
  }

  static Model jsonLd(Dataset data) {
    return parse(RdfExport.jsonLd(data, ContextMode.EMBEDDED), Lang.JSONLD);
  }

  static Model parse(String text, Lang lang) {
    Model model = ModelFactory.createDefaultModel();
    // Strict parsing: a warning (a bad IRI, an ill-formed literal) fails the test instead of passing unnoticed.
    RDFParser.fromString(text, lang)
        .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging)
        .parse(model);
    return model;
  }
}
