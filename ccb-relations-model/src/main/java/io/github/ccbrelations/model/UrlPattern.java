package io.github.ccbrelations.model;

/** A documented pattern that builds a document's address from an identifier: see {@link DerivedUrl}. */
public enum UrlPattern {
  /**
   * EUR-Lex's address of an act by its CELEX number, in one language:
   * {@code https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016L1148}.
   */
  EUR_LEX_CELEX,
  /**
   * The Belgian Official Journal's ELI address of an act, from the ELI path that follows {@code /eli/} (type, date,
   * numac and version, as a copy of the Official Journal shows it):
   * {@code http://www.ejustice.just.fgov.be/eli/loi/2019/04/07/2019011507/moniteur}, the host as the Justel pages
   * print their ELIs.
   */
  BELGIAN_ELI
}
