package io.github.ccbrelations.export;

import io.github.ccbrelations.data.Terms;
import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the pictures draw, independent of the drawing language: an edge per role from the part that acts (the
 * {@code via} body, else the holder) to the body the role is in, or, for a role in no body, a dashed edge to the
 * party on whose behalf it is held; roles with neither are not drawn. The CCB and its parts form one group; every
 * other acting body stands alone; the bodies reached are grouped by the first level (general, European,
 * international, operational) of a role that reaches them. Everything is in dataset order.
 */
final class RelationsGraph {
  record Node(BodyId id, String label) {}

  record Edge(BodyId from, BodyId to, String label, boolean onBehalf) {}

  final String ccbGroupLabel;
  final List<Node> ccbGroup = new ArrayList<>();
  final List<Node> standalone = new ArrayList<>();
  final Map<Level, List<Node>> levels = new EnumMap<>(Level.class);
  final List<Edge> edges = new ArrayList<>();
  final Language language;

  RelationsGraph(Dataset dataset, Language language) {
    Dataset data = dataset.allTime();
    this.language = language;
    List<Language> order = Terms.preference(language);
    Set<BodyId> ccbParts = new LinkedHashSet<>();
    data.findBody(CcbRelations.CCB).ifPresent(ccb -> {
      ccbParts.add(ccb.id());
      data.descendantsOf(ccb.id()).forEach(b -> ccbParts.add(b.id()));
    });
    this.ccbGroupLabel = data.findBody(CcbRelations.CCB).map(b -> Words.shortLabel(b, order)).orElse("CCB");
    Set<BodyId> actors = new LinkedHashSet<>();
    Map<BodyId, Level> reached = new LinkedHashMap<>();
    for (Role r : data.roles()) {
      Optional<BodyId> target = r.body().or(r::onBehalfOf);
      if (target.isEmpty()) {
        continue;
      }
      BodyId from = r.via().orElse(r.holder());
      actors.add(from);
      reached.merge(target.get(), r.level(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      edges.add(new Edge(from, target.get(), Terms.function(r.function(), language), r.body().isEmpty()));
    }
    for (BodyId id : ccbParts) {
      ccbGroup.add(node(data, id, order));
    }
    for (BodyId id : actors) {
      if (!ccbParts.contains(id)) {
        standalone.add(node(data, id, order));
      }
    }
    reached.forEach((id, level) -> {
      if (!ccbParts.contains(id) && !actors.contains(id)) {
        levels.computeIfAbsent(level, l -> new ArrayList<>()).add(node(data, id, order));
      }
    });
  }

  /** The short label, with the body it belongs to when that is not already in it: "Management Board (ENISA)". */
  private static Node node(Dataset data, BodyId id, List<Language> order) {
    Body body = data.body(id);
    String label = Words.shortLabel(body, order);
    Optional<String> parent = body.partOf().map(p -> Words.shortLabel(data.body(p), order));
    if (parent.isPresent() && !label.contains(parent.get())) {
      label = label + " (" + parent.get() + ")";
    }
    return new Node(id, label);
  }
}
