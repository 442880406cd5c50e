package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

/**
 * Every source a record cites exists, with the section and paragraph it names. In a file, the parser settles each
 * citation as its record is read and leaves here, with their places, only those that did not resolve then. Records
 * given whole (a loaded dataset) are walked through the table of the places that hold citations: a new one is one row.
 */
final class Citations implements Rule {
  /**
   * A place that holds citations: its path in the record ({@code []} marks a list of such places), how many such
   * places a record has, and the citations of the n-th.
   */
  record Place<T>(String path, ToIntFunction<T> count, BiFunction<T, Integer, List<SourceReference>> citations) {}

  static final List<Place<Body>> BODY_PLACES = List.of(
      new Place<>("establishedBy", b -> b.establishedBy().isPresent() ? 1 : 0,
          (b, n) -> b.establishedBy().orElseThrow().sources()),
      new Place<>("labels[]", b -> b.labels().size(), (b, n) -> b.labels().get(n).sources()),
      new Place<>("", b -> 1, (b, n) -> b.sources()));

  static final List<Place<LegalInstrument>> INSTRUMENT_PLACES = List.of(
      new Place<>("labels[]", i -> i.labels().size(), (i, n) -> i.labels().get(n).sources()),
      new Place<>("", i -> 1, (i, n) -> i.sources()));

  static final List<Place<Role>> ROLE_PLACES = List.of(
      new Place<>("legalBases[]", r -> r.legalBases().size(), (r, n) -> r.legalBases().get(n).sources()),
      new Place<>("subjects[]", r -> r.subjects().size(), (r, n) -> r.subjects().get(n).sources()),
      new Place<>("basesEnded", r -> r.basesEnded().isPresent() ? 1 : 0,
          (r, n) -> r.basesEnded().orElseThrow().sources()),
      new Place<>("", r -> 1, (r, n) -> r.sources()));

  @Override
  public void check(Context c) {
    for (ParsedDocument.Citation cited : c.doc.citations) {
      Source source = c.source(cited.citation().source());
      // An unknown source is reported by References, with the other references of the record.
      if (source != null) {
        IdMaps.CitationProblem problem = IdMaps.problem(source, cited.citation());
        if (problem != null) {
          c.error(ViolationCode.DANGLING_REFERENCE, cited.line(), cited.column(), cited.path() + "." + problem.field(),
              cited.recordId(), problem.message());
        }
      }
    }
    if (c.doc.resolvedWhileRead) {
      return;
    }
    check(c, "bodies", c.doc.bodies, BODY_PLACES);
    check(c, "instruments", c.doc.instruments, INSTRUMENT_PLACES);
    check(c, "roles", c.doc.roles, ROLE_PLACES);
  }

  private static <T> void check(Context c, String array, List<Located<T>> records, List<Place<T>> places) {
    for (Located<T> r : records) {
      for (Place<T> place : places) {
        int count = place.count().applyAsInt(r.value());
        for (int p = 0; p < count; p++) {
          List<SourceReference> refs = place.citations().apply(r.value(), p);
          for (int i = 0; i < refs.size(); i++) {
            SourceReference ref = refs.get(i);
            Source source = c.source(ref.source());
            IdMaps.CitationProblem problem = source == null
                ? c.failed(RecordType.SOURCE, ref.source().value()) ? null
                    : new IdMaps.CitationProblem("source", "unknown source '" + ref.source().value() + "'")
                : IdMaps.problem(source, ref);
            if (problem != null) {
              // The path is made only for a violation: most citations are fine.
              At owner = At.of(array, r.index());
              At at = (place.path().isEmpty() ? owner : owner.path(place.path(), p)).field("sources").index(i);
              c.error(ViolationCode.DANGLING_REFERENCE, r, at.field(problem.field()), IdMaps.idOf(r),
                  problem.message());
            }
          }
        }
      }
    }
  }
}
