package io.github.ccbrelations.testing;

import java.util.Objects;
import java.util.Optional;

/** One of a project's own references that does not name a current record of the dataset. */
public final class ReferenceProblem {
  /** What is wrong with the reference. */
  public enum Kind {
    /** No record has the id and no redirect starts at it. */
    UNKNOWN,
    /** The id was retired (renamed or merged); {@link #suggestion()} is the id to use instead. */
    RETIRED,
    /**
     * The record exists but does not hold on the dataset's day, as {@code Dataset.lifecycleOf} tells: the day of an
     * {@code asOf(date)} view, today (by the dataset's clock) for the dataset as loaded or its {@code allTime()}
     * view. It is not yet, or no longer, in existence, in force or valid, or it was superseded.
     */
    NOT_CURRENT
  }

  private final String id;
  private final Kind kind;
  private final Optional<String> suggestion;
  private final String message;

  ReferenceProblem(String id, Kind kind, Optional<String> suggestion, String message) {
    this.id = Objects.requireNonNull(id);
    this.kind = Objects.requireNonNull(kind);
    this.suggestion = Objects.requireNonNull(suggestion);
    this.message = Objects.requireNonNull(message);
  }

  /**
   * The id as the project wrote it.
   *
   * @return the id; never null
   */
  public String id() {
    return id;
  }

  /**
   * What is wrong.
   *
   * @return the kind; never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The id to use instead: the record a retired id redirects to, or the successor of a superseded record.
   *
   * @return the id; empty when there is nothing to suggest
   */
  public Optional<String> suggestion() {
    return suggestion;
  }

  /**
   * What is wrong, in words.
   *
   * @return the message; never null
   */
  public String message() {
    return message;
  }

  /**
   * The problem on one line.
   *
   * @return such as {@code 'old-id' RETIRED: renamed; use 'new-id'}; never null
   */
  @Override
  public String toString() {
    return "'" + id + "' " + kind + ": " + message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReferenceProblem p && id.equals(p.id) && kind == p.kind && suggestion.equals(p.suggestion)
        && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, kind, suggestion, message);
  }
}
