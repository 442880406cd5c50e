package io.github.ccbrelations.model;

/** Whether a role goes on after every legal basis recorded for it has ended: see {@link BasesEnded}. */
public enum Continuation {
  /** A source says the role goes on, on a basis the dataset does not record. */
  CONTINUES,
  /** A source says the role ended with its bases. */
  ENDED,
  /** No source read says whether the role goes on. */
  UNKNOWN
}
