package io.github.ccbrelations.bench;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;

/** A short-lived process: loads the bundled dataset and answers one plain query (for today). */
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
    System.out.println(hwpci.id().value() + " " + data.rolesIn(hwpci.id()).size());
  }
}
