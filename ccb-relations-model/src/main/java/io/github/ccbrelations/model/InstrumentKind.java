package io.github.ccbrelations.model;

/** What kind of legal or policy instrument a {@link LegalInstrument} is. */
public enum InstrumentKind {
  /** A directive of the European Union. */
  EU_DIRECTIVE,
  /** A regulation of the European Union. */
  EU_REGULATION,
  /** A decision of the European Union, including a CFSP decision. */
  EU_DECISION,
  /** Council conclusions or a framework agreed by the Council, such as the Cyber Diplomacy Toolbox. */
  COUNCIL_CONCLUSIONS_OR_FRAMEWORK,
  /** A Belgian law. */
  BELGIAN_LAW,
  /** A Belgian royal decree. */
  ROYAL_DECREE,
  /** A decision of an OSCE decision-making body. */
  OSCE_DECISION,
  /** A declaration or founding document of an intergovernmental forum. */
  DECLARATION,
  /** A national strategy or policy document. */
  STRATEGY
}
