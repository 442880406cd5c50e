package io.github.ccbrelations.data;

import io.github.ccbrelations.data.ParsedDocument.Located;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A loaded, checked, indexed and immutable dataset of the CCB's international relations, with the query helpers
 * over it.
 *
 * <p>Every reference between its records resolves. Every query is answered from indexes built once when the
 * dataset was made; answers are immutable, never null: a {@code find...} method returns an {@link Optional}, a
 * method that returns several answers returns a list (empty when there are none, including for an id that is not
 * in the dataset), in dataset order. Instances are safe to share between threads.
 *
 * <p>The dataset describes the relations as the source page states them, with the validity dates it records.
 * Plain queries do not filter by date.
 *
 * <pre>{@code
 * Dataset data = CcbRelations.bundled();
 * Body hwpci = data.findBodyByName("gthqc").orElseThrow();
 * List<Role> roles = data.rolesIn(hwpci.id());
 * String line = data.explain(roles.get(0), Language.EN);
 * }</pre>
 */
public final class Dataset {
  private final DatasetInfo info;
  private final Map<SourceId, Source> sources;
  private final Map<BodyId, Body> bodies;
  private final Map<InstrumentId, LegalInstrument> instruments;
  private final Map<RoleId, Role> roles;

  private final Map<String, List<Body>> bodiesByName;
  private final Map<String, List<LegalInstrument>> instrumentsByName;
  private final Map<BodyId, List<Body>> children;
  private final Map<BodyId, List<Role>> rolesByHolderOrVia;
  private final Map<BodyId, List<Role>> rolesByBody;
  private final Map<Level, List<Role>> rolesByLevel;
  private final Map<RoleFunction, List<Role>> rolesByFunction;
  private final Map<Condition, List<Role>> rolesByCondition;
  private final List<Role> conditionalRoles;
  private final Map<InstrumentId, List<Role>> rolesByInstrument;
  private final Map<InstrumentId, List<LegalInstrument>> transposedBy;
  private final Map<InstrumentId, List<LegalInstrument>> predecessors;
  private final Map<BodyId, List<Role>> rolesByParty;
  private final List<Source> sourceList;
  private final List<Body> bodyList;
  private final List<LegalInstrument> instrumentList;
  private final List<Role> roleList;
  private final Map<InstrumentId, List<Body>> bodiesByEstablishingInstrument;
  private final Map<String, LegalInstrument> instrumentsByCelex;
  private final Map<String, LegalInstrument> instrumentsByEli;
  private final Map<String, LegalInstrument> instrumentsByNumac;

