package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.model.Source;

/**
 * Every source a record cites exists, with the section and paragraph it names. The parser settles each citation as
 * its record is read and leaves here, with their places, only those that did not resolve then, as for
 * {@link References}.
 */
final class Citations implements Rule {
  @Override
  public void check(Context c) {
    for (ParsedDocument.Citation cited : c.doc.citations()) {
      Source source = c.sources.get(cited.citation().source());
      // An unknown source is reported by References, with the other references of the record.
      if (source != null) {
        IdMaps.CitationProblem problem = IdMaps.problem(source, cited.citation());
        if (problem != null) {
          c.error(ViolationCode.DANGLING_REFERENCE, cited.line(), cited.column(), cited.path() + "." + problem.field(),
              cited.recordId(), problem.message());
        }
      }
    }
  }
}
