package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.Counted;
import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.data.internal.json.ParsedDocument.FailedRecord;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.data.internal.json.ReadLimits;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every rule reads: the bound document, the rules' options, and the records by id, as the parser indexed them (a
 * repeated id is reported here, the first record keeps it); and where the rules write their violations.
 *
 * <p>A record that failed to bind is judged too where a rule reads none of its failed fields ({@link #withFailed},
 * {@link #intact}), so that one run reports every error of a broken record. The records by id that the rules follow
 * ({@link #byId}) are those of the duplicate-id check: the first of an id keeps it, failed or not.
 */
final class Context {
  final ParsedDocument doc;
  final RuleOptions options;
  /** The header: as bound, or as built on stand-ins for its failed fields; null when it is neither. */
  final @Nullable Located<DatasetHeader> header;
  /** The release date of the file; null when its header has none as the file gives it. */
  final @Nullable LocalDate released;
  /** The latest day a past event may be dated, and the latest day of any date; null without a release date. */
  final @Nullable LocalDate pastEventLimit;
  final @Nullable LocalDate horizon;
  final IdMaps ids;
  private final List<Violation> out = new ArrayList<>();
  private long notKept;
  private boolean errorNotKept;
  private int[] firstNotKept = {0, 0};
  /** The fields that failed in each record that failed to bind but was built on stand-ins, by the record's value. */
  private final Map<Object, Set<String>> failedFields;
  /** The sources and instruments by id as {@link #byId} has them, made when first asked for. */
  private @Nullable Map<SourceId, Source> sourcesById;
  private @Nullable Map<InstrumentId, LegalInstrument> instrumentsById;

  Context(ParsedDocument doc, RuleOptions options) {
    this.doc = doc;
    this.options = options;
    this.failedFields = failedFields(doc.failedRecords());
    List<Located<DatasetHeader>> failedHeader = withFailed(List.of(), DatasetHeader.class);
    this.header = doc.header() != null ? new Located<>(doc.header(), -1, doc.released())
        : failedHeader.isEmpty() ? null : failedHeader.get(0);
    this.released = header == null || !intact(header, "released") ? null : header.value().released();
    this.pastEventLimit = released == null ? null : released.plus(options.pastEventTolerance());
    this.horizon = released == null ? null : released.plus(RuleOptions.HORIZON);
    this.ids = doc.ids();
    for (IdMaps.Repeated r : ids.repeated) {
      error(ViolationCode.DUPLICATE_ID, r.line(), r.column(), "$." + r.array() + "[" + r.index() + "].id", r.id(),
          "another record in '" + r.array() + "' already has the id '" + r.id() + "'");
    }
  }

  private static Map<Object, Set<String>> failedFields(List<FailedRecord> failed) {
    if (failed.isEmpty()) {
      // The way of every load that binds: no map made.
      return Map.of();
    }
    Map<Object, Set<String>> out = new IdentityHashMap<>();
    for (FailedRecord f : failed) {
      out.put(f.record().value(), f.failedFields());
    }
    return out;
  }

  /**
   * The records of one type that bound, and those that failed to bind but were built on stand-ins, in file order: a
   * rule that reads them asks {@link #intact} of each field it reads.
   */
  <T> List<Located<T>> withFailed(List<Located<T>> bound, Class<T> type) {
    if (failedFields.isEmpty()) {
      return bound;
    }
    List<Located<T>> all = new ArrayList<>(bound);
    for (FailedRecord f : doc.failedRecords()) {
      Located<?> r = f.record();
      if (type.isInstance(r.value())) {
        all.add(new Located<>(type.cast(r.value()), r.index(), r.line(), r.column()));
      }
    }
    all.sort(Comparator.comparingInt(Located::index));
    return all;
  }

  /**
   * Whether a field of a record holds what the file gives: always in a record that bound; in one built on stand-ins,
   * unless its value failed, is missing, or lost an entry of its list (its indexes are then not the file's either).
   */
  boolean intact(Located<?> r, String field) {
    return intactIn(r.value(), field);
  }

  /** Whether a field of a record, given as its value, holds what the file gives ({@link #intact}). */
  boolean intactIn(Object record, String field) {
    if (failedFields.isEmpty()) {
      return true;
    }
    Set<String> failed = failedFields.get(record);
    return failed == null || !failed.contains(field);
  }

  /**
   * The records of one type by id as the duplicate-id check has them: the first of an id keeps it, one that failed to
   * bind included, of which a rule asks {@link #intactIn} of each field it reads. The records that bound, by id, when
   * none of the type failed.
   */
  <T, K> Map<K, T> byId(List<Located<T>> bound, Map<K, T> boundById, Class<T> type, Function<T, K> idOf) {
    List<Located<T>> all = withFailed(bound, type);
    if (all.size() == bound.size()) {
      return boundById;
    }
    Map<K, T> out = new HashMap<>();
    for (Located<T> r : all) {
      out.putIfAbsent(idOf.apply(r.value()), r.value());
    }
    return out;
  }

  /** The source of an id as {@link #byId} has it; null for none. */
  @Nullable Source source(SourceId id) {
    if (sourcesById == null) {
      sourcesById = byId(doc.sources(), ids.sources, Source.class, Source::id);
    }
    return sourcesById.get(id);
  }

  /** The instrument of an id as {@link #byId} has it; null for none. */
  @Nullable LegalInstrument instrument(InstrumentId id) {
    if (instrumentsById == null) {
      instrumentsById = byId(doc.instruments(), ids.instruments, LegalInstrument.class, LegalInstrument::id);
    }
    return instrumentsById.get(id);
  }

  /** Whether a record of a type has an id, or failed to bind with it (and is reported already). */
  boolean isKnown(RecordType type, String id) {
    // Ids read from the file are checked slugs, so they make valid ids.
    Object typed = switch (type) {
      case SOURCE -> SourceId.of(id);
      case BODY -> BodyId.of(id);
      case INSTRUMENT -> InstrumentId.of(id);
      case ROLE -> RoleId.of(id);
    };
    // A reference to a record that failed to bind is not dangling: the record's own violations say what to fix.
    return ids.has(type, typed) || ids.failed(type.arrayName(), id);
  }

  void error(ViolationCode code, Located<?> r, Object path, String recordId, String message) {
    add(code, Severity.ERROR, r.line(), r.column(), path, Optional.of(recordId), message);
  }

  void warning(ViolationCode code, Located<?> r, Object path, String recordId, String message) {
    add(code, Severity.WARNING, r.line(), r.column(), path, Optional.of(recordId), message);
  }

  /** A violation at a place of its own, in a record that failed to bind (its id may be unknown: empty). */
  void error(ViolationCode code, int line, int column, String path, String recordId, String message) {
    add(code, Severity.ERROR, line, column, path, recordId.isEmpty() ? Optional.empty() : Optional.of(recordId),
        message);
  }

  /** A violation of the header's release date, placed at it. */
  void releaseDateError(ViolationCode code, String message) {
    ParsedDocument.Position at = doc.released();
    add(code, Severity.ERROR, at.line(), at.column(), "$.header.released", Optional.empty(), message);
  }

  private void add(ViolationCode code, Severity severity, int line, int column, Object path,
      Optional<String> recordId, String message) {
    if (out.size() < ReadLimits.MAX_VIOLATIONS) {
      out.add(new Violation(code, severity, doc.sourceName(), line, column, path.toString(), recordId, message));
      return;
    }
    // Past the limit a violation is counted, not kept: a file can hold millions, each costing a message.
    if (notKept++ == 0) {
      firstNotKept = new int[] {line, column};
    }
    errorNotKept |= severity == Severity.ERROR;
  }

  /** The violations found, in the order found; past {@link ReadLimits#MAX_VIOLATIONS}, one more says how many more. */
  List<Violation> violations() {
    if (notKept == 0) {
      return out;
    }
    List<Violation> all = new ArrayList<>(out);
    all.add(new Violation(ViolationCode.LIMIT_EXCEEDED, errorNotKept ? Severity.ERROR : Severity.WARNING,
        doc.sourceName(), firstNotKept[0], firstNotKept[1], "$", Optional.empty(), "and "
            + Counted.of(notKept, "more violation", "more violations") + " of the rules, not listed: a report keeps "
            + ReadLimits.MAX_VIOLATIONS));
    return all;
  }
}
