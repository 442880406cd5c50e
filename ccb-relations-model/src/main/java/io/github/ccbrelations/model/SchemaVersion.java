package io.github.ccbrelations.model;

import org.immutables.value.Value;

/**
 * The semantic version {@code MAJOR.MINOR.PATCH} of the dataset format. A reader understands every file of its own
 * major version; a new major version changes the meaning or shape of existing fields.
 */
@Value.Immutable
public interface SchemaVersion extends Comparable<SchemaVersion> {
  /**
   * The version as written.
   *
   * @return {@code MAJOR.MINOR.PATCH}; never null
   */
  @Value.Parameter
  String text();

  /**
   * Parses {@code MAJOR.MINOR.PATCH}.
   *
   * @param text the version text
   * @return the version; never null
   * @throws IllegalArgumentException if the text has another form
   */
  static SchemaVersion parse(String text) {
    return ImmutableSchemaVersion.of(text);
  }

  /**
   * The major part.
   *
   * @return 0 or more
   */
  default int major() {
    return Integer.parseInt(text().split("\\.")[0]);
  }

  /**
   * The minor part.
   *
   * @return 0 or more
   */
  default int minor() {
    return Integer.parseInt(text().split("\\.")[1]);
  }

  /**
   * The patch part.
   *
   * @return 0 or more
   */
  default int patch() {
    return Integer.parseInt(text().split("\\.")[2]);
  }

  @Override
  default int compareTo(SchemaVersion o) {
    int c = Integer.compare(major(), o.major());
    c = c != 0 ? c : Integer.compare(minor(), o.minor());
    return c != 0 ? c : Integer.compare(patch(), o.patch());
  }

  @Value.Check
  default void check() {
    if (!Checks.SCHEMA_VERSION.matcher(text()).matches()) {
      throw new IllegalArgumentException(
          "schema version must be MAJOR.MINOR.PATCH, like 1.0.0: '" + Checks.abbreviate(text()) + "'");
    }
  }
}
