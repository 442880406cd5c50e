package com.example.relations.modular;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.export.RdfExport;

/** The bundled dataset as Turtle. */
public final class RelationsAsTurtle {
  private RelationsAsTurtle() {}

  /**
   * The Turtle text.
   *
   * @return the bundled dataset as Turtle; never null
   */
  public static String turtle() {
    return RdfExport.turtle(CcbRelations.bundled());
  }
}
