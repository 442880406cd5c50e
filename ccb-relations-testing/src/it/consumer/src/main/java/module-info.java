/** A project that keeps records pointing at CCB bodies. */
module com.example.relations {
  requires io.github.ccbrelations.data;

  exports com.example.relations;
}
