package io.github.ccbrelations.model;

import org.immutables.value.Value;

/**
 * The stable identifier of a role record: a readable lower-case slug such as {@code "ccb-spoc-nis"}.
 *
 * <p>Once released, an identifier never changes meaning.
 */
@Value.Immutable
public interface RoleId extends Comparable<RoleId> {
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
   * @param value a slug such as {@code "ccb-spoc-nis"}
   * @return the identifier; never null
   * @throws IllegalArgumentException if the value is not a lower-case slug
   */
  static RoleId of(String value) {
    return ImmutableRoleId.of(value);
  }

  @Value.Check
  default void check() {
    Checks.slug("role id", value());
  }

  @Override
  default int compareTo(RoleId other) {
    return value().compareTo(other.value());
  }
}
