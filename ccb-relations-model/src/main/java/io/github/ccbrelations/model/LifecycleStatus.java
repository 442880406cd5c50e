package io.github.ccbrelations.model;

/** Where a record stands on a given day. */
public enum LifecycleStatus {
  /** The day is before the record starts: a role not yet held, an instrument not yet in force. */
  NOT_YET_VALID,
  /** The record holds on the day. */
  ACTIVE,
  /** The record ended before the day and nothing in the dataset replaced it. */
  ENDED,
  /** The record ended before the day and another record replaced it. */
  SUPERSEDED
}
