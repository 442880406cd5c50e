package io.github.ccbrelations.data.internal.query;

import io.github.ccbrelations.data.internal.index.Names;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/** Lookups by id, name or identifier: they find every record, whatever the day. */
public final class Lookups {
  private final Records records;

  public Lookups(Records records) {
    this.records = records;
  }

  public Optional<Source> findSource(SourceId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(records.sources.get(id));
  }

  public Optional<Body> findBody(BodyId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(records.bodies.get(id));
  }

  public Optional<LegalInstrument> findInstrument(InstrumentId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(records.instruments.get(id));
  }

  public Optional<Role> findRole(RoleId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(records.roles.get(id));
  }

  public Body body(BodyId id) {
    return findBody(id).orElseThrow(() -> new NoSuchElementException("no body '" + id.value() + "'"));
  }

  public LegalInstrument instrument(InstrumentId id) {
    return findInstrument(id)
        .orElseThrow(() -> new NoSuchElementException("no legal instrument '" + id.value() + "'"));
  }

  public Role role(RoleId id) {
    return findRole(id).orElseThrow(() -> new NoSuchElementException("no role '" + id.value() + "'"));
  }

  public Source source(SourceId id) {
    return findSource(id).orElseThrow(() -> new NoSuchElementException("no source '" + id.value() + "'"));
  }

  public List<Body> bodiesNamed(String name) {
    Objects.requireNonNull(name, "name");
    return records.bodiesByName.get(Names.key(name));
  }

  public Optional<Body> findBodyByName(String name) {
    return onlyOne(bodiesNamed(name));
  }

  public List<LegalInstrument> instrumentsNamed(String name) {
    Objects.requireNonNull(name, "name");
    return records.instrumentsByName.get(Names.key(name));
  }

  public Optional<LegalInstrument> findInstrumentByName(String name) {
    return onlyOne(instrumentsNamed(name));
  }

  public Optional<LegalInstrument> findInstrumentByCelex(Celex celex) {
    Objects.requireNonNull(celex, "celex");
    return Optional.ofNullable(records.instrumentsByCelex.get(celex.value()));
  }

  public Optional<LegalInstrument> findInstrumentByEli(Eli eli) {
    Objects.requireNonNull(eli, "eli");
    return Optional.ofNullable(records.instrumentsByEli.get(eli.value()));
  }

  public Optional<LegalInstrument> findInstrumentByNumac(Numac numac) {
    Objects.requireNonNull(numac, "numac");
    return Optional.ofNullable(records.instrumentsByNumac.get(numac.value()));
  }

  /** A name that two records share names neither. */
  private static <T> Optional<T> onlyOne(List<T> found) {
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }
}
