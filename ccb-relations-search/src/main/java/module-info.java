/** Ranked search of the CCB's international relations by name, with suggestions for typos. */
module io.github.ccbrelations.search {
  requires transitive io.github.ccbrelations.data;
  requires io.github.ccbrelations.text;
  requires org.apache.commons.text;
  requires static org.jspecify;

  exports io.github.ccbrelations.search;
}
