package io.github.ccbrelations.data.internal.index;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.RoleSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The records of a dataset that hold on one day (or all of them, for the all-time view), with the indexes of
 * relations built for that day: roles by holder, body, level, function, condition, party and instrument.
 */
public final class View {
  /** The day, or empty for the all-time view. */
  public final Optional<LocalDate> date;
  public final List<Role> roles;
  public final List<Body> bodies;
  public final List<LegalInstrument> instruments;
  public final Set<BodyId> bodyIds;
  public final Set<InstrumentId> instrumentIds;
  public final Map<RoleId, List<LegalBasis>> legalBases;
  public final Map<BodyId, List<Role>> rolesByHolderOrVia;
  public final Map<BodyId, List<Role>> rolesByBody;
  public final Map<Level, List<Role>> rolesByLevel;
  public final Map<RoleFunction, List<Role>> rolesByFunction;
  public final Map<Condition, List<Role>> rolesByCondition;
  public final Map<BodyId, List<Role>> rolesByParty;
  public final Map<InstrumentId, List<Role>> rolesByInstrument;
  /** The roles by the instruments they implement, concern or are guided by, whatever the instrument's dates. */
  public final Map<InstrumentId, List<Role>> rolesBySubject;
  public final List<Role> conditionalRoles;
  public final Map<RoleId, Integer> order;

  public View(Records records, Optional<LocalDate> date) {
    this.date = date;
    this.bodies = date.map(d -> records.bodyList.stream().filter(b -> b.lifecycleOn(d).isActive()).toList())
        .orElse(records.bodyList);
    this.instruments = date.map(d -> records.instrumentList.stream().filter(i -> i.isInForceOn(d)).toList())
        .orElse(records.instrumentList);
    // Not Set.copyOf or toUnmodifiableSet: see Records.freeze for why the JDK's immutable sets are avoided.
    Set<BodyId> bodySet = new HashSet<>();
    bodies.forEach(b -> bodySet.add(b.id()));
    this.bodyIds = Collections.unmodifiableSet(bodySet);
    Set<InstrumentId> instrumentSet = new HashSet<>();
    instruments.forEach(i -> instrumentSet.add(i.id()));
    this.instrumentIds = Collections.unmodifiableSet(instrumentSet);
    this.roles = date.map(d -> records.roleList.stream().filter(r -> r.isValidOn(d)).toList())
        .orElse(records.roleList);

    Map<RoleId, List<LegalBasis>> bases = new HashMap<>();
    Map<BodyId, List<Role>> byHolder = new HashMap<>();
    Map<BodyId, List<Role>> byBody = new HashMap<>();
    Map<Level, List<Role>> byLevel = new EnumMap<>(Level.class);
    Map<RoleFunction, List<Role>> byFunction = new EnumMap<>(RoleFunction.class);
    Map<Condition, List<Role>> byCondition = new EnumMap<>(Condition.class);
    Map<BodyId, List<Role>> byParty = new HashMap<>();
    Map<InstrumentId, List<Role>> byInstrument = new HashMap<>();
    Map<InstrumentId, List<Role>> bySubject = new HashMap<>();
    Map<RoleId, Integer> positions = new HashMap<>();
    List<Role> conditional = new ArrayList<>();
    for (Role r : roles) {
      positions.put(r.id(), positions.size());
      List<LegalBasis> valid = basesOn(r);
      bases.put(r.id(), valid);
      Records.add(byHolder, r.holder(), r);
      // The model guarantees via differs from holder, so a role is listed once per key.
      r.via().ifPresent(v -> Records.add(byHolder, v, r));
      r.body().ifPresent(b -> Records.add(byBody, b, r));
      Records.add(byLevel, r.level(), r);
      Records.add(byFunction, r.function(), r);
      r.onBehalfOf().ifPresent(p -> Records.add(byParty, p, r));
      r.condition().ifPresent(c -> {
        Records.add(byCondition, c, r);
        conditional.add(r);
      });
      valid.stream().map(LegalBasis::instrument).distinct().forEach(i -> Records.add(byInstrument, i, r));
      r.subjects().stream().map(RoleSubject::instrument).distinct().forEach(i -> Records.add(bySubject, i, r));
    }
    this.legalBases = Collections.unmodifiableMap(bases);
    this.rolesByHolderOrVia = Records.freeze(byHolder);
    this.rolesByBody = Records.freeze(byBody);
    this.rolesByLevel = Records.freeze(byLevel);
    this.rolesByFunction = Records.freeze(byFunction);
    this.rolesByCondition = Records.freeze(byCondition);
    this.rolesByParty = Records.freeze(byParty);
    this.rolesByInstrument = Records.freeze(byInstrument);
    this.rolesBySubject = Records.freeze(bySubject);
    this.conditionalRoles = List.copyOf(conditional);
    this.order = Collections.unmodifiableMap(positions);
  }

  /** The legal bases of a role that hold on this view's day and rest on an instrument in force then. */
  public List<LegalBasis> basesOn(Role r) {
    if (date.isEmpty()) {
      return r.legalBases();
    }
    return r.legalBases().stream()
        .filter(b -> b.validity().map(v -> v.includes(date.get())).orElse(true))
        .filter(b -> instrumentIds.contains(b.instrument()))
        .toList();
  }
}
