package io.github.ccbrelations.export;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.violation.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The dataset as linked data: Turtle and JSON-LD on the W3C Organization Ontology (ORG), SKOS, PROV-O, Dublin
 * Core, OWL-Time and ELI, with this library's own vocabulary ({@link #VOCABULARY}) for what those do not cover.
 *
 * <p>Both formats carry the same graph, triple for triple. Every record gets a stable IRI derived from its id
 * under {@link #BASE}: {@code body/<id>}, {@code role/<id>}, {@code instrument/<id>}, {@code source/<id>}; parts
 * of a record (labels, legal bases, citations, validity intervals) get fragment IRIs of the record's IRI, numbered
 * in the record's order. These IRIs are identifiers, not guaranteed to resolve. The mapping is described in
 * docs/exports.md, section "Linked data", and every term of our vocabulary in {@link #vocabulary()}.
 *
 * <pre>{@code
 * Dataset data = CcbRelations.bundled();
 * String turtle = RdfExport.turtle(data);
 * String jsonLd = RdfExport.jsonLd(data);   // the context embedded: readable offline
 * }</pre>
 */
public final class RdfExport {
  /** The base of every IRI this library mints, {@code https://w3id.org/ccb-relations/}. */
  public static final String BASE = "https://w3id.org/ccb-relations/";

  /** The namespace of this library's vocabulary, prefix {@code ccbr:}. */
  public static final String VOCABULARY = BASE + "vocab#";

  /**
   * The IRI by which a JSON-LD export in {@link ContextMode#REFERENCE} names its context. The context document is
   * the resource {@code io/github/ccbrelations/data/context.jsonld} of ccb-relations-data, and {@link #context()}.
   */
  public static final String CONTEXT = BASE + "context.jsonld";

  private static final String VOCABULARY_RESOURCE = "vocab.ttl";

  private RdfExport() {}

  /**
   * The dataset as a Turtle document.
   *
   * @param data the dataset; every record of its whole history is exported, whatever day it answers for
   * @return the Turtle text, UTF-8 characters, {@code \n} line ends; never null
   */
  public static String turtle(Dataset data) {
    return TurtleWriter.write(RdfMapper.map(data), comment(data));
  }

  /**
   * The dataset as a JSON-LD 1.1 document with its context embedded ({@link ContextMode#EMBEDDED}): a JSON-LD
   * processor reads it offline, with no document loader and no network.
   *
   * @param data the dataset; every record of its whole history is exported, whatever day it answers for
   * @return the JSON-LD text; never null
   */
  public static String jsonLd(Dataset data) {
    return jsonLd(data, ContextMode.EMBEDDED);
  }

  /**
   * The dataset as a JSON-LD 1.1 document, its context embedded or referenced. A document that references its
   * context by {@link #CONTEXT} needs that context to be fetched or mapped: publish {@link #context()} beside it.
   *
   * @param data the dataset; every record of its whole history is exported, whatever day it answers for
   * @param mode whether the context is referenced by {@link #CONTEXT} or embedded
   * @return the JSON-LD text; never null
   */
  public static String jsonLd(Dataset data, ContextMode mode) {
    return JsonLdWriter.write(RdfMapper.map(data), mode);
  }

  /**
   * The JSON-LD context the exports use: the prefixes of the vocabularies, as published at {@link #CONTEXT} and
   * shipped as {@code io/github/ccbrelations/data/context.jsonld} in ccb-relations-data.
   *
   * @return the context document; never null
   */
  public static String context() {
    return JsonLdWriter.context();
  }

  /**
   * The RDFS description of this library's vocabulary ({@link #VOCABULARY}) and of its concept schemes, in Turtle.
   *
   * @return the Turtle text; never null
   * @throws UncheckedIOException if the resource shipped in this jar cannot be read
   */
  public static String vocabulary() {
    try (InputStream in = RdfExport.class.getResourceAsStream(VOCABULARY_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource missing: " + VOCABULARY_RESOURCE));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String comment(Dataset data) {
    return "ccb-relations " + data.info().datasetVersion().text() + " (schema " + data.info().schemaVersion().text()
        + "), exported from "
        // Escaped, so that a line break in the name cannot end the comment, nor a control sequence act when printed.
        + SafeText.escaped(data.info().sourceName()) + "\nIRIs under " + BASE
        + " are identifiers, not guaranteed to resolve.";
  }
}
