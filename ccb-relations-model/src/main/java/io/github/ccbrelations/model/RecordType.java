package io.github.ccbrelations.model;

/** The types of record in a dataset, by the name of their top-level array. */
public enum RecordType {
  /** {@link Source} records, array {@code sources}. */
  SOURCE("sources"),
  /** {@link Body} records, array {@code bodies}. */
  BODY("bodies"),
  /** {@link LegalInstrument} records, array {@code instruments}. */
  INSTRUMENT("instruments"),
  /** {@link Role} records, array {@code roles}. */
  ROLE("roles");

  private final String arrayName;

  RecordType(String arrayName) {
    this.arrayName = arrayName;
  }

  /**
   * The name of the top-level JSON array that holds records of this type.
   *
   * @return such as {@code "bodies"}; never null
   */
  public String arrayName() {
    return arrayName;
  }
}
