package io.github.ccbrelations.model;

/** A documented pattern that builds a document's address from an identifier: see {@link DerivedUrl}. */
public enum UrlPattern {
  /**
   * EUR-Lex's address of an act by its CELEX number, in one language:
   * {@code https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L1148}.
   */
  EUR_LEX_CELEX
}
