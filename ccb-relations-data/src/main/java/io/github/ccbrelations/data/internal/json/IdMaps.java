package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The records bound so far by id, in file order; the first record of an id keeps it, the others are noted as
 * repeated. A record that failed to bind is known by the id it was read with: it can repeat an id or have its id
 * repeated, and references to it are not dangling. A dataset that loads keeps these maps as its id indexes.
 */
public final class IdMaps {
  /**
   * A record whose id an earlier record of its array has, bound or not, with its index and where it starts: it is
   * not in the maps.
   */
  public record Repeated(String array, String id, int index, int line, int column) {}

  public final Map<SourceId, Source> sources = new LinkedHashMap<>();
  public final Map<BodyId, Body> bodies = new LinkedHashMap<>();
  public final Map<InstrumentId, LegalInstrument> instruments = new LinkedHashMap<>();
  public final Map<RoleId, Role> roles = new LinkedHashMap<>();
  public final List<Repeated> repeated = new ArrayList<>();
  /** Per array, the ids of the records that failed to bind, as read (a refused id too). */
  private final Map<String, Set<String>> failed = new HashMap<>();

  /** The records of a dataset given whole, by id. */
  static IdMaps of(List<Located<Source>> sources, List<Located<Body>> bodies,
      List<Located<LegalInstrument>> instruments, List<Located<Role>> roles) {
    IdMaps ids = new IdMaps();
    sources.forEach(r -> ids.add("sources", r));
    bodies.forEach(r -> ids.add("bodies", r));
    instruments.forEach(r -> ids.add("instruments", r));
    roles.forEach(r -> ids.add("roles", r));
    return ids;
  }

  /** Adds a bound source, body, instrument or role (anything else is not indexed by id). */
  void add(String array, Located<?> r) {
    Object v = r.value();
    Object previous = v instanceof Source s ? sources.putIfAbsent(s.id(), s)
        : v instanceof Body b ? bodies.putIfAbsent(b.id(), b)
        : v instanceof LegalInstrument i ? instruments.putIfAbsent(i.id(), i)
        : v instanceof Role role ? roles.putIfAbsent(role.id(), role) : null;
    // Only an array with records that failed has failed ids: never the redirects, which have no id.
    if (previous != null || (!failed.isEmpty() && failed.containsKey(array) && failed(array, idOf(r)))) {
      repeated.add(new Repeated(array, idOf(r), r.index(), r.line(), r.column()));
    }
  }

  /** Notes a record of an array that failed to bind, read with an id, at an index, starting at a place. */
  void addFailed(String array, String id, int index, ParsedDocument.Position at) {
    Object typed;
    Map<?, ?> bound;
    try {
      switch (array) {
        case "sources" -> { typed = SourceId.of(id); bound = sources; }
        case "bodies" -> { typed = BodyId.of(id); bound = bodies; }
        case "instruments" -> { typed = InstrumentId.of(id); bound = instruments; }
        case "roles" -> { typed = RoleId.of(id); bound = roles; }
        default -> { return; }
      }
    } catch (IllegalArgumentException e) {
      // A refused id names no record: it repeats none, and no reference can name it.
      return;
    }
    if (!failed.computeIfAbsent(array, k -> new HashSet<>()).add(id) || bound.containsKey(typed)) {
      repeated.add(new Repeated(array, id, index, at.line(), at.column()));
    }
  }

  /** Whether a record of an array failed to bind with this id. */
  public boolean failed(String array, String id) {
    Set<String> ids = failed.get(array);
    return ids != null && ids.contains(id);
  }

  /** The id of a bound source, body, instrument or role, as violations name it. */
  public static String idOf(Located<?> r) {
    Object v = r.value();
    return v instanceof Source s ? s.id().value() : v instanceof Body b ? b.id().value()
        : v instanceof LegalInstrument i ? i.id().value() : ((Role) v).id().value();
  }

  /** Whether a record of a type has an id (a {@code BodyId}, {@code RoleId}, ...). */
  public boolean has(RecordType type, Object id) {
    return switch (type) {
      case SOURCE -> sources.containsKey(id);
      case BODY -> bodies.containsKey(id);
      case INSTRUMENT -> instruments.containsKey(id);
      case ROLE -> roles.containsKey(id);
    };
  }

  /** The text of an id. */
  public static String text(Object id) {
    return id instanceof BodyId b ? b.value() : id instanceof InstrumentId i ? i.value()
        : id instanceof RoleId r ? r.value() : ((SourceId) id).value();
  }

  /** What is wrong with a citation: the field at fault ({@code source}, {@code section}, {@code paragraph}) and why. */
  public record CitationProblem(String field, String message) {}

  /**
   * What is wrong with the section or paragraph a citation of a known source names; null when the source has the
   * section and paragraph.
   */
  public static @Nullable CitationProblem problem(Source source, SourceReference citation) {
    Optional<String> sectionId = citation.section();
    if (sectionId.isEmpty()) {
      return null;
    }
    for (SourceSection s : source.sections()) {
      if (s.id().equals(sectionId.get())) {
        Optional<Integer> paragraph = citation.paragraph();
        return paragraph.isEmpty() || paragraph.get() <= s.paragraphs() ? null : new CitationProblem("paragraph",
            "section '" + s.id() + "' of source '" + source.id().value() + "' has "
                + Counted.of(s.paragraphs(), "paragraph", "paragraphs") + ", not " + paragraph.get());
      }
    }
    return new CitationProblem("section", "source '" + source.id().value() + "' has no section '" + sectionId.get()
        + "'");
  }
}
