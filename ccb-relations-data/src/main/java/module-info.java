/** The bundled dataset of the CCB's international relations, its loader and query helpers. */
module io.github.ccbrelations.data {
  requires transitive io.github.ccbrelations.model;
  requires com.fasterxml.jackson.core;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports io.github.ccbrelations.data;
  exports io.github.ccbrelations.data.violation;
}