  Dataset(ParsedDocument doc, String sha256) {
    this.sources = byId(doc.sources, Source::id);
    this.bodies = byId(doc.bodies, Body::id);
    this.instruments = byId(doc.instruments, LegalInstrument::id);
    this.roles = byId(doc.roles, Role::id);
    this.info = new DatasetInfo(
        doc.header, doc.sourceName, sha256, sources.size(), bodies.size(), instruments.size(), roles.size());

    Map<String, List<Body>> names = new HashMap<>();
    Map<BodyId, List<Body>> kids = new HashMap<>();
    Map<InstrumentId, List<Body>> established = new HashMap<>();
    for (Body b : bodies.values()) {
      for (Label l : b.labels()) {
        addDistinct(names, Names.key(l.text()), b);
      }
      addDistinct(names, Names.key(b.id().value()), b);
      b.partOf().ifPresent(p -> add(kids, p, b));
      b.establishedBy().ifPresent(e -> add(established, e.instrument(), b));
    }
    Map<String, List<LegalInstrument>> instrumentNames = new HashMap<>();
    Map<InstrumentId, List<LegalInstrument>> transposers = new HashMap<>();
    Map<InstrumentId, List<LegalInstrument>> predecessors = new HashMap<>();
    Map<String, LegalInstrument> celex = new HashMap<>();
    Map<String, LegalInstrument> eli = new HashMap<>();
    Map<String, LegalInstrument> numac = new HashMap<>();
    for (LegalInstrument li : instruments.values()) {
      for (Label l : li.labels()) {
        addDistinct(instrumentNames, Names.key(l.text()), li);
      }
      addDistinct(instrumentNames, Names.key(li.id().value()), li);
      li.transposes().forEach(t -> add(transposers, t, li));
      li.replacedBy().ifPresent(r -> add(predecessors, r, li));
      li.celex().ifPresent(c -> celex.putIfAbsent(c.value(), li));
      li.eli().ifPresent(e -> eli.putIfAbsent(e.value(), li));
      li.numac().ifPresent(n -> numac.putIfAbsent(n.value(), li));
    }
    Map<BodyId, List<Role>> byHolder = new HashMap<>();
    Map<BodyId, List<Role>> byBody = new HashMap<>();
    Map<Level, List<Role>> byLevel = new EnumMap<>(Level.class);
    Map<RoleFunction, List<Role>> byFunction = new EnumMap<>(RoleFunction.class);
    Map<Condition, List<Role>> byCondition = new EnumMap<>(Condition.class);
    Map<InstrumentId, List<Role>> byInstrument = new HashMap<>();
    Map<BodyId, List<Role>> byParty = new HashMap<>();
    List<Role> conditional = new ArrayList<>();
    for (Role r : roles.values()) {
      add(byHolder, r.holder(), r);
      // The model guarantees via differs from holder, so a role is listed once per key.
      r.via().ifPresent(v -> add(byHolder, v, r));
      r.body().ifPresent(b -> add(byBody, b, r));
      add(byLevel, r.level(), r);
      add(byFunction, r.function(), r);
      r.condition().ifPresent(c -> {
        add(byCondition, c, r);
        conditional.add(r);
      });
      r.legalBases().stream().map(LegalBasis::instrument).distinct().forEach(i -> add(byInstrument, i, r));
      r.onBehalfOf().ifPresent(p -> add(byParty, p, r));
    }
    this.bodiesByName = freeze(names);
    this.children = freeze(kids);
    this.bodiesByEstablishingInstrument = freeze(established);
    this.instrumentsByName = freeze(instrumentNames);
    this.transposedBy = freeze(transposers);
    this.predecessors = freeze(predecessors);
    this.instrumentsByCelex = Map.copyOf(celex);
    this.instrumentsByEli = Map.copyOf(eli);
    this.instrumentsByNumac = Map.copyOf(numac);
    this.rolesByHolderOrVia = freeze(byHolder);
    this.rolesByBody = freeze(byBody);
    this.rolesByLevel = freeze(byLevel);
    this.rolesByFunction = freeze(byFunction);
    this.rolesByCondition = freeze(byCondition);
    this.rolesByInstrument = freeze(byInstrument);
    this.conditionalRoles = List.copyOf(conditional);
    this.rolesByParty = freeze(byParty);
    this.sourceList = List.copyOf(sources.values());
    this.bodyList = List.copyOf(bodies.values());
    this.instrumentList = List.copyOf(instruments.values());
    this.roleList = List.copyOf(roles.values());
  }

  // ---------------------------------------------------------------------------------------------------- records

  /**
   * What this dataset is: version, counts per record type and the SHA-256 of the bytes it was loaded from.
   *
   * @return the info; never null
   */
  public DatasetInfo info() {
    return info;
  }

  /**
   * All source records.
   *
   * @return the sources in file order; never null
   */
  public List<Source> sources() {
    return sourceList;
  }

  /**
   * All bodies.
   *
   * @return the bodies in file order; never null
   */
  public List<Body> bodies() {
    return bodyList;
  }

  /**
   * All legal instruments.
   *
   * @return the instruments in file order; never null
   */
  public List<LegalInstrument> instruments() {
    return instrumentList;
  }

  /**
   * All roles.
   *
   * @return the roles in file order; never null
   */
  public List<Role> roles() {
    return roleList;
  }

  /**
   * The source with the given id.
   *
   * @param id the id
   * @return the source; empty when there is none with that id
   */
  public Optional<Source> findSource(SourceId id) {
    return Optional.ofNullable(sources.get(id));
  }

  /**
   * The body with the given id.
   *
   * @param id the id
   * @return the body; empty when there is none with that id
   */
  public Optional<Body> findBody(BodyId id) {
    return Optional.ofNullable(bodies.get(id));
  }

  /**
   * The legal instrument with the given id.
   *
   * @param id the id
   * @return the instrument; empty when there is none with that id
   */
  public Optional<LegalInstrument> findInstrument(InstrumentId id) {
    return Optional.ofNullable(instruments.get(id));
  }

  /**
   * The role with the given id.
   *
   * @param id the id
   * @return the role; empty when there is none with that id
   */
  public Optional<Role> findRole(RoleId id) {
    return Optional.ofNullable(roles.get(id));
  }

