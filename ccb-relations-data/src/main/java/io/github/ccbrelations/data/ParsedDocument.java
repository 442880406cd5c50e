package io.github.ccbrelations.data;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Source;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The records of a dataset file as bound, before their references are checked, with where each record starts.
 */
final class ParsedDocument {

  /** Where a record starts in the file. */
  record Position(int line, int column) {}

  /** One record with its array index and where it starts (kept as numbers: one object less per record). */
  record Located<T>(T value, int index, int line, int column) {
    Located(T value, int index, Position at) {
      this(value, index, at.line(), at.column());
    }

    Position position() {
      return new Position(line, column);
    }
  }

  final String sourceName;
  /** The header; null only in a document that has violations (it is missing or failed to bind). */
  final @Nullable DatasetHeader header;
  final Position headerPosition;
  final List<Located<Source>> sources;
  final List<Located<Body>> bodies;
  final List<Located<LegalInstrument>> instruments;
  final List<Located<Role>> roles;
  /** The redirects of retired ids; the array is optional in the file. */
  final List<Located<Redirect>> redirects;
  /** Records that could not be bound, each with its violation; the lists above hold only the others. */
  final List<Violation> bindingViolations;
  /** Per top-level array, the ids of records that could not be bound, so references to them are not reported. */
  final Map<String, Set<String>> failedIds;
  /** Top-level arrays that are missing or not arrays: references into them are not reported as dangling. */
  final Set<String> brokenArrays;

  ParsedDocument(
      String sourceName,
      @Nullable DatasetHeader header,
      Position headerPosition,
      List<Located<Source>> sources,
      List<Located<Body>> bodies,
      List<Located<LegalInstrument>> instruments,
      List<Located<Role>> roles,
      List<Located<Redirect>> redirects,
      List<Violation> bindingViolations,
      Map<String, Set<String>> failedIds,
      Set<String> brokenArrays) {
    this.sourceName = sourceName;
    this.header = header;
    this.headerPosition = headerPosition;
    this.sources = List.copyOf(sources);
    this.bodies = List.copyOf(bodies);
    this.instruments = List.copyOf(instruments);
    this.roles = List.copyOf(roles);
    this.redirects = List.copyOf(redirects);
    this.bindingViolations = List.copyOf(bindingViolations);
    Map<String, Set<String>> ids = new HashMap<>();
    failedIds.forEach((k, v) -> ids.put(k, Set.copyOf(v)));
    this.failedIds = Map.copyOf(ids);
    this.brokenArrays = Set.copyOf(brokenArrays);
  }
}
