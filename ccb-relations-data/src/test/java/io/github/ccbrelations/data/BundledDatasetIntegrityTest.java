package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SourceReference;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole bundled dataset against every rule at once: a failure lists every violation, not the first one.
 */
class BundledDatasetIntegrityTest {
  private static final SourceId PAGE = SourceId.of("ccb-international-relations-fr");

  @Test
  void bundledFileHasNoViolationAtAll() throws IOException {
    byte[] bytes;
    try (InputStream in = CcbRelations.class.getResourceAsStream(CcbRelations.BUNDLED_RESOURCE)) {
      assertThat(in).as("bundled resource").isNotNull();
      bytes = in.readAllBytes();
    }
    List<Violation> violations =
        DatasetReader.standard().validate(bytes, CcbRelations.BUNDLED_RESOURCE).violations();
    assertThat(violations)
        .as("violations:\n%s", violations.stream().map(Violation::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void bundledDataMeetsTheCurationRules() {
    Dataset data = CcbRelations.bundled().allTime();
    List<String> problems = new ArrayList<>();

    assertThat(data.info().header().primarySources()).containsExactly(PAGE);
    for (Role role : data.roles()) {
      String id = "role " + role.id().value();
      if (role.sources().stream().noneMatch(r -> r.source().equals(PAGE) && r.paragraph().isPresent())) {
        problems.add(id + ": cites no section and paragraph of the French page");
      }
      if (role.legalBasisStatus() == LegalBasisStatus.FROM_OTHER_SOURCES) {
        for (LegalBasis basis : role.legalBases()) {
          if (basis.sources().isEmpty()) {
            problems.add(id + ": legal basis " + basis.instrument().value()
                + " comes from another source but cites none");
          }
        }
      }
    }
    for (Body body : data.bodies()) {
      String id = "body " + body.id().value();
      if (body.name(Language.EN).isEmpty() && body.name(Language.FR).isEmpty()
          && body.labels().stream().noneMatch(l -> l.kind() == LabelKind.ALTERNATIVE)) {
        problems.add(id + ": has neither an English or French name nor the page's wording");
      }
      checkLabelsSourced(id, body.labels(), body.sources(), problems);
    }
    for (LegalInstrument li : data.instruments()) {
      String id = "instrument " + li.id().value();
      checkLabelsSourced(id, li.labels(), li.sources(), problems);
      for (String field : List.of("celex", "eli", "numac", "osceDecision", "adopted", "published", "inForce",
          "appliesFrom", "endOfValidity")) {
        if (present(li, field) && !supported(li.sources(), field)) {
          problems.add(id + ": " + field + " is given but no source reference supports it");
        }
      }
    }
    for (Source source : data.sources()) {
      String id = "source " + source.id().value();
      // An official journal text or an OSCE decision is identified by its own number where no address was
      // confirmed; any other source must say where it is.
      boolean identifiedByNumber =
          source.kind() == SourceKind.OFFICIAL_JOURNAL || source.kind() == SourceKind.OFFICIAL_DOCUMENT;
      if (source.url().isEmpty() && !identifiedByNumber) {
        problems.add(id + ": has no URL");
      }
      // A consulted date records a reading of the document at its address: it needs an address, and the
      // reading came before the release.
      if (source.consulted().isPresent() && source.url().isEmpty()) {
        problems.add(id + ": has a date of consultation but no address that was read");
      }
      if (source.consulted().isPresent()
          && source.consulted().get().isAfter(data.info().header().released())) {
        problems.add(id + ": consulted after the release date");
      }
    }
    assertThat(problems).as("curation problems:\n%s", String.join("\n", problems)).isEmpty();
  }

  @Test
  void everySourceIsCited() {
    Dataset data = CcbRelations.bundled().allTime();
    Set<SourceId> cited = new java.util.HashSet<>(data.info().header().primarySources());
    data.roles().forEach(r -> {
      r.sources().forEach(s -> cited.add(s.source()));
      r.legalBases().forEach(b -> b.sources().forEach(s -> cited.add(s.source())));
    });
    data.bodies().forEach(b -> {
      b.sources().forEach(s -> cited.add(s.source()));
      b.labels().forEach(l -> l.sources().forEach(s -> cited.add(s.source())));
      b.establishedBy().ifPresent(e -> e.sources().forEach(s -> cited.add(s.source())));
      b.designatedBy().ifPresent(e -> e.sources().forEach(s -> cited.add(s.source())));
      b.relations().forEach(x -> x.sources().forEach(s -> cited.add(s.source())));
      b.noOfficialName().forEach(n -> n.sources().forEach(s -> cited.add(s.source())));
    });
    data.instruments().forEach(i -> {
      i.sources().forEach(s -> cited.add(s.source()));
      i.labels().forEach(l -> l.sources().forEach(s -> cited.add(s.source())));
      i.executes().forEach(e -> e.sources().forEach(s -> cited.add(s.source())));
      i.noOfficialName().forEach(n -> n.sources().forEach(s -> cited.add(s.source())));
    });
    assertThat(data.sources().stream().map(Source::id).filter(id -> !cited.contains(id)).toList())
        .as("sources no record cites")
        .isEmpty();
  }

  private static void checkLabelsSourced(
      String id, List<Label> labels, List<SourceReference> recordSources, List<String> problems) {
    for (Label label : labels) {
      if (label.sources().isEmpty() && recordSources.isEmpty()) {
        problems.add(id + ": label '" + label.text() + "' (" + label.language().code() + ") has no source");
      }
    }
  }

  private static boolean supported(List<SourceReference> refs, String field) {
    return refs.stream().anyMatch(r -> r.supports().contains(field));
  }

  private static boolean present(LegalInstrument li, String field) {
    Optional<?> value = switch (field) {
      case "celex" -> li.celex();
      case "eli" -> li.eli();
      case "numac" -> li.numac();
      case "osceDecision" -> li.osceDecision();
      case "adopted" -> li.adopted();
      case "published" -> li.published();
      case "inForce" -> li.inForce();
      case "appliesFrom" -> li.appliesFrom();
      case "endOfValidity" -> li.endOfValidity();
      default -> throw new IllegalArgumentException(field);
    };
    return value.isPresent();
  }
}
