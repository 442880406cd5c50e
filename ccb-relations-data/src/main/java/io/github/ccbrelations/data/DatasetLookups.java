package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.internal.index.Names;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * The half of {@link Dataset}'s API that the day rule leaves alone: lookups by id, name or identifier, which find
 * every record whatever the view's day.
 */
abstract sealed class DatasetLookups permits Dataset {
  final Records records;

  DatasetLookups(Records records) {
    this.records = records;
  }

  /** The source with the given id; empty when there is none. */
  public Optional<Source> findSource(SourceId id) {
    return Optional.ofNullable(records.sources.get(requireNonNull(id, "id")));
  }

  /** The body with the given id; empty when there is none (see {@link #resolveBody(String)} for retired ids). */
  public Optional<Body> findBody(BodyId id) {
    return Optional.ofNullable(records.bodies.get(requireNonNull(id, "id")));
  }

  /** The legal instrument with the given id; empty when there is none. */
  public Optional<LegalInstrument> findInstrument(InstrumentId id) {
    return Optional.ofNullable(records.instruments.get(requireNonNull(id, "id")));
  }

  /** The role with the given id; empty when there is none. */
  public Optional<Role> findRole(RoleId id) {
    return Optional.ofNullable(records.roles.get(requireNonNull(id, "id")));
  }

  /**
   * The body with the given id, for ids that must exist.
   *
   * @throws NoSuchElementException if there is no body with that id
   */
  public Body body(BodyId id) {
    return findBody(id).orElseThrow(() -> new NoSuchElementException("no body '" + id.value() + "'"));
  }

  /**
   * The legal instrument with the given id, for ids that must exist.
   *
   * @throws NoSuchElementException if there is no instrument with that id
   */
  public LegalInstrument instrument(InstrumentId id) {
    return findInstrument(id).orElseThrow(() -> new NoSuchElementException("no legal instrument '" + id.value() + "'"));
  }

  /**
   * The role with the given id, for ids that must exist.
   *
   * @throws NoSuchElementException if there is no role with that id
   */
  public Role role(RoleId id) {
    return findRole(id).orElseThrow(() -> new NoSuchElementException("no role '" + id.value() + "'"));
  }

  /**
   * The source with the given id, for ids that must exist.
   *
   * @throws NoSuchElementException if there is no source with that id
   */
  public Source source(SourceId id) {
    return findSource(id).orElseThrow(() -> new NoSuchElementException("no source '" + id.value() + "'"));
  }

  /**
   * The body with the given id, following redirects when the id was retired (renamed or merged); empty when the id
   * is neither live nor redirected.
   *
   * <pre>{@code
   * data.resolveBody("old-id").ifPresent(r -> {
   *   if (r.redirected()) System.out.println("moved to " + r.record().id().value());
   * });
   * }</pre>
   */
  public Optional<Resolution<Body>> resolveBody(String id) {
    return resolve(RecordType.BODY, id, s -> findBody(BodyId.of(s)));
  }

  /** The role with the given id, following redirects as {@link #resolveBody(String)} does. */
  public Optional<Resolution<Role>> resolveRole(String id) {
    return resolve(RecordType.ROLE, id, s -> findRole(RoleId.of(s)));
  }

  /** The instrument with the given id, following redirects as {@link #resolveBody(String)} does. */
  public Optional<Resolution<LegalInstrument>> resolveInstrument(String id) {
    return resolve(RecordType.INSTRUMENT, id, s -> findInstrument(InstrumentId.of(s)));
  }

  /** The source with the given id, following redirects as {@link #resolveBody(String)} does. */
  public Optional<Resolution<Source>> resolveSource(String id) {
    return resolve(RecordType.SOURCE, id, s -> findSource(SourceId.of(s)));
  }

  private <T> Optional<Resolution<T>> resolve(RecordType type, String id, Function<String, Optional<T>> find) {
    requireNonNull(id, "id");
    Map<String, String> moves = records.redirects.getOrDefault(type, Map.of());
    List<String> path = new ArrayList<>();
    Optional<T> found;
    try {
      found = find.apply(id);
    } catch (IllegalArgumentException notAnId) {
      // Only the id asked for can be malformed (the ends of redirects are checked at load): it names nothing.
      return Optional.empty();
    }
    String current = id;
    // The loader refuses redirect cycles and redirects that end at no live record, so the walk ends.
    while (found.isEmpty()) {
      String next = moves.get(current);
      if (next == null) {
        return Optional.empty();
      }
      path.add(current);
      current = next;
      found = find.apply(current);
    }
    return Optional.of(new Resolution<>(found.get(), id, path));
  }

  /**
   * The bodies with a name, acronym or other label equal to the given text in any language, ignoring case, accents,
   * punctuation, spacing and a leading article ("l'Agence", "die Agentur"); the body's id counts as a label too.
   * Empty when none matches.
   *
   * <pre>{@code
   * data.bodiesNamed("gthqc");   // the Council's Horizontal Working Party on Cyber Issues
   * data.bodiesNamed("HWPCI");   // the same body
   * }</pre>
   */
  public List<Body> bodiesNamed(String name) {
    return records.bodiesByName.get(Names.key(requireNonNull(name, "name")));
  }

  /** The one body named so, as for {@link #bodiesNamed(String)}; empty when none, or more than one, is. */
  public Optional<Body> findBodyByName(String name) {
    return onlyOne(bodiesNamed(name));
  }

  /**
   * The instruments with a title, short name, acronym or id equal to the given text, as for
   * {@link #bodiesNamed(String)}, or with a name that follows from an identifier: its CELEX number or numac
   * ("32021R0887", "2024005260"), an EU act numbered since 2015 by its number and citation in each language
   * ("2021/887", "Règlement (UE) 2021/887"), an OSCE decision by its symbol or its number ("PC.DEC/1202", "1202").
   * Empty when none matches.
   */
  public List<LegalInstrument> instrumentsNamed(String name) {
    return records.instrumentsByName.get(Names.key(requireNonNull(name, "name")));
  }

  /** The one instrument named so, as for {@link #instrumentsNamed(String)}; empty when none, or more than one, is. */
  public Optional<LegalInstrument> findInstrumentByName(String name) {
    return onlyOne(instrumentsNamed(name));
  }

  /** The instrument with the given CELEX number, such as {@code 32016L1148}; empty when none has it. */
  public Optional<LegalInstrument> findInstrumentByCelex(Celex celex) {
    return Optional.ofNullable(records.instrumentsByCelex.get(requireNonNull(celex, "celex").value()));
  }

  /** The instrument with the given European Legislation Identifier; empty when none has it. */
  public Optional<LegalInstrument> findInstrumentByEli(Eli eli) {
    return Optional.ofNullable(records.instrumentsByEli.get(requireNonNull(eli, "eli").value()));
  }

  /** The Belgian instrument with the given numac, such as {@code 2019011507}; empty when none has it. */
  public Optional<LegalInstrument> findInstrumentByNumac(Numac numac) {
    return Optional.ofNullable(records.instrumentsByNumac.get(requireNonNull(numac, "numac").value()));
  }

  private static <T> Optional<T> onlyOne(List<T> found) {
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }
}