  /**
   * The body with the given id, for ids that must exist.
   *
   * @param id the id
   * @return the body; never null
   * @throws java.util.NoSuchElementException if there is no body with that id
   */
  public Body body(BodyId id) {
    return findBody(id).orElseThrow(() -> new java.util.NoSuchElementException("no body '" + id.value() + "'"));
  }

  /**
   * The legal instrument with the given id, for ids that must exist.
   *
   * @param id the id
   * @return the instrument; never null
   * @throws java.util.NoSuchElementException if there is no instrument with that id
   */
  public LegalInstrument instrument(InstrumentId id) {
    return findInstrument(id)
        .orElseThrow(() -> new java.util.NoSuchElementException("no legal instrument '" + id.value() + "'"));
  }

  // ---------------------------------------------------------------------------------------------------- names

  /**
   * The bodies that have a name, acronym or other label equal to the given text in any language, ignoring case,
   * accents, punctuation and spacing; the body's id counts as a label too.
   *
   * <pre>{@code
   * data.bodiesNamed("gthqc");   // the Council's Horizontal Working Party on Cyber Issues
   * data.bodiesNamed("HWPCI");   // the same body
   * }</pre>
   *
   * @param name a name or acronym in fr, nl, en or de
   * @return the matching bodies; empty when none matches
   */
  public List<Body> bodiesNamed(String name) {
    return bodiesByName.getOrDefault(Names.key(name), List.of());
  }

