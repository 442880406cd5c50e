/** Immutable value types of the CCB's international relations: plain values, with no Jackson. */
module io.github.ccbrelations.model {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.ccbrelations.model;
}
