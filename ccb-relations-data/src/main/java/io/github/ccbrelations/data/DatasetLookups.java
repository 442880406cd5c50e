package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.query.Lookups;
import io.github.ccbrelations.data.internal.query.Resolver;
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
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The half of {@link Dataset}'s API that the day rule leaves alone: lookups by id, name or identifier, which find
 * every record whatever the view's day. Kept apart from the lists and walks, which answer for the day.
 */
abstract sealed class DatasetLookups permits Dataset {
  final Lookups lookups;
  private final Resolver resolver;

  DatasetLookups(Records records) {
    this.lookups = new Lookups(records);
    this.resolver = new Resolver(records);
  }

  /**
   * The source with the given id.
   *
   * @param id the id
   * @return the source; empty when there is none with that id
   */
  public Optional<Source> findSource(SourceId id) {
    return lookups.findSource(id);
  }

  /**
   * The body with the given id, whatever the day.
   *
   * @param id the id
   * @return the body; empty when there is none with that id (see {@link #resolveBody(String)} for retired ids)
   */
  public Optional<Body> findBody(BodyId id) {
    return lookups.findBody(id);
  }

  /**
   * The legal instrument with the given id, whatever the day.
   *
   * @param id the id
   * @return the instrument; empty when there is none with that id
   */
  public Optional<LegalInstrument> findInstrument(InstrumentId id) {
    return lookups.findInstrument(id);
  }

  /**
   * The role with the given id, whatever the day.
   *
   * @param id the id
   * @return the role; empty when there is none with that id
   */
  public Optional<Role> findRole(RoleId id) {
    return lookups.findRole(id);
  }

  /**
   * The body with the given id, for ids that must exist.
   *
   * @param id the id
   * @return the body; never null
   * @throws NoSuchElementException if there is no body with that id
   */
  public Body body(BodyId id) {
    return lookups.body(id);
  }

  /**
   * The legal instrument with the given id, for ids that must exist.
   *
   * @param id the id
   * @return the instrument; never null
   * @throws NoSuchElementException if there is no instrument with that id
   */
  public LegalInstrument instrument(InstrumentId id) {
    return lookups.instrument(id);
  }

  /**
   * The role with the given id, for ids that must exist.
   *
   * @param id the id
   * @return the role; never null
   * @throws NoSuchElementException if there is no role with that id
   */
  public Role role(RoleId id) {
    return lookups.role(id);
  }

  /**
   * The source with the given id, for ids that must exist.
   *
   * @param id the id
   * @return the source; never null
   * @throws NoSuchElementException if there is no source with that id
   */
  public Source source(SourceId id) {
    return lookups.source(id);
  }

  /**
   * The body with the given id, following redirects when the id was retired (renamed or merged).
   *
   * <pre>{@code
   * data.resolveBody("old-id").ifPresent(r -> {
   *   if (r.redirected()) System.out.println("moved to " + r.record().id().value());
   * });
   * }</pre>
   *
   * @param id a live or retired body id
   * @return the body and the redirects followed; empty when the id is neither live nor redirected
   */
  public Optional<Resolution<Body>> resolveBody(String id) {
    return resolver.resolve(RecordType.BODY, id, s -> findBody(BodyId.of(s)), Resolution::new);
  }

  /**
   * The role with the given id, following redirects when the id was retired.
   *
   * @param id a live or retired role id
   * @return the role and the redirects followed; empty when the id is neither live nor redirected
   */
  public Optional<Resolution<Role>> resolveRole(String id) {
    return resolver.resolve(RecordType.ROLE, id, s -> findRole(RoleId.of(s)), Resolution::new);
  }

  /**
   * The instrument with the given id, following redirects when the id was retired.
   *
   * @param id a live or retired instrument id
   * @return the instrument and the redirects followed; empty when the id is neither live nor redirected
   */
  public Optional<Resolution<LegalInstrument>> resolveInstrument(String id) {
    return resolver.resolve(RecordType.INSTRUMENT, id, s -> findInstrument(InstrumentId.of(s)), Resolution::new);
  }

  /**
   * The source with the given id, following redirects when the id was retired.
   *
   * @param id a live or retired source id
   * @return the source and the redirects followed; empty when the id is neither live nor redirected
   */
  public Optional<Resolution<Source>> resolveSource(String id) {
    return resolver.resolve(RecordType.SOURCE, id, s -> findSource(SourceId.of(s)), Resolution::new);
  }

  // ---------------------------------------------------------------------------------------------------- names

  /**
   * The bodies that have a name, acronym or other label equal to the given text in any language, ignoring case,
   * accents, punctuation, spacing and a leading article ("l'Agence", "die Agentur"); the body's id counts as a label
   * too.
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
    return lookups.bodiesNamed(name);
  }

  /**
   * The one body with a label equal to the given text, as for {@link #bodiesNamed(String)}.
   *
   * @param name a name or acronym in fr, nl, en or de
   * @return the body; empty when no body, or more than one, has that label
   */
  public Optional<Body> findBodyByName(String name) {
    return lookups.findBodyByName(name);
  }

  /**
   * The instruments with a title, short name, acronym or id equal to the given text in any language, ignoring
   * case, accents, punctuation, spacing and a leading article, or with a name that follows from an identifier: an
   * EU act numbered since 2015 by its number and citation in each language ("2021/887", "Règlement (UE) 2021/887"),
   * an OSCE decision by its symbol ("PC.DEC/1202").
   *
   * @param name such as {@code "NIS Directive"}, {@code "CSA"}, {@code "NIS2"} or {@code "Regulation (EU) 2021/887"}
   * @return the matching instruments; empty when none matches
   */
  public List<LegalInstrument> instrumentsNamed(String name) {
    return lookups.instrumentsNamed(name);
  }

  /**
   * The one instrument with a label equal to the given text, as for {@link #instrumentsNamed(String)}.
   *
   * @param name a title, short name or acronym
   * @return the instrument; empty when none, or more than one, has that label
   */
  public Optional<LegalInstrument> findInstrumentByName(String name) {
    return lookups.findInstrumentByName(name);
  }

  /**
   * The instrument with the given CELEX number.
   *
   * @param celex such as {@code 32016L1148}
   * @return the instrument; empty when none has it
   */
  public Optional<LegalInstrument> findInstrumentByCelex(Celex celex) {
    return lookups.findInstrumentByCelex(celex);
  }

  /**
   * The instrument with the given European Legislation Identifier.
   *
   * @param eli the ELI
   * @return the instrument; empty when none has it
   */
  public Optional<LegalInstrument> findInstrumentByEli(Eli eli) {
    return lookups.findInstrumentByEli(eli);
  }

  /**
   * The Belgian instrument with the given numac.
   *
   * @param numac such as {@code 2019011507}
   * @return the instrument; empty when none has it
   */
  public Optional<LegalInstrument> findInstrumentByNumac(Numac numac) {
    return lookups.findInstrumentByNumac(numac);
  }
}
