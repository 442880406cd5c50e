package io.github.ccbrelations.model;

import org.immutables.value.Value;

/**
 * A numac, the ten-digit number of a text in the Belgian Official Journal (Moniteur belge / Belgisch Staatsblad),
 * starting with its year, such as {@code 2019011507} for the NIS law of 7 April 2019.
 *
 * <pre>{@code
 * Numac id = Numac.of("2019011507");
 * }</pre>
 */
@Value.Immutable
public interface Numac {
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
   * @param value the text, such as {@code "2019011507"}
   * @return the identifier; never null
   * @throws IllegalArgumentException if the text does not have the format
   */
  static Numac of(String value) {
    return ImmutableNumac.of(value);
  }

  @Value.Check
  default void check() {
    if (!Checks.NUMAC.matcher(value()).matches()) {
      throw new IllegalArgumentException("numac must be ten digits starting with a year from 1831, like 2019011507: '"
          + Checks.abbreviate(value()) + "'");
    }
  }

}
