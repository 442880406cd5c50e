package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Unbound;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every source a record cites exists, with the section and paragraph it names. Driven by the table of the places that
 * hold citations: a new one is one row.
 */
final class Citations implements Rule {
  /**
   * A place that holds citations: its path in the record ({@code []} marks a list of such places) and the citations
   * of each.
   */
  record Place<T>(String path, Function<T, List<List<SourceReference>>> citations) {}

  static final List<Place<Body>> BODY_PLACES = List.of(
      new Place<>("establishedBy", b -> b.establishedBy().map(e -> List.of(e.sources())).orElse(List.of())),
      new Place<>("labels[]", b -> sourcesOf(b.labels())),
      new Place<>("", b -> List.of(b.sources())));

  static final List<Place<LegalInstrument>> INSTRUMENT_PLACES = List.of(
      new Place<>("labels[]", i -> sourcesOf(i.labels())),
      new Place<>("", i -> List.of(i.sources())));

  static final List<Place<Role>> ROLE_PLACES = List.of(
      new Place<>("legalBases[]", r -> r.legalBases().stream().map(LegalBasis::sources).toList()),
      new Place<>("subjects[]", r -> r.subjects().stream().map(RoleSubject::sources).toList()),
      new Place<>("basesEnded", r -> r.basesEnded().map(e -> List.of(e.sources())).orElse(List.of())),
      new Place<>("", r -> List.of(r.sources())));

  private static List<List<SourceReference>> sourcesOf(List<Label> labels) {
    List<List<SourceReference>> out = new ArrayList<>(labels.size());
    for (Label label : labels) {
      out.add(label.sources());
    }
    return out;
  }

  @Override
  public void check(Context c) {
    for (Unbound<ParsedDocument.Citation> u : c.doc.unboundCitations) {
      ParsedDocument.Citation cited = u.value();
      Source source = c.source(cited.citation().source());
      // An unknown source is reported by References, with the other references of the record.
      if (source != null) {
        String problem = problem(source, cited.citation());
        if (problem != null) {
          c.error(ViolationCode.DANGLING_REFERENCE, cited.line(), cited.column(),
              cited.path() + "." + (problem.contains("paragraphs") ? "paragraph" : "section"), u.recordId(), problem);
        }
      }
    }
    check(c, "bodies", c.doc.bodies, b -> b.id().value(), BODY_PLACES);
    check(c, "instruments", c.doc.instruments, i -> i.id().value(), INSTRUMENT_PLACES);
    check(c, "roles", c.doc.roles, r -> r.id().value(), ROLE_PLACES);
  }

  private static <T> void check(Context c, String array, List<Located<T>> records, Function<T, String> idOf,
      List<Place<T>> places) {
    for (Located<T> r : records) {
      for (Place<T> place : places) {
        List<List<SourceReference>> all = place.citations().apply(r.value());
        for (int p = 0; p < all.size(); p++) {
          List<SourceReference> refs = all.get(p);
          for (int i = 0; i < refs.size(); i++) {
            SourceReference ref = refs.get(i);
            Source source = c.source(ref.source());
            String problem = source == null
                ? c.failed(RecordType.SOURCE, ref.source().value()) ? null : "unknown source '" + ref.source().value() + "'"
                : problem(source, ref);
            if (problem != null) {
              // The path is made only for a violation: most citations are fine.
              At owner = At.of(array, r.index());
              At at = (place.path().isEmpty() ? owner : owner.path(place.path(), p)).field("sources").index(i);
              String part = source == null ? "source" : problem.contains("paragraphs") ? "paragraph" : "section";
              c.error(ViolationCode.DANGLING_REFERENCE, r, at.field(part), idOf.apply(r.value()), problem);
            }
          }
        }
      }
    }
  }

  /** What is wrong with the section or paragraph a citation of a known source names; null when nothing is. */
  private static @Nullable String problem(Source source, SourceReference ref) {
    Optional<String> sectionId = ref.section();
    if (sectionId.isEmpty()) {
      return null;
    }
    SourceSection section = null;
    for (SourceSection s : source.sections()) {
      if (s.id().equals(sectionId.get())) {
        section = s;
        break;
      }
    }
    Optional<Integer> paragraph = ref.paragraph();
    if (section == null) {
      return "source '" + source.id().value() + "' has no section '" + sectionId.get() + "'";
    }
    if (paragraph.isPresent() && paragraph.get() > section.paragraphs()) {
      return "section '" + section.id() + "' of source '" + source.id().value() + "' has " + section.paragraphs()
          + " paragraphs, not " + paragraph.get();
    }
    return null;
  }
}
