package io.github.ccbrelations.export;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.text.Terms;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the pictures draw, independent of the drawing language. Roles: an edge per role from the part that acts
 * (the {@code via} body, else the holder) to the body the role is in; for a role in no body, a dashed edge to the
 * body it is about (a project), else to the party on whose behalf it is held; roles with none of these are not
 * drawn. Subjects: a dashed edge from the part that acts to each instrument a role implements, concerns or is
 * guided by, labelled with the kind. Links between records, drawn bold: a body's relations to other bodies (with
 * the partnership in brackets), the act that designates a body, and the acts an instrument implements, executes,
 * extends or amends. The CCB and its parts form one group; every other acting body stands alone; the bodies reached are
 * grouped by the first level of a role that reaches them (a body reached only through a relation joins the group
 * of the body it is linked from); the instruments reached form a group of their own. Everything is in dataset
 * order, and an edge drawn twice (the same ends and label) is drawn once.
 */
final class RelationsGraph {
  /** A node: a body or an instrument, by id. */
  record Ref(boolean instrument, String id) {
    static Ref of(BodyId id) {
      return new Ref(false, id.value());
    }

    static Ref of(InstrumentId id) {
      return new Ref(true, id.value());
    }
  }

  record Node(Ref ref, String label) {}

  /** How an edge is drawn: a role in a body, a dashed link (a role in no body, a subject), a bold link. */
  enum Style { SOLID, DASHED, BOLD }

  record Edge(Ref from, Ref to, String label, Style style) {}

  final String ccbGroupLabel;
  final List<Node> ccbGroup = new ArrayList<>();
  final List<Node> standalone = new ArrayList<>();
  final Map<Level, List<Node>> levels = new EnumMap<>(Level.class);
  final List<Node> instruments = new ArrayList<>();
  final String instrumentsLabel;
  final List<Edge> edges = new ArrayList<>();
  final Language language;

  RelationsGraph(Dataset dataset, Language language) {
    Dataset data = dataset.allTime();
    this.language = language;
    this.instrumentsLabel = Words.instrumentsHeading(language);
    List<Language> order = Terms.preference(language);
    Set<BodyId> ccbParts = new LinkedHashSet<>();
    data.findBody(CcbRelations.CCB).ifPresent(ccb -> {
      ccbParts.add(ccb.id());
      data.descendantsOf(ccb.id()).forEach(b -> ccbParts.add(b.id()));
    });
    this.ccbGroupLabel = data.findBody(CcbRelations.CCB).map(b -> Words.shortLabel(b, order)).orElse("CCB");
    Set<BodyId> actors = new LinkedHashSet<>();
    Map<BodyId, Level> reached = new LinkedHashMap<>();
    Set<InstrumentId> instrumentsReached = new LinkedHashSet<>();
    Set<Edge> drawn = new LinkedHashSet<>();
    for (Role r : data.roles()) {
      BodyId from = r.via().orElse(r.holder());
      Optional<BodyId> target = r.body().or(r::about).or(r::onBehalfOf);
      if (target.isPresent()) {
        actors.add(from);
        reach(reached, target.get(), r.level());
        drawn.add(new Edge(Ref.of(from), Ref.of(target.get()), Terms.function(r.function(), language),
            r.body().isPresent() ? Style.SOLID : Style.DASHED));
      }
      if (r.body().isPresent() && r.about().isPresent()) {
        reach(reached, r.about().get(), r.level());
        drawn.add(new Edge(Ref.of(from), Ref.of(r.about().get()), Terms.about(language), Style.DASHED));
      }
      for (RoleSubject s : r.subjects()) {
        actors.add(from);
        instrumentsReached.add(s.instrument());
        drawn.add(new Edge(Ref.of(from), Ref.of(s.instrument()), Terms.subject(s.kind(), language), Style.DASHED));
      }
    }
    for (Body b : data.bodies()) {
      for (BodyRelation relation : b.relations()) {
        String label = Terms.relation(relation.kind(), language)
            + relation.within().map(w -> " (" + Words.shortLabel(data.body(w), order) + ")").orElse("");
        drawn.add(new Edge(Ref.of(b.id()), Ref.of(relation.body()), label, Style.BOLD));
        reached.putIfAbsent(b.id(), Level.GENERAL);
        reached.putIfAbsent(relation.body(), reached.get(b.id()));
      }
      b.designatedBy().ifPresent(d -> {
        instrumentsReached.add(d.instrument());
        drawn.add(new Edge(Ref.of(b.id()), Ref.of(d.instrument()), Words.Link.DESIGNATED_BY.in(language),
            Style.BOLD));
      });
    }
    for (LegalInstrument i : data.instruments()) {
      i.implementsInstruments().forEach(t -> link(drawn, instrumentsReached, i.id(), t, Words.Link.IMPLEMENTS));
      i.executes().stream().map(LegalBasis::instrument)
          .forEach(t -> link(drawn, instrumentsReached, i.id(), t, Words.Link.EXECUTES));
      i.extendsInstruments().forEach(t -> link(drawn, instrumentsReached, i.id(), t, Words.Link.EXTENDS));
      i.amends().forEach(t -> link(drawn, instrumentsReached, i.id(), t, Words.Link.AMENDS));
    }
    edges.addAll(drawn);
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
    // In dataset order, like the bodies.
    for (LegalInstrument i : data.instruments()) {
      if (instrumentsReached.contains(i.id())) {
        instruments.add(new Node(Ref.of(i.id()), Words.shortInstrumentLabel(i, order)));
      }
    }
  }

  /** Records that a role of a level reaches a body; a body keeps the first level (in enum order) that reaches it. */
  private static void reach(Map<BodyId, Level> reached, BodyId body, Level level) {
    reached.merge(body, level, (a, b) -> a.compareTo(b) <= 0 ? a : b);
  }

  private void link(Set<Edge> drawn, Set<InstrumentId> reached, InstrumentId from, InstrumentId to, Words.Link link) {
    reached.add(from);
    reached.add(to);
    drawn.add(new Edge(Ref.of(from), Ref.of(to), link.in(language), Style.BOLD));
  }

  /** The short label, with the body it belongs to when that is not already in it: "Management Board (ENISA)". */
  private static Node node(Dataset data, BodyId id, List<Language> order) {
    Body body = data.body(id);
    String label = Words.shortLabel(body, order);
    Optional<String> parent = body.partOf().map(p -> Words.shortLabel(data.body(p), order));
    if (parent.isPresent() && !label.contains(parent.get())) {
      label = label + " (" + parent.get() + ")";
    }
    return new Node(Ref.of(id), label);
  }
}