  /**
   * The one body with a label equal to the given text, as for {@link #bodiesNamed(String)}.
   *
   * @param name a name or acronym in fr, nl, en or de
   * @return the body; empty when no body, or more than one, has that label
   */
  public Optional<Body> findBodyByName(String name) {
    List<Body> found = bodiesNamed(name);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The instruments with a title, short name, acronym or id equal to the given text in any language, ignoring
   * case, accents, punctuation and spacing.
   *
   * @param name such as {@code "NIS Directive"}, {@code "CSA"} or {@code "Cybersecurity Act"}
   * @return the matching instruments; empty when none matches
   */
  public List<LegalInstrument> instrumentsNamed(String name) {
    return instrumentsByName.getOrDefault(Names.key(name), List.of());
  }

  /**
   * The one instrument with a label equal to the given text, as for {@link #instrumentsNamed(String)}.
   *
   * @param name a title, short name or acronym
   * @return the instrument; empty when none, or more than one, has that label
   */
  public Optional<LegalInstrument> findInstrumentByName(String name) {
    List<LegalInstrument> found = instrumentsNamed(name);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /**
   * The instrument with the given CELEX number.
   *
   * @param celex such as {@code 32016L1148}
   * @return the instrument; empty when none has it
   */
  public Optional<LegalInstrument> findInstrumentByCelex(Celex celex) {
    return Optional.ofNullable(instrumentsByCelex.get(celex.value()));
  }

  /**
   * The instrument with the given European Legislation Identifier.
   *
   * @param eli the ELI
   * @return the instrument; empty when none has it
   */
  public Optional<LegalInstrument> findInstrumentByEli(Eli eli) {
    return Optional.ofNullable(instrumentsByEli.get(eli.value()));
  }

  /**
   * The Belgian instrument with the given numac.
   *
   * @param numac such as {@code 2019011507}
   * @return the instrument; empty when none has it
   */
  public Optional<LegalInstrument> findInstrumentByNumac(Numac numac) {
    return Optional.ofNullable(instrumentsByNumac.get(numac.value()));
  }

  // ---------------------------------------------------------------------------------------------------- hierarchy

  /**
   * The body the given one is part of.
   *
   * @param id a body id
   * @return the parent; empty for a top-level or unknown body
   */
  public Optional<Body> parentOf(BodyId id) {
    return findBody(id).flatMap(Body::partOf).map(bodies::get);
  }

  /**
   * The bodies directly part of the given one.
   *
   * @param id a body id
   * @return the children in file order; empty when there are none
   */
  public List<Body> childrenOf(BodyId id) {
    return children.getOrDefault(id, List.of());
  }

  /**
   * The bodies the given one is part of, nearest first.
   *
   * @param id a body id
   * @return the ancestors; empty for a top-level or unknown body
   */
  public List<Body> ancestorsOf(BodyId id) {
    List<Body> out = new ArrayList<>();
    Optional<Body> next = parentOf(id);
    while (next.isPresent()) {
      out.add(next.get());
      next = parentOf(next.get().id());
    }
    return List.copyOf(out);
  }

  /**
   * The bodies part of the given one, at any depth, breadth first.
   *
   * @param id a body id
   * @return the descendants; empty when there are none
   */
  public List<Body> descendantsOf(BodyId id) {
    List<Body> out = new ArrayList<>();
    Deque<BodyId> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      for (Body child : childrenOf(todo.removeFirst())) {
        out.add(child);
        todo.addLast(child.id());
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------------------------------------------- roles

  /**
   * The roles the given body holds itself or that are held through it: for CERT.be, the CSIRT role the CCB holds
   * through CERT.be.
   *
   * @param holder a body id, such as {@code ccb} or {@code cert-be}
   * @return the roles; empty when there are none
   */
  public List<Role> rolesHeldBy(BodyId holder) {
    return rolesByHolderOrVia.getOrDefault(holder, List.of());
  }

  /**
   * The roles held by the given body or by any of its parts, or through any of them: for the CCB, also those of
   * its Director General, CERT.be and NCCA-BE.
   *
   * @param holder a body id, such as {@code ccb}
   * @return the roles, without repeats; empty when there are none
   */
  public List<Role> rolesHeldByAnyPartOf(BodyId holder) {
    Set<Role> out = new LinkedHashSet<>(rolesHeldBy(holder));
    descendantsOf(holder).forEach(b -> out.addAll(rolesHeldBy(b.id())));
    return inFileOrder(out);
  }

  /**
   * The roles held in the given body.
   *
   * @param body a body id, such as {@code enisa-management-board}
   * @return the roles; empty when there are none
   */
  public List<Role> rolesIn(BodyId body) {
    return rolesByBody.getOrDefault(body, List.of());
  }

  /**
   * The roles held in the given body or in any body part of it, at any depth: for ENISA, also its Management Board
   * and ad hoc working groups.
   *
   * @param body a body id
   * @return the roles; empty when there are none
   */
  public List<Role> rolesInIncludingSubBodies(BodyId body) {
    Set<Role> out = new LinkedHashSet<>(rolesIn(body));
    descendantsOf(body).forEach(b -> out.addAll(rolesIn(b.id())));
    return inFileOrder(out);
  }

  /**
   * The roles the page places at a level.
   *
   * @param level the level
   * @return the roles; empty when there are none
   */
  public List<Role> rolesAt(Level level) {
    return rolesByLevel.getOrDefault(level, List.of());
  }

  /**
   * The roles with a function.
   *
   * @param function the function
   * @return the roles; empty when there are none
   */
  public List<Role> rolesWith(RoleFunction function) {
    return rolesByFunction.getOrDefault(function, List.of());
  }

  /**
   * The roles with a given condition.
   *
   * @param condition the condition
   * @return the roles; empty when there are none
   */
  public List<Role> rolesWith(Condition condition) {
    return rolesByCondition.getOrDefault(condition, List.of());
  }

  /**
   * The roles that hold only under a condition ("on request", "where appropriate").
   *
   * @return the roles; empty when there are none
   */
  public List<Role> conditionalRoles() {
    return conditionalRoles;
  }

  /**
   * The roles held on behalf of a party.
   *
   * @param party a body id, such as {@code belgium}
   * @return the roles; empty when there are none
   */
  public List<Role> rolesOnBehalfOf(BodyId party) {
    return rolesByParty.getOrDefault(party, List.of());
  }

  // ---------------------------------------------------------------------------------------------------- legal bases

  /**
   * The legal bases of a role, with their provisions and validity.
   *
   * @param role a role of this dataset
   * @return the legal bases; empty when none is stated
   */
  public List<LegalBasis> legalBasesOf(Role role) {
    return role.legalBases();
  }

  /**
   * The instruments a role rests on, in the order of its legal bases.
   *
   * @param role a role of this dataset
   * @return the instruments, without repeats; empty when none is stated
   * @throws java.util.NoSuchElementException if the role is not from this dataset and names an unknown instrument
   */
  public List<LegalInstrument> legalInstrumentsOf(Role role) {
    return role.legalBases().stream().map(LegalBasis::instrument).distinct().map(this::instrument).toList();
  }

  /**
   * The roles that name the instrument as a legal basis.
   *
   * @param instrument an instrument id
   * @return the roles; empty when there are none
   */
  public List<Role> rolesBasedOn(InstrumentId instrument) {
    return rolesByInstrument.getOrDefault(instrument, List.of());
  }

  /**
   * The roles that rest on the instrument directly or through a national law that transposes it, at any depth:
   * roles under the Belgian NIS law also answer for the NIS Directive.
   *
   * @param instrument an instrument id
   * @return the roles, without repeats; empty when there are none
   */
  public List<Role> rolesBasedOnTransitively(InstrumentId instrument) {
    Set<Role> out = new LinkedHashSet<>();
    for (InstrumentId id : withTransposingLaws(instrument)) {
      out.addAll(rolesBasedOn(id));
    }
    return inFileOrder(out);
  }

  /**
   * The national laws in the dataset that transpose or implement the instrument.
   *
   * @param instrument an instrument id, such as {@code nis-directive}
   * @return the laws; empty when there are none
   */
  public List<LegalInstrument> transposingLawsOf(InstrumentId instrument) {
    return transposedBy.getOrDefault(instrument, List.of());
  }

  /**
   * The instruments that replaced the given one, following {@code replacedBy} to the end: for the NIS Directive,
   * the NIS2 Directive.
   *
   * @param instrument an instrument id
   * @return the successors, nearest first; empty when it was not replaced
   */
  public List<LegalInstrument> successorsOf(InstrumentId instrument) {
    List<LegalInstrument> out = new ArrayList<>();
    Set<InstrumentId> seen = new LinkedHashSet<>(List.of(instrument));
    Optional<InstrumentId> next = findInstrument(instrument).flatMap(LegalInstrument::replacedBy);
    // The loader refuses succession cycles; the seen set only guards instruments handed in from elsewhere.
    while (next.isPresent() && seen.add(next.get())) {
      LegalInstrument successor = instrument(next.get());
      out.add(successor);
      next = successor.replacedBy();
    }
    return List.copyOf(out);
  }

  /**
   * The instruments the given one replaced directly: those that name it in {@code replacedBy}.
   *
   * @param instrument an instrument id, such as {@code nis2-directive}
   * @return the predecessors; empty when it replaced none
   */
  public List<LegalInstrument> predecessorsOf(InstrumentId instrument) {
    return predecessors.getOrDefault(instrument, List.of());
  }

  /**
   * The bodies established by the instrument.
   *
   * @param instrument an instrument id, such as {@code cybersecurity-act}
   * @return the bodies; empty when there are none
   */
  public List<Body> bodiesEstablishedBy(InstrumentId instrument) {
    return bodiesByEstablishingInstrument.getOrDefault(instrument, List.of());
  }

  /**
   * The instruments a body follows: those its monitoring roles concern.
   *
   * @param holder a body id, such as {@code ccb}
   * @return the instruments, without repeats, in the order the roles name them; empty when there are none
   */
  public List<LegalInstrument> instrumentsFollowedBy(BodyId holder) {
    Set<LegalInstrument> out = new LinkedHashSet<>();
    for (Role r : rolesHeldBy(holder)) {
      if (r.function() == RoleFunction.MONITORING) {
        r.concerns().forEach(id -> out.add(instrument(id)));
      }
    }
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------------------------------------------- words

  /**
   * A readable one-line explanation of a role, generated from the data, such as
   * {@code "CCB: representative of Belgium in the NIS Cooperation Group ..."}.
   *
   * @param role a role of this dataset
   * @param language the language of the sentence
   * @return the explanation; never null
   * @throws java.util.NoSuchElementException if the role is not from this dataset and names an unknown record
   */
  public String explain(Role role, Language language) {
    return RoleExplainer.explain(this, role, language);
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  private List<Role> inFileOrder(Collection<Role> some) {
    if (some.size() <= 1) {
      return List.copyOf(some);
    }
    Set<Role> wanted = Set.copyOf(some);
    return roles.values().stream().filter(wanted::contains).toList();
  }

  private List<InstrumentId> withTransposingLaws(InstrumentId instrument) {
    Set<InstrumentId> out = new LinkedHashSet<>(List.of(instrument));
    Deque<InstrumentId> todo = new ArrayDeque<>(out);
    while (!todo.isEmpty()) {
      for (LegalInstrument law : transposingLawsOf(todo.removeFirst())) {
        if (out.add(law.id())) {
          todo.addLast(law.id());
        }
      }
    }
    return List.copyOf(out);
  }

  private static <K, V> Map<K, V> byId(List<Located<V>> records, Function<V, K> id) {
    Map<K, V> out = new LinkedHashMap<>();
    records.forEach(r -> out.put(id.apply(r.value()), r.value()));
    return java.util.Collections.unmodifiableMap(out);
  }

  private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  private static <K, V> void addDistinct(Map<K, List<V>> map, K key, V value) {
    List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    Map<K, List<V>> out = new HashMap<>();
    map.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }
}
