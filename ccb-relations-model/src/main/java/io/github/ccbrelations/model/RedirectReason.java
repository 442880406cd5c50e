package io.github.ccbrelations.model;

/** Why a released id now points to another record. */
public enum RedirectReason {
  /** The record was given a better id; it is the same thing. */
  RENAMED,
  /** The record was merged into another one. */
  MERGED
}
