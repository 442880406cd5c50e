package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Source;

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
    for (ParsedDocument.Citation cited : c.doc.citations()) {
      // A source that failed to bind is judged on its sections when they did not fail; an unknown one is reported
      // above, with the other references of the record.
      Source source = c.source(cited.citation().source());
      IdMaps.CitationProblem problem = source == null || !c.intactIn(source, "sections") ? null
          : IdMaps.problem(source, cited.citation());
      if (problem != null) {
        c.error(ViolationCode.DANGLING_REFERENCE, cited.line(), cited.column(), cited.path() + "." + problem.field(),
            cited.recordId(), problem.message());
      }
    }
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
