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
import io.github.ccbrelations.model.RoleSubject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
  private final Set<BodyId> bodyIds;
  private final Set<InstrumentId> instrumentIds;
  public final ListIndex<BodyId, Role> rolesByHolderOrVia;
  public final ListIndex<BodyId, Role> rolesByBody;
  public final ListIndex<Level, Role> rolesByLevel;
  public final ListIndex<RoleFunction, Role> rolesByFunction;
  public final ListIndex<Condition, Role> rolesByCondition;
  public final ListIndex<BodyId, Role> rolesByParty;
  public final ListIndex<InstrumentId, Role> rolesByInstrument;
  /** The roles by the instruments they implement, concern or are guided by, whatever the instrument's dates. */
  public final ListIndex<InstrumentId, Role> rolesBySubject;
  public final List<Role> conditionalRoles;

  public View(Records records, Optional<LocalDate> date) {
    this.date = date;
    // Loops, not streams and lambdas, here and in basesOn: a view is built on a cold JVM's first query, where each
    // lambda is a class spun at run time (#19).
    LocalDate day = date.orElse(null);
    List<Body> activeBodies = new ArrayList<>();
    // Not Set.copyOf or toUnmodifiableSet: see ListIndex for why the JDK's immutable sets are avoided.
    Set<BodyId> bodySet = new HashSet<>();
    for (Body b : records.bodyList) {
      if (day == null || b.lifecycleOn(day).isActive()) {
        activeBodies.add(b);
        bodySet.add(b.id());
      }
    }
    List<LegalInstrument> inForce = new ArrayList<>();
    Set<InstrumentId> instrumentSet = new HashSet<>();
    for (LegalInstrument i : records.instrumentList) {
      if (day == null || i.isInForceOn(day)) {
        inForce.add(i);
        instrumentSet.add(i.id());
      }
    }
    List<Role> valid = new ArrayList<>();
    for (Role r : records.roleList) {
      if (day == null || r.isValidOn(day)) {
        valid.add(r);
      }
    }
    this.bodies = day == null ? records.bodyList : List.copyOf(activeBodies);
    this.instruments = day == null ? records.instrumentList : List.copyOf(inForce);
    this.roles = day == null ? records.roleList : List.copyOf(valid);
    this.bodyIds = Collections.unmodifiableSet(bodySet);
    this.instrumentIds = Collections.unmodifiableSet(instrumentSet);

    ListIndex<BodyId, Role> byHolder = new ListIndex<>(16);
    ListIndex<BodyId, Role> byBody = new ListIndex<>(16);
    ListIndex<Level, Role> byLevel = new ListIndex<>(16);
    ListIndex<RoleFunction, Role> byFunction = new ListIndex<>(16);
    ListIndex<Condition, Role> byCondition = new ListIndex<>(16);
    ListIndex<BodyId, Role> byParty = new ListIndex<>(16);
    ListIndex<InstrumentId, Role> byInstrument = new ListIndex<>(16);
    ListIndex<InstrumentId, Role> bySubject = new ListIndex<>(16);
    List<Role> conditional = new ArrayList<>();
    for (Role r : roles) {
      byHolder.add(r.holder(), r);
      // The model guarantees via differs from holder, so a role is listed once per key.
      if (r.via().isPresent()) {
        byHolder.add(r.via().get(), r);
      }
      if (r.body().isPresent()) {
        byBody.add(r.body().get(), r);
      }
      byLevel.add(r.level(), r);
      byFunction.add(r.function(), r);
      if (r.onBehalfOf().isPresent()) {
        byParty.add(r.onBehalfOf().get(), r);
      }
      if (r.condition().isPresent()) {
        byCondition.add(r.condition().get(), r);
        conditional.add(r);
      }
      // A role that names an instrument twice is listed once under it.
      for (LegalBasis basis : basesOn(r)) {
        byInstrument.addDistinct(basis.instrument(), r);
      }
      for (RoleSubject subject : r.subjects()) {
        bySubject.addDistinct(subject.instrument(), r);
      }
    }
    this.rolesByHolderOrVia = byHolder.freeze();
    this.rolesByBody = byBody.freeze();
    this.rolesByLevel = byLevel.freeze();
    this.rolesByFunction = byFunction.freeze();
    this.rolesByCondition = byCondition.freeze();
    this.rolesByParty = byParty.freeze();
    this.rolesByInstrument = byInstrument.freeze();
    this.rolesBySubject = bySubject.freeze();
    this.conditionalRoles = List.copyOf(conditional);
  }

  /** Whether a body exists on this view's day. */
  public boolean exists(Body body) {
    return bodyIds.contains(body.id());
  }

  /** The bodies of a list that exist on this view's day, in the list's order. */
  public List<Body> existing(List<Body> bodies) {
    return bodies.stream().filter(this::exists).toList();
  }

  /** The instruments of a list that are in force on this view's day, in the list's order. */
  public List<LegalInstrument> inForce(List<LegalInstrument> instruments) {
    return instruments.stream().filter(i -> instrumentIds.contains(i.id())).toList();
  }

  /** The legal bases of a role that hold on this view's day and rest on an instrument in force then. */
  public List<LegalBasis> basesOn(Role r) {
    if (date.isEmpty()) {
      return r.legalBases();
    }
    List<LegalBasis> holding = new ArrayList<>(r.legalBases().size());
    for (LegalBasis b : r.legalBases()) {
      if ((b.validity().isEmpty() || b.validity().get().includes(date.get()))
          && instrumentIds.contains(b.instrument())) {
        holding.add(b);
      }
    }
    return Collections.unmodifiableList(holding);
  }
}
