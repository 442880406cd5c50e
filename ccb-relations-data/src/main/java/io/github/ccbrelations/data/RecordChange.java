package io.github.ccbrelations.data;

import io.github.ccbrelations.model.RecordType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How one record differs between two datasets. */
public final class RecordChange {
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

  private final RecordType type;
  private final String id;
  private final Kind kind;
  private final Optional<String> redirectedTo;
  private final List<FieldChange> fields;

  RecordChange(RecordType type, String id, Kind kind, Optional<String> redirectedTo, List<FieldChange> fields) {
    this.type = Objects.requireNonNull(type);
    this.id = Objects.requireNonNull(id);
    this.kind = Objects.requireNonNull(kind);
    this.redirectedTo = Objects.requireNonNull(redirectedTo);
    this.fields = List.copyOf(fields);
  }

  /**
   * The type of the record.
   *
   * @return the type; never null
   */
  public RecordType type() {
    return type;
  }

  /**
   * The id of the record.
   *
   * @return the id; never null
   */
  public String id() {
    return id;
  }

  /**
   * What happened.
   *
   * @return the kind; never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Where a retired id now points.
   *
   * @return the new id; empty unless the kind is {@link Kind#REDIRECTED}
   */
  public Optional<String> redirectedTo() {
    return redirectedTo;
  }

  /**
   * The field-level differences.
   *
   * @return the changes; empty unless the kind is {@link Kind#CHANGED}
   */
  public List<FieldChange> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return kind + " " + type + " " + id + redirectedTo.map(t -> " -> " + t).orElse("")
        + (fields.isEmpty() ? "" : " " + fields);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordChange c
        && type == c.type
        && id.equals(c.id)
        && kind == c.kind
        && redirectedTo.equals(c.redirectedTo)
        && fields.equals(c.fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id, kind, redirectedTo, fields);
  }
}
