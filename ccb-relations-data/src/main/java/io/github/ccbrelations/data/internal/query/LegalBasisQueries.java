package io.github.ccbrelations.data.internal.query;

import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.index.View;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What rests on what on a view's day: the legal bases of roles, and the roles and bodies an instrument founds. */
public final class LegalBasisQueries {
  private final Records records;
  private final Lookups lookups;
  private final InstrumentWalks instruments;
  private final RoleQueries roles;

  public LegalBasisQueries(Records records, Lookups lookups, InstrumentWalks instruments, RoleQueries roles) {
    this.records = records;
    this.lookups = lookups;
    this.instruments = instruments;
    this.roles = roles;
  }

  public List<LegalBasis> legalBasesOf(View day, Role role) {
    Objects.requireNonNull(role, "role");
    List<LegalBasis> indexed = day.legalBases.get(role.id());
    // The index answers for this dataset's own role; a role made or changed elsewhere is filtered afresh.
    return indexed != null && lookups.findRole(role.id()).filter(role::equals).isPresent()
        ? indexed
        : day.basesOn(role);
  }

  public List<LegalInstrument> legalInstrumentsOf(View day, Role role) {
    return legalBasesOf(day, role).stream().map(LegalBasis::instrument).distinct().map(lookups::instrument).toList();
  }

  public List<Role> rolesBasedOn(View day, InstrumentId instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return day.rolesByInstrument.getOrDefault(instrument, List.of());
  }

  /** The roles that implement, concern or are guided by the instrument. */
  public List<Role> rolesConcerning(View day, InstrumentId instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return day.rolesBySubject.getOrDefault(instrument, List.of());
  }

  /** Directly or through a law that transposes the instrument, at any depth. */
  public List<Role> rolesBasedOnTransitively(View day, InstrumentId instrument) {
    Objects.requireNonNull(instrument, "instrument");
    Set<Role> out = InFileOrder.identitySet();
    for (InstrumentId id : instruments.withTransposingLaws(instrument)) {
      out.addAll(rolesBasedOn(day, id));
    }
    return InFileOrder.of(day, out);
  }

  public List<Body> bodiesEstablishedBy(View day, InstrumentId instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return records.bodiesByEstablishingInstrument.get(instrument).stream()
        .filter(b -> BodyWalks.existsOn(day, b))
        .toList();
  }

  /** The instruments the holder's monitoring roles concern. */
  public List<LegalInstrument> instrumentsFollowedBy(View day, BodyId holder) {
    Set<LegalInstrument> out = new LinkedHashSet<>();
    for (Role r : roles.rolesHeldBy(day, holder)) {
      if (r.function() == RoleFunction.MONITORING) {
        r.concerns().stream()
            .map(lookups::instrument)
            .filter(i -> InstrumentWalks.inForceOn(day, i))
            .forEach(out::add);
      }
    }
    return List.copyOf(out);
  }
}
