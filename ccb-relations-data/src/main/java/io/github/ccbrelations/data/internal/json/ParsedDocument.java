package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.Violation;
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
public final class ParsedDocument {

  /** Where a record starts in the file. */
  public record Position(int line, int column) {}

  /** One record with its array index and where it starts (kept as numbers: one object less per record). */
  public record Located<T>(T value, int index, int line, int column) {
    public Located(T value, int index, Position at) {
      this(value, index, at.line(), at.column());
    }

    public Position position() {
      return new Position(line, column);
    }
  }

  public final String sourceName;
  /** The header; null only in a document that has violations (it is missing or failed to bind). */
  public final @Nullable DatasetHeader header;
  public final Position headerPosition;
  public final List<Located<Source>> sources;
  public final List<Located<Body>> bodies;
  public final List<Located<LegalInstrument>> instruments;
  public final List<Located<Role>> roles;
  /** The redirects of retired ids; the array is optional in the file. */
  public final List<Located<Redirect>> redirects;
  /** Records that could not be bound, each with its violation; the lists above hold only the others. */
  public final List<Violation> bindingViolations;
  /** Per top-level array, the ids of records that could not be bound, so references to them are not reported. */
  public final Map<String, Set<String>> failedIds;
  /** Top-level arrays that are missing or not arrays: references into them are not reported as dangling. */
  public final Set<String> brokenArrays;

  public ParsedDocument(
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
