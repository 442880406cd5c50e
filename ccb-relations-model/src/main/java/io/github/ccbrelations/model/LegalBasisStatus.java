package io.github.ccbrelations.model;

/** Where the legal bases of a {@link Role} come from, or that there are none. */
public enum LegalBasisStatus {
  /** The source page names the legal basis. */
  STATED_ON_PAGE,
  /** The page names none; the legal bases given come from other official sources, each cited. */
  FROM_OTHER_SOURCES,
  /** Neither the page nor a verified source states a legal basis; the role lists none. */
  NONE_STATED
}
