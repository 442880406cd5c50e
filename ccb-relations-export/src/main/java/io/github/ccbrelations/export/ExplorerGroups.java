package io.github.ccbrelations.export;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.text.Terms;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The groups the explorer page draws bodies in: national (Belgium, the CCB and its parts, Belgian authorities,
 * agencies and missions), then the source page's levels, European, international and operational.
 */
final class ExplorerGroups {
  private ExplorerGroups() {}

  /** The groups of the right column, in drawing order; NATIONAL stands for Belgian bodies, not a level. */
  enum Group { NATIONAL, EUROPEAN, INTERNATIONAL, OPERATIONAL }

  static final Map<Group, Map<Language, String>> NAMES = names();

  /** The group of every body of the dataset, in dataset order. */
  static Map<BodyId, Group> of(Dataset data) {
    Map<BodyId, Group> groups = new LinkedHashMap<>();
    for (Body b : data.bodies()) {
      groups.put(b.id(), groupOf(data, b));
    }
    return groups;
  }

  /**
   * Belgian bodies are national; any other body takes the first level of a role in it, else of a role in one of its
   * parts, else of a role in a body it convenes, else of a role it supports or is acted for in, else of a role in a
   * body that relates to another within it (the cPPP: ECSO and the European Commission), else its kind's.
   */
  private static Group groupOf(Dataset data, Body body) {
    if (isNational(data, body)) {
      return Group.NATIONAL;
    }
    Optional<Level> level = firstLevel(data.rolesIn(body.id()));
    if (level.isEmpty()) {
      level = firstLevel(data.descendantsOf(body.id()).stream().flatMap(d -> data.rolesIn(d.id()).stream()).toList());
    }
    if (level.isEmpty()) {
      level = firstLevel(data.roles().stream()
          .filter(r -> r.body().map(b -> data.body(b).convenedBy().contains(body.id())).orElse(false)).toList());
    }
    if (level.isEmpty()) {
      level = firstLevel(data.roles().stream()
          .filter(r -> r.supports().or(r::about).or(r::onBehalfOf).filter(body.id()::equals).isPresent()).toList());
    }
    if (level.isEmpty()) {
      // A frame such as a partnership has no role of its own: a reader looks for it beside its parties.
      level = firstLevel(partiesWithin(data, body.id()).stream().flatMap(p -> data.rolesIn(p).stream()).toList());
    }
    Level found = level.orElse(EU_KINDS.contains(body.kind()) ? Level.EUROPEAN : Level.INTERNATIONAL);
    switch (found) {
      case EUROPEAN:
        return Group.EUROPEAN;
      case OPERATIONAL:
        return Group.OPERATIONAL;
      default:
        return Group.INTERNATIONAL;
    }
  }

  private static final Set<BodyKind> EU_KINDS = EnumSet.of(BodyKind.EU_INSTITUTION, BodyKind.EU_AGENCY,
      BodyKind.EU_BODY, BodyKind.EU_NETWORK_OR_GROUP, BodyKind.COUNCIL_WORKING_PARTY);

  private static final Set<BodyKind> NATIONAL_KINDS = EnumSet.of(BodyKind.NATIONAL_AUTHORITY, BodyKind.NATIONAL_AGENCY,
      BodyKind.DIPLOMATIC_MISSION);

  /** Belgium, the CCB and its parts, and the Belgian authorities, agencies and missions the dataset names. */
  private static boolean isNational(Dataset data, Body body) {
    if (body.id().equals(CcbRelations.BELGIUM) || body.id().equals(CcbRelations.CCB)) {
      return true;
    }
    return NATIONAL_KINDS.contains(body.kind())
        || data.ancestorsOf(body.id()).stream().anyMatch(a -> a.id().equals(CcbRelations.CCB));
  }

  /** The bodies on either side of a relation held within the given body, each once. */
  private static List<BodyId> partiesWithin(Dataset data, BodyId frame) {
    return data.bodies().stream()
        .flatMap(b -> b.relations().stream().filter(rel -> rel.within().filter(frame::equals).isPresent())
            .flatMap(rel -> Stream.of(b.id(), rel.body())))
        .distinct().toList();
  }

  private static Optional<Level> firstLevel(List<Role> roles) {
    return roles.stream().map(Role::level).filter(l -> l != Level.GENERAL).min(Level::compareTo);
  }

  private static Map<Group, Map<Language, String>> names() {
    Map<Group, Map<Language, String>> names = new LinkedHashMap<>();
    names.put(Group.NATIONAL, Map.of(Language.FR, "Au niveau national", Language.NL, "Op nationaal niveau",
        Language.EN, "National level", Language.DE, "Auf nationaler Ebene"));
    names.put(Group.EUROPEAN, levelNames(Level.EUROPEAN));
    names.put(Group.INTERNATIONAL, levelNames(Level.INTERNATIONAL));
    names.put(Group.OPERATIONAL, levelNames(Level.OPERATIONAL));
    // Fixed language order, so the attributes come out the same for every export.
    Map<Group, Map<Language, String>> ordered = new LinkedHashMap<>();
    names.forEach((g, m) -> {
      Map<Language, String> byLanguage = new LinkedHashMap<>();
      for (Language l : Language.values()) {
        byLanguage.put(l, m.get(l));
      }
      ordered.put(g, byLanguage);
    });
    return ordered;
  }

  private static Map<Language, String> levelNames(Level level) {
    Map<Language, String> out = new LinkedHashMap<>();
    for (Language l : Language.values()) {
      out.put(l, Terms.level(level, l));
    }
    return out;
  }
}
