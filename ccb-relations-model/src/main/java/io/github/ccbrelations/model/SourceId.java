package io.github.ccbrelations.model;

import org.immutables.value.Value;

/**
 * The stable identifier of a source record: a readable lower-case slug such as {@code "ccb-page-fr"}.
 *
 * <p>Once released, an identifier never changes meaning.
 */
@Value.Immutable
public interface SourceId extends Comparable<SourceId> {
  /**
   * The slug.
   *
   * @return letters a-z, digits and single hyphens; never null
   */
  @Value.Parameter
  String value();

  /**
   * Makes an identifier from its slug.
   *
   * @param value a slug such as {@code "ccb-page-fr"}
   * @return the identifier; never null
   * @throws IllegalArgumentException if the value is not a lower-case slug
   */
  static SourceId of(String value) {
    return ImmutableSourceId.of(value);
  }

  @Value.Check
  default void check() {
    Checks.slug("source id", value());
  }

  @Override
  default int compareTo(SourceId other) {
    return value().compareTo(other.value());
  }
}
