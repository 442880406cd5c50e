package io.github.ccbrelations.model;

import org.immutables.value.Value;

/**
 * The stable identifier of a legal instrument record: a readable lower-case slug such as {@code "nis-directive"}.
 *
 * <p>Once released, an identifier never changes meaning.
 */
@Value.Immutable
public interface InstrumentId extends Comparable<InstrumentId> {
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
   * @param value a slug such as {@code "nis-directive"}
   * @return the identifier; never null
   * @throws IllegalArgumentException if the value is not a lower-case slug
   */
  static InstrumentId of(String value) {
    return ImmutableInstrumentId.of(value);
  }

  @Value.Check
  default void check() {
    Checks.slug("legal instrument id", value());
  }

  @Override
  default int compareTo(InstrumentId other) {
    return value().compareTo(other.value());
  }
}
