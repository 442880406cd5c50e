package io.github.ccbrelations.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/** The header of a dataset file: what release it is, in which format, and what it was made from. */
@Value.Immutable
public interface DatasetHeader {
  /**
   * The release of the data.
   *
   * @return the calendar version; never null
   */
  DatasetVersion datasetVersion();

  /**
   * The version of the file format.
   *
   * @return the semantic version; never null
   */
  SchemaVersion schemaVersion();

  /**
   * The day the data was released.
   *
   * @return the day; never null
   */
  LocalDate released();

  /**
   * The primary documents the dataset transcribes, as ids of its source records.
   *
   * @return at least one source id; never null
   */
  List<SourceId> primarySources();

  /**
   * A builder of headers.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DatasetHeader}. */
  final class Builder extends ImmutableDatasetHeader.Builder {
    /** A new, empty builder; prefer {@link DatasetHeader#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    if (primarySources().isEmpty()) {
      throw new InvalidFieldException("primarySources", "the dataset header must name at least one primary source");
    }
    List<String> ids = new ArrayList<>(primarySources().size());
    for (SourceId s : primarySources()) {
      ids.add(s.value());
    }
    Refusals refusals = new Refusals();
    refusals.distinct("primarySources", ids);
    refusals.throwIfAny();
  }
}
