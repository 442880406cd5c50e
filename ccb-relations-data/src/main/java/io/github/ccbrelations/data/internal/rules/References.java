package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every body, instrument, role and source a record (or the header) names exists, with the section and paragraph a
 * citation names. The binder notes each reference field as it reads it ({@code RecordIds}: a new reference field is
 * one {@code ids.bodyId()} or the like in {@code RecordBinder}) and the parser resolves references and citations as
 * they are read, or else as their record ends; only those that did not resolve then (a reference further on, to none,
 * or in a record that failed to bind) are left here, with their places. Records given whole (a loaded dataset) have
 * none left: they loaded, so their references resolve.
 */
final class References implements Rule {
  @Override
  public void check(Context c) {
    // The header's primary sources are among them, noted as it was read.
    for (ParsedDocument.Reference r : c.doc.references()) {
      if (!c.isKnown(r.target(), r.id())) {
        c.error(ViolationCode.DANGLING_REFERENCE, r.line(), r.column(), r.path(), r.recordId(),
            "unknown " + noun(r.target()) + " '" + r.id() + "'");
      }
    }
    Map<SourceId, Located<Source>> failedSources = failedSources(c);
    for (ParsedDocument.Citation cited : c.doc.citations()) {
      Source source = c.ids.sources.get(cited.citation().source());
      if (source == null) {
        Located<Source> failed = failedSources.get(cited.citation().source());
        source = failed != null && c.intact(failed, "sections") ? failed.value() : null;
      }
      // An unknown source is reported above, with the other references of the record.
      IdMaps.CitationProblem problem = source == null ? null : IdMaps.problem(source, cited.citation());
      if (problem != null) {
        c.error(ViolationCode.DANGLING_REFERENCE, cited.line(), cited.column(), cited.path() + "." + problem.field(),
            cited.recordId(), problem.message());
      }
    }
  }

  /**
   * The sources that failed to bind but were built on stand-ins, by id (the first of an id, which keeps it): a citation
   * of one is checked against its sections too, when they did not fail.
   */
  private static Map<SourceId, Located<Source>> failedSources(Context c) {
    Map<SourceId, Located<Source>> out = new HashMap<>();
    for (Located<Source> s : c.withFailed(List.of(), Source.class)) {
      out.putIfAbsent(s.value().id(), s);
    }
    return out;
  }

  private static String noun(RecordType type) {
    return switch (type) {
      case SOURCE -> "source";
      case BODY -> "body";
      case INSTRUMENT -> "legal instrument";
      case ROLE -> "role";
    };
  }
}
