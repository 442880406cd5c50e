package io.github.ccbrelations.data;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference inside a record: a value that changed, or an element added to or removed from a list. Values are
 * given as compact JSON text, as they are written in the dataset file.
 */
public final class FieldChange {
  private final String path;
  private final Optional<String> before;
  private final Optional<String> after;

  FieldChange(String path, Optional<String> before, Optional<String> after) {
    this.path = Objects.requireNonNull(path);
    this.before = Objects.requireNonNull(before);
    this.after = Objects.requireNonNull(after);
  }

  /**
   * Where in the record, as a JSON path relative to it, such as {@code labels} or {@code validity.to}.
   *
   * @return the path; never null
   */
  public String path() {
    return path;
  }

  /**
   * The old value, or the list element removed.
   *
   * @return compact JSON; empty when the field or element was added
   */
  public Optional<String> before() {
    return before;
  }

  /**
   * The new value, or the list element added.
   *
   * @return compact JSON; empty when the field or element was removed
   */
  public Optional<String> after() {
    return after;
  }

  @Override
  public String toString() {
    return path + ": " + before.orElse("(none)") + " -> " + after.orElse("(none)");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldChange f && path.equals(f.path) && before.equals(f.before) && after.equals(f.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, before, after);
  }
}
