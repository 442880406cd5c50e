/**
 * Exports of the CCB's international relations: JSON-LD and Turtle, CSV, Mermaid and Graphviz DOT, and a
 * self-contained HTML explorer page.
 */
module io.github.ccbrelations.export {
  requires transitive io.github.ccbrelations.data;
  requires io.github.ccbrelations.text;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.jspecify;

  exports io.github.ccbrelations.export;
}
