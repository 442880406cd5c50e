package io.github.ccbrelations.data.violation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The dataset is wrong; loading fails. */
  ERROR,
  /** The dataset loads, but something deserves a look. */
  WARNING
}
