package io.github.ccbrelations.model;

import org.immutables.value.Value;

/**
 * The stable identifier of a body record: a readable lower-case slug such as {@code "enisa"}.
 *
 * <p>Once released, an identifier never changes meaning.
 */
@Value.Immutable
public interface BodyId extends Comparable<BodyId> {
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
   * @param value a slug such as {@code "enisa"}
   * @return the identifier; never null
   * @throws IllegalArgumentException if the value is not a lower-case slug
   */
  static BodyId of(String value) {
    return ImmutableBodyId.of(value);
  }

  @Value.Check
  default void check() {
    Checks.slug("body id", value());
  }

  @Override
  default int compareTo(BodyId other) {
    return value().compareTo(other.value());
  }
}
