package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One difference inside a record: a value that changed, or an element added to or removed from a list. Values are
 * given as compact JSON text, as they are written in the dataset file.
 *
 * @param path where in the record, as a JSON path relative to it, such as {@code labels} or {@code validity.to}
 * @param before the old value, or the list element removed; empty when the field or element was added
 * @param after the new value, or the list element added; empty when the field or element was removed
 */
public record FieldChange(String path, Optional<String> before, Optional<String> after) {
  public FieldChange {
    requireNonNull(path, "path");
    requireNonNull(before, "before");
    requireNonNull(after, "after");
  }

  @Override
  public String toString() {
    return path + ": " + before.orElse("(none)") + " -> " + after.orElse("(none)");
  }
}
