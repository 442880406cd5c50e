package io.github.ccbrelations.data;

import io.github.ccbrelations.data.ParsedDocument.Located;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules that join records: unique ids, references that resolve (to records, source sections and paragraphs),
 * no cycles, every role sourced. Every violation is collected, none stops the check.
 */
final class IntegrityRules {
  private final ParsedDocument doc;
  private final List<Violation> out = new ArrayList<>();
  private final Map<SourceId, Source> sources = new HashMap<>();
  private final Map<BodyId, Body> bodies = new HashMap<>();
  private final Map<InstrumentId, LegalInstrument> instruments = new HashMap<>();
  private final Map<RoleId, Role> roles = new HashMap<>();

  private IntegrityRules(ParsedDocument doc) {
    this.doc = doc;
  }

  /**
   * Every violation of the document: those found while binding its records, then those between records.
   *
   * @param doc the parsed document
   * @return the violations; empty when the document is valid
   */
  static List<Violation> check(ParsedDocument doc) {
    IntegrityRules rules = new IntegrityRules(doc);
    rules.out.addAll(doc.bindingViolations);
    rules.run();
    // File order: by line, then column; violations without a place come last.
    List<Violation> sorted = new ArrayList<>(rules.out);
    sorted.sort(java.util.Comparator
        .comparingInt((Violation v) -> v.line() == 0 ? Integer.MAX_VALUE : v.line())
        .thenComparingInt(Violation::column));
    return List.copyOf(sorted);
  }

  private void run() {
    index("sources", doc.sources, Source::id, SourceId::value, sources);
    index("bodies", doc.bodies, Body::id, BodyId::value, bodies);
    index("instruments", doc.instruments, LegalInstrument::id, InstrumentId::value, instruments);
    index("roles", doc.roles, Role::id, RoleId::value, roles);

    for (int i = 0; i < doc.header.primarySources().size(); i++) {
      SourceId id = doc.header.primarySources().get(i);
      if (!sources.containsKey(id) && !failed("sources", id.value())) {
        add(ViolationCode.DANGLING_REFERENCE, doc.headerPosition.line(), doc.headerPosition.column(),
            "$.header.primarySources[" + i + "]", Optional.empty(), "unknown source '" + id.value() + "'");
      }
    }
    doc.bodies.forEach(this::checkBody);
    doc.instruments.forEach(this::checkInstrument);
    doc.roles.forEach(this::checkRole);
    checkBodyCycles();
    checkSuccessionCycles();
    checkRedirects();
  }

  private void checkRedirects() {
    Map<RecordType, Map<String, Redirect>> byFrom = new java.util.EnumMap<>(RecordType.class);
    for (Located<Redirect> r : doc.redirects) {
      Redirect redirect = r.value();
      String at = "$.redirects[" + r.index() + "]";
      Map<String, Redirect> ofType = byFrom.computeIfAbsent(redirect.recordType(), k -> new HashMap<>());
      if (ofType.putIfAbsent(redirect.from(), redirect) != null) {
        add(ViolationCode.DUPLICATE_ID, r, at + ".from", redirect.from(),
            "another redirect of " + redirect.recordType() + " already starts at '" + redirect.from() + "'");
      }
      if (isLive(redirect.recordType(), redirect.from())) {
        add(ViolationCode.DUPLICATE_ID, r, at + ".from", redirect.from(),
            "'" + redirect.from() + "' is still the id of a live " + redirect.recordType()
                + " record; a redirect starts at a retired id");
      }
    }
    for (Located<Redirect> r : doc.redirects) {
      Redirect redirect = r.value();
      String at = "$.redirects[" + r.index() + "]";
      Map<String, Redirect> ofType = byFrom.get(redirect.recordType());
      List<String> path = new ArrayList<>(List.of(redirect.from()));
      String next = redirect.to();
      while (!isLive(redirect.recordType(), next)) {
        if (path.contains(next)) {
          add(ViolationCode.CYCLE, r, at + ".to", redirect.from(), "redirects loop: " + chain(path, next));
          break;
        }
        Redirect hop = ofType.get(next);
        if (hop == null) {
          add(ViolationCode.DANGLING_REFERENCE, r, at + ".to", redirect.from(),
              "redirect to unknown " + redirect.recordType() + " '" + next + "'");
          break;
        }
        path.add(next);
        next = hop.to();
      }
    }
  }

