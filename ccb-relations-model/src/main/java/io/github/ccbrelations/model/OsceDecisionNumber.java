package io.github.ccbrelations.model;

import org.immutables.value.Value;

/**
 * The symbol of a decision of an OSCE decision-making body, such as {@code PC.DEC/1202} for Permanent Council Decision
 * No. 1202.
 *
 * <pre>{@code
 * OsceDecisionNumber id = OsceDecisionNumber.of("PC.DEC/1202");
 * }</pre>
 */
@Value.Immutable
public interface OsceDecisionNumber {
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
   * @param value the text, such as {@code "PC.DEC/1202"}
   * @return the identifier; never null
   * @throws IllegalArgumentException if the text does not have the format
   */
  static OsceDecisionNumber of(String value) {
    return ImmutableOsceDecisionNumber.of(value);
  }

  @Value.Check
  default void check() {
    if (!Checks.OSCE_DECISION.matcher(value()).matches()) {
      throw new IllegalArgumentException("OSCE decision number must look like PC.DEC/1202 (PC, MC or FSC, then .DEC/"
          + " and a number): '" + Checks.abbreviate(value()) + "'");
    }
  }

}
