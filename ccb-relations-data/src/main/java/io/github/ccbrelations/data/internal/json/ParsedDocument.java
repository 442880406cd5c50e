package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The records of a dataset file as bound, before the rules between records, with where each record starts.
 *
 * @param header null only in a document that has violations (it is missing or failed to bind)
 * @param released where the header's release date starts, the one field of it the rules judge; (0, 0) when the header
 *     did not bind
 * @param redirects the redirects of retired ids; the array is optional in the file
 * @param bindingViolations records that could not be bound, each with its violation; the lists of records hold only
 *     the others
 * @param atTheirList those of the binding violations placed at the list that holds the entry their path names (an
 *     entry its object's own check refused): the binder keeps no place of a list's entries, so the second walk that
 *     places the rules' violations places these too
 * @param brokenArrays top-level arrays that are missing or not arrays: references into them are not reported
 * @param ids the records by id, in file order, with the records whose id was taken already and the ids of the records
 *     that could not be bound (references to them are not reported)
 * @param references the references that did not resolve when their record was read (of a record that failed to bind:
 *     all)
 * @param citations the citations that did not resolve when their record was read, as for references
 * @param failedRecords the records (and the header) that could not be bound but were built on stand-ins for the
 *     fields that failed, for the rules that read none of those fields
 */
public record ParsedDocument(String sourceName, @Nullable DatasetHeader header, Position released,
    List<Located<Source>> sources, List<Located<Body>> bodies, List<Located<LegalInstrument>> instruments,
    List<Located<Role>> roles, List<Located<Redirect>> redirects, List<Violation> bindingViolations,
    List<Violation> atTheirList, Set<String> brokenArrays, IdMaps ids, List<Reference> references,
    List<Citation> citations, List<FailedRecord> failedRecords) {

  /** Where a record starts in the file. */
  public record Position(int line, int column) {
    /** The place of a location of the parser's; line and column 0 when there is none. */
    static Position of(@Nullable JsonLocation at) {
      return at == null ? new Position(0, 0) : new Position(Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
    }
  }

  /** One record with its array index and where it starts (kept as numbers: one object less per record). */
  public record Located<T>(T value, int index, int line, int column) {
    public Located(T value, int index, Position at) {
      this(value, index, at.line(), at.column());
    }
  }

  /**
   * A reference (placed at its value) that did not resolve when its record was read: the rules check it once every
   * record is. The record's id is empty when unknown.
   */
  public record Reference(RecordType target, String id, int line, int column, String path, String recordId) {}

  /** A citation (placed at its object) that did not resolve when its record was read; as {@link Reference}. */
  public record Citation(SourceReference citation, int line, int column, String path, String recordId) {}

  /**
   * A record that could not be bound, built on stand-ins for its failed and missing fields ({@code StandIns}), with its
   * index and place; the header's index is -1.
   *
   * @param failedFields the fields whose values failed, are missing, or lost an entry of their list: the others hold
   *     what the file gives
   */
  public record FailedRecord(Located<?> record, Set<String> failedFields) {}

  /**
   * Records given whole, such as those of a loaded dataset: indexed by id here; they loaded, so no reference is left
   * unresolved.
   */
  public ParsedDocument(String sourceName, DatasetHeader header, List<Located<Source>> sources,
      List<Located<Body>> bodies, List<Located<LegalInstrument>> instruments, List<Located<Role>> roles,
      List<Located<Redirect>> redirects) {
    this(sourceName, header, new Position(0, 0), sources, bodies, instruments, roles, redirects, List.of(), List.of(),
        Set.of(), IdMaps.of(sources, bodies, instruments, roles), List.of(), List.of(), List.of());
  }
}