  private boolean isLive(RecordType type, String id) {
    return switch (type) {
      // Redirect ends are checked slugs, so they make valid ids.
      case SOURCE -> sources.containsKey(SourceId.of(id)) || failed(type.arrayName(), id);
      case BODY -> bodies.containsKey(BodyId.of(id)) || failed(type.arrayName(), id);
      case INSTRUMENT -> instruments.containsKey(InstrumentId.of(id)) || failed(type.arrayName(), id);
      case ROLE -> roles.containsKey(RoleId.of(id)) || failed(type.arrayName(), id);
    };
  }

  private <T, K> void index(
      String array, List<Located<T>> records, Function<T, K> idOf, Function<K, String> text, Map<K, T> into) {
    for (Located<T> r : records) {
      K id = idOf.apply(r.value());
      if (into.putIfAbsent(id, r.value()) != null) {
        add(ViolationCode.DUPLICATE_ID, r, "$." + array + "[" + r.index() + "].id", text.apply(id),
            "another record in '" + array + "' already has the id '" + text.apply(id) + "'");
      }
    }
  }

  private void checkBody(Located<Body> r) {
    Body b = r.value();
    String at = "$.bodies[" + r.index() + "]";
    String id = b.id().value();
    b.partOf().ifPresent(p -> body(r, at + ".partOf", id, p));
    for (int i = 0; i < b.convenedBy().size(); i++) {
      body(r, at + ".convenedBy[" + i + "]", id, b.convenedBy().get(i));
    }
    b.establishedBy().ifPresent(e -> legalBasis(r, at + ".establishedBy", id, e));
    b.replacedBy().ifPresent(x -> body(r, at + ".replacedBy", id, x));
    labels(r, at, id, b.labels());
    refs(r, at + ".sources", id, b.sources());
  }

  private void checkInstrument(Located<LegalInstrument> r) {
    LegalInstrument li = r.value();
    String at = "$.instruments[" + r.index() + "]";
    String id = li.id().value();
    for (int i = 0; i < li.repeals().size(); i++) {
      instrument(r, at + ".repeals[" + i + "]", id, li.repeals().get(i));
    }
    li.replacedBy().ifPresent(x -> instrument(r, at + ".replacedBy", id, x));
    for (int i = 0; i < li.transposes().size(); i++) {
      instrument(r, at + ".transposes[" + i + "]", id, li.transposes().get(i));
    }
    labels(r, at, id, li.labels());
    refs(r, at + ".sources", id, li.sources());
  }

  private void checkRole(Located<Role> r) {
    Role role = r.value();
    String at = "$.roles[" + r.index() + "]";
    String id = role.id().value();
    body(r, at + ".holder", id, role.holder());
    role.body().ifPresent(b -> body(r, at + ".body", id, b));
    role.onBehalfOf().ifPresent(b -> body(r, at + ".onBehalfOf", id, b));
    role.via().ifPresent(b -> body(r, at + ".via", id, b));
    role.supports().ifPresent(b -> body(r, at + ".supports", id, b));
    role.inCapacityOf().ifPresent(x -> {
      if (!roles.containsKey(x) && !failed("roles", x.value())) {
        add(ViolationCode.DANGLING_REFERENCE, r, at + ".inCapacityOf", id, "unknown role '" + x.value() + "'");
      }
    });
    role.replacedBy().ifPresent(x -> {
      if (!roles.containsKey(x) && !failed("roles", x.value())) {
        add(ViolationCode.DANGLING_REFERENCE, r, at + ".replacedBy", id, "unknown role '" + x.value() + "'");
      }
    });
    for (int i = 0; i < role.legalBases().size(); i++) {
      legalBasis(r, at + ".legalBases[" + i + "]", id, role.legalBases().get(i));
    }
    for (int i = 0; i < role.concerns().size(); i++) {
      instrument(r, at + ".concerns[" + i + "]", id, role.concerns().get(i));
    }
    if (role.sources().isEmpty()) {
      add(ViolationCode.UNSOURCED_ROLE, r, at + ".sources", id,
          "role '" + id + "' cites no source: every role says where it comes from");
    }
    refs(r, at + ".sources", id, role.sources());
  }

  private void legalBasis(Located<?> r, String at, String id, LegalBasis basis) {
    instrument(r, at + ".instrument", id, basis.instrument());
    refs(r, at + ".sources", id, basis.sources());
  }

