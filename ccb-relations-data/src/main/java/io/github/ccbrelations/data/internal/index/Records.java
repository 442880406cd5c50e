package io.github.ccbrelations.data.internal.index;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.DatasetHeader;
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
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every record of a loaded dataset, whatever its dates, with the indexes that do not depend on a day: by id, by
 * name, by identifier, the body hierarchy and the links between instruments. Shared by all views of a dataset.
 */
public final class Records {
  public final DatasetHeader header;
  public final String sourceName;
  public final String sha256;
  public final Map<SourceId, Source> sources;
  public final Map<BodyId, Body> bodies;
  public final Map<InstrumentId, LegalInstrument> instruments;
  public final Map<RoleId, Role> roles;
  public final List<Source> sourceList;
  public final List<Body> bodyList;
  public final List<LegalInstrument> instrumentList;
  public final List<Role> roleList;
  public final List<Redirect> redirectList;
  public final Map<RecordType, Map<String, String>> redirects;
  /** Each role's place in the file, to give the roles of several index entries in file order. */
  public final Map<RoleId, Integer> order;

  public final ListIndex<String, Body> bodiesByName;
  public final ListIndex<String, LegalInstrument> instrumentsByName;
  public final ListIndex<BodyId, Body> children;
  public final ListIndex<InstrumentId, LegalInstrument> transposedOrImplementedBy;
  public final ListIndex<InstrumentId, LegalInstrument> predecessors;
  public final ListIndex<InstrumentId, Body> bodiesByEstablishingInstrument;
  public final Map<String, LegalInstrument> instrumentsByCelex;
  public final Map<String, LegalInstrument> instrumentsByEli;
  public final Map<String, LegalInstrument> instrumentsByNumac;

  /**
   * Indexes the records of a document that passed the integrity rules. The maps by id, in file order, are the rules'
   * own, kept rather than built again.
   */
  public Records(DatasetHeader header, String sourceName, String sha256, Map<SourceId, Source> sources,
      Map<BodyId, Body> bodies, Map<InstrumentId, LegalInstrument> instruments, Map<RoleId, Role> roles,
      List<Redirect> redirects) {
    this.header = header;
    this.sourceName = sourceName;
    this.sha256 = sha256;
    this.sources = Collections.unmodifiableMap(sources);
    this.bodies = Collections.unmodifiableMap(bodies);
    this.instruments = Collections.unmodifiableMap(instruments);
    this.roles = Collections.unmodifiableMap(roles);
    this.sourceList = List.copyOf(sources.values());
    this.bodyList = List.copyOf(bodies.values());
    this.instrumentList = List.copyOf(instruments.values());
    this.roleList = List.copyOf(roles.values());
    this.redirectList = List.copyOf(redirects);

    // Loops, not lambdas, here: the records are indexed on a cold JVM's first load, where each lambda is a class
    // spun at run time (#19).
    Map<RecordType, Map<String, String>> moves = new EnumMap<>(RecordType.class);
    for (Redirect r : redirectList) {
      Map<String, String> ofType = moves.get(r.recordType());
      if (ofType == null) {
        ofType = new HashMap<>();
        moves.put(r.recordType(), ofType);
      }
      ofType.put(r.from(), r.to());
    }
    for (Map.Entry<RecordType, Map<String, String>> e : moves.entrySet()) {
      e.setValue(Collections.unmodifiableMap(e.getValue()));
    }
    this.redirects = Collections.unmodifiableMap(moves);

    Map<RoleId, Integer> places = new HashMap<>();
    for (Role r : roleList) {
      places.put(r.id(), places.size());
    }
    this.order = Collections.unmodifiableMap(places);

    ListIndex<String, Body> bodyNames = new ListIndex<>(bodyList.size() * 4);
    ListIndex<BodyId, Body> kids = new ListIndex<>(bodyList.size() / 2);
    ListIndex<InstrumentId, Body> established = new ListIndex<>(16);
    for (Body b : bodyList) {
      for (Label label : b.labels()) {
        bodyNames.addDistinct(Names.key(label.text()), b);
      }
      bodyNames.addDistinct(Names.key(b.id().value()), b);
      if (b.partOf().isPresent()) {
        kids.add(b.partOf().get(), b);
      }
      if (b.establishedBy().isPresent()) {
        established.add(b.establishedBy().get().instrument(), b);
      }
    }
    this.bodiesByName = bodyNames.freeze();
    this.children = kids.freeze();
    this.bodiesByEstablishingInstrument = established.freeze();

    ListIndex<String, LegalInstrument> instrumentNames = new ListIndex<>(instrumentList.size() * 4);
    ListIndex<InstrumentId, LegalInstrument> transposers = new ListIndex<>(16);
    ListIndex<InstrumentId, LegalInstrument> replaced = new ListIndex<>(16);
    Map<String, LegalInstrument> celex = new HashMap<>();
    Map<String, LegalInstrument> eli = new HashMap<>();
    Map<String, LegalInstrument> numac = new HashMap<>();
    for (LegalInstrument li : instrumentList) {
      for (Label label : li.labels()) {
        instrumentNames.addDistinct(Names.key(label.text()), li);
      }
      instrumentNames.addDistinct(Names.key(li.id().value()), li);
      for (String name : Names.derivedNames(li)) {
        instrumentNames.addDistinct(Names.key(name), li);
      }
      for (InstrumentId transposed : li.transposes()) {
        transposers.add(transposed, li);
      }
      // A regulation is not transposed, but a national law may implement it: that law answers for it as well.
      for (InstrumentId implemented : li.implementsInstruments()) {
        transposers.addDistinct(implemented, li);
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
    this.instrumentsByName = instrumentNames.freeze();
    this.transposedOrImplementedBy = transposers.freeze();
    this.predecessors = replaced.freeze();
    this.instrumentsByCelex = Collections.unmodifiableMap(celex);
    this.instrumentsByEli = Collections.unmodifiableMap(eli);
    this.instrumentsByNumac = Collections.unmodifiableMap(numac);
  }
}
