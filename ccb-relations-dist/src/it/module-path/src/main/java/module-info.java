/** A project that publishes the CCB's relations as linked data. */
module com.example.relations.modular {
  requires io.github.ccbrelations.data;
  requires io.github.ccbrelations.export;

  exports com.example.relations.modular;
}
