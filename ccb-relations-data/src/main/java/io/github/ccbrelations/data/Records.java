package io.github.ccbrelations.data;

import io.github.ccbrelations.data.ParsedDocument.Located;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every record of a loaded dataset, whatever its dates, with the indexes that do not depend on a day: by id, by
 * name, by identifier, the body hierarchy and the links between instruments. Shared by all views of a dataset.
 */
final class Records {
  final DatasetInfo info;
  final Map<SourceId, Source> sources;
  final Map<BodyId, Body> bodies;
  final Map<InstrumentId, LegalInstrument> instruments;
  final Map<RoleId, Role> roles;
  final List<Source> sourceList;
  final List<Body> bodyList;
  final List<LegalInstrument> instrumentList;
  final List<Role> roleList;
  final List<Redirect> redirectList;
  final Map<RecordType, Map<String, String>> redirects;

  final Map<String, List<Body>> bodiesByName;
  final Map<String, List<LegalInstrument>> instrumentsByName;
  final Map<BodyId, List<Body>> children;
  final Map<InstrumentId, List<LegalInstrument>> transposedBy;
  final Map<InstrumentId, List<LegalInstrument>> predecessors;
  final Map<InstrumentId, List<Body>> bodiesByEstablishingInstrument;
  final Map<String, LegalInstrument> instrumentsByCelex;
  final Map<String, LegalInstrument> instrumentsByEli;
  final Map<String, LegalInstrument> instrumentsByNumac;

  /**
   * Indexes a document that passed the integrity rules, keeping the id indexes they built.
   *
   * @param doc the document
   * @param sha256 the digest of its bytes
   * @param checked the rules' result for it, without errors
   */
  Records(ParsedDocument doc, String sha256, IntegrityRules.Checked checked) {
    this.sources = Collections.unmodifiableMap(checked.sources());
    this.bodies = Collections.unmodifiableMap(checked.bodies());
    this.instruments = Collections.unmodifiableMap(checked.instruments());
    this.roles = Collections.unmodifiableMap(checked.roles());
    this.sourceList = List.copyOf(sources.values());
    this.bodyList = List.copyOf(bodies.values());
    this.instrumentList = List.copyOf(instruments.values());
    this.roleList = List.copyOf(roles.values());
    this.redirectList = doc.redirects.stream().map(Located::value).toList();
    this.info = new DatasetInfo(
        doc.header, doc.sourceName, sha256, sources.size(), bodies.size(), instruments.size(), roles.size());

    Map<RecordType, Map<String, String>> moves = new EnumMap<>(RecordType.class);
    for (Redirect r : redirectList) {
      moves.computeIfAbsent(r.recordType(), k -> new HashMap<>()).put(r.from(), r.to());
    }
    Map<RecordType, Map<String, String>> frozenMoves = new EnumMap<>(RecordType.class);
    moves.forEach((k, v) -> frozenMoves.put(k, Collections.unmodifiableMap(v)));
    this.redirects = Collections.unmodifiableMap(frozenMoves);

    Map<String, List<Body>> names = new HashMap<>();
    Map<BodyId, List<Body>> kids = new HashMap<>();
    Map<InstrumentId, List<Body>> established = new HashMap<>();
    for (Body b : bodyList) {
      for (Label l : b.labels()) {
        addDistinct(names, Names.key(l.text()), b);
      }
      addDistinct(names, Names.key(b.id().value()), b);
      b.partOf().ifPresent(p -> add(kids, p, b));
      b.establishedBy().ifPresent(e -> add(established, e.instrument(), b));
    }
    Map<String, List<LegalInstrument>> instrumentNames = new HashMap<>();
    Map<InstrumentId, List<LegalInstrument>> transposers = new HashMap<>();
    Map<InstrumentId, List<LegalInstrument>> replaced = new HashMap<>();
    Map<String, LegalInstrument> celex = new HashMap<>();
    Map<String, LegalInstrument> eli = new HashMap<>();
    Map<String, LegalInstrument> numac = new HashMap<>();
    for (LegalInstrument li : instrumentList) {
      for (Label l : li.labels()) {
        addDistinct(instrumentNames, Names.key(l.text()), li);
      }
      addDistinct(instrumentNames, Names.key(li.id().value()), li);
      li.transposes().forEach(t -> add(transposers, t, li));
      li.replacedBy().ifPresent(r -> add(replaced, r, li));
      li.celex().ifPresent(c -> celex.putIfAbsent(c.value(), li));
      li.eli().ifPresent(e -> eli.putIfAbsent(e.value(), li));
      li.numac().ifPresent(n -> numac.putIfAbsent(n.value(), li));
    }
    this.bodiesByName = freeze(names);
    this.children = freeze(kids);
    this.bodiesByEstablishingInstrument = freeze(established);
    this.instrumentsByName = freeze(instrumentNames);
    this.transposedBy = freeze(transposers);
    this.predecessors = freeze(replaced);
    this.instrumentsByCelex = Collections.unmodifiableMap(celex);
    this.instrumentsByEli = Collections.unmodifiableMap(eli);
    this.instrumentsByNumac = Collections.unmodifiableMap(numac);
  }

  static <K, V> void add(Map<K, List<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  /** For label indexes only: a record has few labels, so the list stays short. */
  static <K, V> void addDistinct(Map<K, List<V>> map, K key, V value) {
    List<V> list = map.computeIfAbsent(key, k -> new ArrayList<>());
    if (list.isEmpty() || list.get(list.size() - 1) != value) {
      list.add(value);
    }
  }

  /**
   * Makes the lists of a map we own immutable and wraps the map, rather than copying it with {@code Map.copyOf}:
   * the JDK's immutable maps probe linearly, and ids that differ only in their last characters ("b-1000", "b-1001")
   * have consecutive hash codes that form long runs, which made building and querying a million-record dataset
   * take minutes. {@link HashMap} spreads the hash and bounds a bucket.
   */
  static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
    map.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(map);
  }
}
