package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.model.RecordType;
import java.util.List;
import java.util.Optional;

/**
 * How one record differs between two datasets.
 *
 * @param type the type of the record
 * @param id the id of the record
 * @param kind what happened
 * @param redirectedTo where a retired id now points; empty unless the kind is {@link Kind#REDIRECTED}
 * @param fields the field-level differences; empty unless the kind is {@link Kind#CHANGED}
 */
public record RecordChange(RecordType type, String id, Kind kind, Optional<String> redirectedTo,
    List<FieldChange> fields) {
  /** What happened to the record. */
  public enum Kind {
    /** The id is new. */
    ADDED,
    /** The id is gone and no redirect replaces it. */
    REMOVED,
    /** The id is gone and now redirects to another record. */
    REDIRECTED,
    /** The id is in both, with different content. */
    CHANGED
  }

  public RecordChange {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(redirectedTo, "redirectedTo");
    fields = List.copyOf(requireNonNull(fields, "fields"));
  }

  @Override
  public String toString() {
    return kind + " " + type + " " + id + redirectedTo.map(t -> " -> " + t).orElse("")
        + (fields.isEmpty() ? "" : " " + fields);
  }
}
