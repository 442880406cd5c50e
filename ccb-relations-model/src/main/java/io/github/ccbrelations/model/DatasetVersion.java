package io.github.ccbrelations.model;

import org.immutables.value.Value;

/**
 * The calendar version of a dataset release, {@code YYYY.MM.N}: the year and month of the release and a counter
 * of releases in that month, such as {@code 2026.11.0}.
 */
@Value.Immutable
public interface DatasetVersion extends Comparable<DatasetVersion> {
  /**
   * The version as written.
   *
   * @return {@code YYYY.MM.N}; never null
   */
  @Value.Parameter
  String text();

  /**
   * Parses {@code YYYY.MM.N}.
   *
   * @param text the version text
   * @return the version; never null
   * @throws IllegalArgumentException if the text has another form
   */
  static DatasetVersion parse(String text) {
    return ImmutableDatasetVersion.of(text);
  }

  /**
   * The year part.
   *
   * @return 0 or more
   */
  default int year() {
    return Integer.parseInt(text().split("\\.")[0]);
  }

  /**
   * The month part.
   *
   * @return 0 or more
   */
  default int month() {
    return Integer.parseInt(text().split("\\.")[1]);
  }

  /**
   * The release part.
   *
   * @return 0 or more
   */
  default int release() {
    return Integer.parseInt(text().split("\\.")[2]);
  }

  @Override
  default int compareTo(DatasetVersion o) {
    int c = Integer.compare(year(), o.year());
    c = c != 0 ? c : Integer.compare(month(), o.month());
    return c != 0 ? c : Integer.compare(release(), o.release());
  }

  @Value.Check
  default void check() {
    if (!Checks.DATASET_VERSION.matcher(text()).matches()) {
      throw new IllegalArgumentException(
          "dataset version must be YYYY.MM.N, like 2026.11.0: '" + Checks.abbreviate(text()) + "'");
    }
  }
}
