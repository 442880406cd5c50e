package io.github.ccbrelations.model;

/** What kind of document a {@link Source} is. */
public enum SourceKind {
  /** A page of the CCB's own websites. */
  CCB_PAGE,
  /** An official journal or its electronic database: EUR-Lex, the Belgian Official Journal, Justel. */
  OFFICIAL_JOURNAL,
  /** The official website of the body concerned. */
  BODY_WEBSITE,
  /** An official document of an international organisation, such as an OSCE decision. */
  OFFICIAL_DOCUMENT,
  /** A government or institutional press release or news item. */
  PRESS_RELEASE,
  /** Any other web page. */
  OTHER_WEB_PAGE
}
