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

  final ListIndex<String, Body> bodiesByName;
  final ListIndex<String, LegalInstrument> instrumentsByName;
  final ListIndex<BodyId, Body> children;
  final ListIndex<InstrumentId, LegalInstrument> transposedBy;
  final ListIndex<InstrumentId, LegalInstrument> predecessors;
  final ListIndex<InstrumentId, Body> bodiesByEstablishingInstrument;
  final Map<String, LegalInstrument> instrumentsByCelex;
  final Map<String, LegalInstrument> instrumentsByEli;
  final Map<String, LegalInstrument> instrumentsByNumac;

  /**
   * Indexes a document that passed the integrity rules, keeping the id indexes they built.
   *
   * @param doc the document
   * @param sha256 the digest of its bytes
   * @param checked the rules' result for it, without errors
   * @param bodyIndexes the other indexes of its bodies
   * @param instrumentIndexes the other indexes of its instruments
   */
  Records(ParsedDocument doc, String sha256, IntegrityRules.Checked checked, BodyIndexes bodyIndexes,
      InstrumentIndexes instrumentIndexes) {
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

    this.bodiesByName = bodyIndexes.byName;
    this.children = bodyIndexes.children;
    this.bodiesByEstablishingInstrument = bodyIndexes.byEstablishingInstrument;
    this.instrumentsByName = instrumentIndexes.byName;
    this.transposedBy = instrumentIndexes.transposedBy;
    this.predecessors = instrumentIndexes.predecessors;
    this.instrumentsByCelex = instrumentIndexes.byCelex;
    this.instrumentsByEli = instrumentIndexes.byEli;
    this.instrumentsByNumac = instrumentIndexes.byNumac;
  }

  /**
   * The indexes of a document's bodies other than by id: by name, the hierarchy and the instruments that established
   * them. They read the records only, not the rules' results, so a load may build them while the rules still run;
   * they describe a dataset only once the rules found no error (no id repeated).
   */
  static final class BodyIndexes {
    final ListIndex<String, Body> byName;
    final ListIndex<BodyId, Body> children;
    final ListIndex<InstrumentId, Body> byEstablishingInstrument;

    /**
     * Indexes bodies.
     *
     * @param bodyList the bodies, in file order
     */
    BodyIndexes(List<Located<Body>> bodyList) {
      int bodyLabels = 0;
      for (int j = 0; j < bodyList.size(); j++) {
        bodyLabels += bodyList.get(j).value().labels().size() + 1;
      }
      Names.Buffer buffer = new Names.Buffer();
      ListIndex<String, Body> names = new ListIndex<>(bodyLabels);
      ListIndex<BodyId, Body> kids = new ListIndex<>(bodyList.size() / 2);
      ListIndex<InstrumentId, Body> established = new ListIndex<>(16);
      for (int j = 0; j < bodyList.size(); j++) {
        Body b = bodyList.get(j).value();
        List<Label> labels = b.labels();
        for (int i = 0; i < labels.size(); i++) {
          names.addDistinct(Names.key(labels.get(i).text(), buffer), b);
        }
        names.addDistinct(Names.key(b.id().value(), buffer), b);
        if (b.partOf().isPresent()) {
          kids.add(b.partOf().get(), b);
        }
        if (b.establishedBy().isPresent()) {
          established.add(b.establishedBy().get().instrument(), b);
        }
      }
      this.byName = names.freeze();
      this.children = kids.freeze();
      this.byEstablishingInstrument = established.freeze();
    }
  }

  /**
   * The indexes of a document's instruments other than by id: by name, by CELEX number, ELI and numac, and the links
   * between instruments; built as {@link BodyIndexes} are.
   */
  static final class InstrumentIndexes {
    final ListIndex<String, LegalInstrument> byName;
    final ListIndex<InstrumentId, LegalInstrument> transposedBy;
    final ListIndex<InstrumentId, LegalInstrument> predecessors;
    final Map<String, LegalInstrument> byCelex;
    final Map<String, LegalInstrument> byEli;
    final Map<String, LegalInstrument> byNumac;

    /**
     * Indexes instruments.
     *
     * @param instrumentList the instruments, in file order
     */
    InstrumentIndexes(List<Located<LegalInstrument>> instrumentList) {
      int instrumentLabels = 0;
      for (int j = 0; j < instrumentList.size(); j++) {
        instrumentLabels += instrumentList.get(j).value().labels().size() + 1;
      }
      Names.Buffer buffer = new Names.Buffer();
      ListIndex<String, LegalInstrument> instrumentNames = new ListIndex<>(instrumentLabels);
      ListIndex<InstrumentId, LegalInstrument> transposers = new ListIndex<>(16);
      ListIndex<InstrumentId, LegalInstrument> replaced = new ListIndex<>(16);
      Map<String, LegalInstrument> celex = new HashMap<>();
      Map<String, LegalInstrument> eli = new HashMap<>();
      Map<String, LegalInstrument> numac = new HashMap<>();
      for (int j = 0; j < instrumentList.size(); j++) {
        LegalInstrument li = instrumentList.get(j).value();
        List<Label> labels = li.labels();
        for (int i = 0; i < labels.size(); i++) {
          instrumentNames.addDistinct(Names.key(labels.get(i).text(), buffer), li);
        }
        instrumentNames.addDistinct(Names.key(li.id().value(), buffer), li);
        Names.derivedNames(li).forEach(name -> instrumentNames.addDistinct(Names.key(name), li));
        List<InstrumentId> transposed = li.transposes();
        for (int i = 0; i < transposed.size(); i++) {
          transposers.add(transposed.get(i), li);
        }
        if (li.replacedBy().isPresent()) {
          replaced.add(li.replacedBy().get(), li);
        }
        if (li.celex().isPresent()) {
          celex.putIfAbsent(li.celex().get().value(), li);
        }
        if (li.eli().isPresent()) {
          eli.putIfAbsent(li.eli().get().value(), li);
        }
        if (li.numac().isPresent()) {
          numac.putIfAbsent(li.numac().get().value(), li);
        }
      }
      this.byName = instrumentNames.freeze();
      this.transposedBy = transposers.freeze();
      this.predecessors = replaced.freeze();
      this.byCelex = Collections.unmodifiableMap(celex);
      this.byEli = Collections.unmodifiableMap(eli);
      this.byNumac = Collections.unmodifiableMap(numac);
    }
  }

  static <K, V> void add(Map<K, List<V>> map, K key, V value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
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
