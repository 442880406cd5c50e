package io.github.ccbrelations.model;

/** A condition the source page puts on a role. */
public enum Condition {
  /** "Sur demande": only when asked. */
  ON_REQUEST,
  /** "Le cas échéant": where appropriate. */
  WHERE_APPROPRIATE
}
