package io.github.ccbrelations.data;

/** Placeholder, replaced below. */
public final class CcbRelations {
  private CcbRelations() {}
}
