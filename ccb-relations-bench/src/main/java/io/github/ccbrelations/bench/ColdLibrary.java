package io.github.ccbrelations.bench;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;

/**
 * A short-lived process: loads the bundled dataset and answers one plain query (for today). It prints without
 * string concatenation, as {@link ColdTokens} does: a {@code +} compiles to an invokedynamic whose first use costs a
 * cold JVM tens of milliseconds, which are the caller's, not the library's.
 */
public final class ColdLibrary {
  private ColdLibrary() {}

  /**
   * Runs it.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    Dataset data = CcbRelations.bundled();
    Body hwpci = data.findBodyByName("gthqc").orElseThrow();
    System.out.print(hwpci.id().value());
    System.out.print(' ');
    System.out.println(data.rolesIn(hwpci.id()).size());
  }
}
