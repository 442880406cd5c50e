package io.github.ccbrelations.model;

import org.immutables.value.Value;

/**
 * A CELEX number, the document number of EU law in EUR-Lex: sector, year, document type and number, such as
 * {@code 32016L1148} for the NIS Directive.
 *
 * <pre>{@code
 * Celex id = Celex.of("32016L1148");
 * }</pre>
 */
@Value.Immutable
public interface Celex {
  /**
   * The identifier as written.
   *
   * @return the text; never null
   */
  @Value.Parameter
  String value();

  /**
   * Makes the identifier, checking its format.
   *
   * @param value the text, such as {@code "32016L1148"}
   * @return the identifier; never null
   * @throws IllegalArgumentException if the text does not have the format
   */
  static Celex of(String value) {
    return ImmutableCelex.of(value);
  }

  @Value.Check
  default void check() {
    if (!Checks.CELEX.matcher(value()).matches()) {
      throw new IllegalArgumentException("CELEX number must look like 32016L1148 (sector digit or C/E, four-digit year,"
          + " type letters, number): '" + Checks.abbreviate(value()) + "'");
    }
  }

}
