/**
 * Exports of a {@link io.github.ccbrelations.data.Dataset}: linked data ({@link
 * io.github.ccbrelations.export.RdfExport Turtle and JSON-LD} on W3C ORG, SKOS, PROV, Dublin Core, OWL-Time and
 * ELI), {@link io.github.ccbrelations.export.CsvExport CSV} and {@link io.github.ccbrelations.export.GraphExport
 * Mermaid and Graphviz DOT} pictures of the relations, and the {@link io.github.ccbrelations.export.HtmlExport
 * explorer page} (one self-contained HTML file with the diagram, the roles, search, a date and a language switch).
 *
 * <p>Every export is a pure function of the dataset and, where it applies, a language: the same dataset always
 * gives the same text, records in dataset order. Nothing here returns {@code null}.
 */
@NullMarked
package io.github.ccbrelations.export;

import org.jspecify.annotations.NullMarked;