  private void labels(Located<?> r, String at, String id, List<Label> labels) {
    for (int i = 0; i < labels.size(); i++) {
      refs(r, at + ".labels[" + i + "].sources", id, labels.get(i).sources());
    }
  }

  private void refs(Located<?> r, String at, String id, List<SourceReference> refs) {
    for (int i = 0; i < refs.size(); i++) {
      SourceReference ref = refs.get(i);
      String here = at + "[" + i + "]";
      Source source = sources.get(ref.source());
      if (source == null) {
        if (failed("sources", ref.source().value())) {
          continue;
        }
        add(ViolationCode.DANGLING_REFERENCE, r, here + ".source", id, "unknown source '" + ref.source().value() + "'");
        continue;
      }
      if (ref.section().isEmpty()) {
        continue;
      }
      Optional<SourceSection> section = source.section(ref.section().get());
      if (section.isEmpty()) {
        add(ViolationCode.DANGLING_REFERENCE, r, here + ".section", id,
            "source '" + source.id().value() + "' has no section '" + ref.section().get() + "'");
      } else if (ref.paragraph().isPresent() && ref.paragraph().get() > section.get().paragraphs()) {
        add(ViolationCode.DANGLING_REFERENCE, r, here + ".paragraph", id,
            "section '" + section.get().id() + "' of source '" + source.id().value() + "' has "
                + section.get().paragraphs() + " paragraphs, not " + ref.paragraph().get());
      }
    }
  }

  private void body(Located<?> r, String at, String id, BodyId target) {
    if (!bodies.containsKey(target) && !failed("bodies", target.value())) {
      add(ViolationCode.DANGLING_REFERENCE, r, at, id, "unknown body '" + target.value() + "'");
    }
  }

  private void instrument(Located<?> r, String at, String id, InstrumentId target) {
    if (!instruments.containsKey(target) && !failed("instruments", target.value())) {
      add(ViolationCode.DANGLING_REFERENCE, r, at, id, "unknown legal instrument '" + target.value() + "'");
    }
  }

  /** A reference to a record that failed to bind is already reported as that record's own violation. */
  private boolean failed(String array, String id) {
    return doc.failedIds.getOrDefault(array, Set.of()).contains(id);
  }

  private void checkBodyCycles() {
    Set<BodyId> reported = new HashSet<>();
    for (Located<Body> r : doc.bodies) {
      List<BodyId> path = new ArrayList<>();
      Optional<BodyId> next = Optional.of(r.value().id());
      while (next.isPresent() && bodies.containsKey(next.get())) {
        if (path.contains(next.get())) {
          if (next.get().equals(r.value().id()) && reported.add(r.value().id())) {
            add(ViolationCode.CYCLE, r, "$.bodies[" + r.index() + "].partOf", r.value().id().value(),
                "the body hierarchy loops: " + chain(path.stream().map(BodyId::value).toList(), next.get().value()));
          }
          break;
        }
        path.add(next.get());
        next = bodies.get(next.get()).partOf();
      }
    }
  }

  private void checkSuccessionCycles() {
    for (Located<LegalInstrument> r : doc.instruments) {
      List<InstrumentId> path = new ArrayList<>();
      Optional<InstrumentId> next = Optional.of(r.value().id());
      while (next.isPresent() && instruments.containsKey(next.get())) {
        if (path.contains(next.get())) {
          if (next.get().equals(r.value().id())) {
            add(ViolationCode.CYCLE, r, "$.instruments[" + r.index() + "].replacedBy", r.value().id().value(),
                "the succession of instruments loops: "
                    + chain(path.stream().map(InstrumentId::value).toList(), next.get().value()));
          }
          break;
        }
        path.add(next.get());
        next = instruments.get(next.get()).replacedBy();
      }
    }
  }

  private static String chain(List<String> path, String back) {
    return String.join(" -> ", path) + " -> " + back;
  }

  private void add(ViolationCode code, Located<?> r, String path, String recordId, String message) {
    add(code, r.position().line(), r.position().column(), path, Optional.of(recordId), message);
  }

  private void add(ViolationCode code, int line, int column, String path, Optional<String> recordId, String message) {
    out.add(new Violation(code, Severity.ERROR, doc.sourceName, line, column, path, recordId, message));
  }
}
