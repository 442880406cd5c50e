package io.github.ccbrelations.model;

/** Why a record has no official name in a language: see {@link NoOfficialName}. */
public enum NoNameKind {
  /** The record stands for a set of groups or a group without a name of its own: ENISA's ad hoc working groups. */
  NO_NAME_OF_ITS_OWN,
  /** The body is named only in other languages, whose name is used as it is: ECSO, FIRST, CERT.be. */
  NAMED_ONLY_IN_OTHER_LANGUAGES,
  /** A proper name used unchanged in every language: Cyber Europe, Enabel. */
  PROPER_NAME,
  /** The issuer does not publish in the language: Dutch for the OSCE, English for Belgian acts. */
  NOT_A_LANGUAGE_OF_THE_ISSUER
}
