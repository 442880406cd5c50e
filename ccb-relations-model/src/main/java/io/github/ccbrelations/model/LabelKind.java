package io.github.ccbrelations.model;

/** What a {@link Label} is: an official name, a short form, an acronym or another wording. */
public enum LabelKind {
  /** The official name or title in that language; at most one per language. */
  NAME,
  /** An official or customary short name, such as "Cybersecurity Act". */
  SHORT_NAME,
  /** An acronym or abbreviation, such as "ENISA" or "GTHQC". */
  ACRONYM,
  /** Another wording in use, such as the source page's own wording where it differs from the official name. */
  ALTERNATIVE,
  /** A name the record had earlier. */
  FORMER_NAME
}
