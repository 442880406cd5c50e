package io.github.ccbrelations.export;

/** How a JSON-LD export carries its {@code @context}. */
public enum ContextMode {
  /**
   * The context is referenced by its IRI, {@link RdfExport#CONTEXT}: the compact form to publish. A processor
   * fetches the context from that IRI (or from a local copy mapped to it), so it needs the network or a document
   * loader that knows the IRI.
   */
  REFERENCE,
  /**
   * The context object is written inline: the document is self-contained and loads offline. The default of
   * {@link RdfExport#jsonLd(io.github.ccbrelations.data.Dataset)}.
   */
  EMBEDDED
}
