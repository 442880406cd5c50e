package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.query.BodyWalks;
import io.github.ccbrelations.data.internal.query.Day;
import io.github.ccbrelations.data.internal.query.InstrumentWalks;
import io.github.ccbrelations.data.internal.query.LegalBasisQueries;
import io.github.ccbrelations.data.internal.query.RoleQueries;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Lifecycle;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.Source;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, checked, indexed and immutable dataset of the CCB's international relations, with the query helpers
 * over it.
 *
 * <p><b>Time.</b> A dataset holds the whole history its file records: roles, bodies and legal bases with
 * validity dates, instruments with their dates of entry into force and end. Each {@code Dataset} value has one
 * mode, fixed when it is made and kept by {@link #withClock(Clock)}:
 * <ul>
 *   <li><b>today</b>: the dataset as loaded (by {@link CcbRelations#bundled()} or a {@link DatasetReader}) answers
 *       for the day of each call in Brussels, by the system clock or the one given to {@link #withClock(Clock)};
 *   <li><b>on a day</b>: {@link #asOf(LocalDate)} answers for that day, whatever the clock;
 *   <li><b>all time</b>: {@link #allTime()} answers with every record and every legal basis, whatever their dates.
 * </ul>
 *
 * <p><b>The day rule</b>, the same for every method:
 * <ul>
 *   <li>a lookup by id, name or identifier ({@code find...}, {@link #body}, {@link #role}, {@link #instrument},
 *       {@link #source}, {@code resolve...}, {@code ...Named}, {@code findInstrumentBy...}) finds every record
 *       whatever the day, so a repealed law can still be found;
 *   <li>everything that lists records or walks a relation answers only with records that hold on the day: roles
 *       valid then, bodies that exist then, instruments in force then and, for each role, the legal bases that apply
 *       then. A walk ({@code parentOf}, {@code ancestorsOf}, {@code childrenOf}, {@code descendantsOf},
 *       {@code ...AnyPartOf}, {@code successorsOf}, {@code predecessorsOf}, {@code transposingLawsOf},
 *       {@code rolesBasedOnTransitively}) follows every link the file records and keeps the records of the day it
 *       reaches; the record it starts from is named by id and need not hold on the day itself. Sources and redirects
 *       have no dates: they are always listed;
 *   <li>{@code lifecycleOf(...)} says where a record stands on the day; the all-time view has no day, so there it
 *       answers for today by the dataset's clock.
 * </ul>
 *
 * <p>Every reference between records resolves. Every query is answered from indexes built when the dataset or view
 * was made; answers are immutable, never null: a {@code find...} method returns an {@link Optional}, a method that
 * returns several answers returns a list (empty when there are none, including for an id that is not in the
 * dataset), in file order. A null argument is refused with a {@link NullPointerException} that names the parameter.
 * Instances are safe to share between threads.
 *
 * <pre>{@code
 * Dataset data = CcbRelations.bundled();
 * Body hwpci = data.findBodyByName("gthqc").orElseThrow();
 * List<Role> roles = data.rolesIn(hwpci.id());
 * String line = data.explain(roles.get(0), Language.EN);
 * List<LegalBasis> in2020 = data.asOf(LocalDate.of(2020, 6, 1)).legalBasesOf(roles.get(0));
 * }</pre>
 */
public final class Dataset extends DatasetLookups {
  /** The zone in which "today" is taken: the data is about Belgium. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

  private final Records records;
  private final DatasetInfo info;
  private final Day day;
  private final BodyWalks bodyWalks;
  private final InstrumentWalks instrumentWalks;
  private final RoleQueries roleQueries;
  private final LegalBasisQueries legalQueries;

  /** A dataset of indexed records, answering for today. */
  Dataset(Records records) {
    this(records, Day.today(records, Clock.system(ZONE)));
  }

  private Dataset(Records records, Day day) {
    super(records);
    this.records = records;
    this.info = new DatasetInfo(records.header, records.sourceName, records.sha256, records.sourceList.size(),
        records.bodyList.size(), records.instrumentList.size(), records.roleList.size());
    this.day = day;
    this.bodyWalks = new BodyWalks(records);
    this.instrumentWalks = new InstrumentWalks(records, lookups);
    this.roleQueries = new RoleQueries(bodyWalks);
    this.legalQueries = new LegalBasisQueries(records, lookups, instrumentWalks, roleQueries);
  }

  /** The records behind every view, for the diff. */
  Records records() {
    return records;
  }

  // ---------------------------------------------------------------------------------------------------- time

  /**
   * A view of this dataset as it stood on a day: roles valid then, bodies that existed then, instruments in force
   * then, and for each role the legal bases that applied then. Every query helper works on the view. Building a
   * view costs time in proportion to the dataset's size; keep it rather than asking again.
   *
   * @param date the day
   * @return the view; never null
   */
  public Dataset asOf(LocalDate date) {
    return new Dataset(records, day.on(date));
  }

  /**
   * A view with every record and every legal basis, whatever their dates: the whole history of the file.
   *
   * @return the view; never null
   */
  public Dataset allTime() {
    return new Dataset(records, day.allTime());
  }

  /**
   * The same dataset with another clock, for tests and for programs that fix the day; the mode is kept. The dataset
   * as loaded then answers for the clock's day; a view made by {@link #asOf(LocalDate)} keeps its day (the clock is
   * not read); the all-time view keeps every record and takes "today" from the clock only for
   * {@code lifecycleOf(...)}.
   *
   * @param clock the clock whose date, in the clock's zone, is "today"
   * @return a dataset of the same mode with that clock; never null
   */
  public Dataset withClock(Clock clock) {
    return new Dataset(records, day.withClock(clock));
  }

  /**
   * The day this dataset answers for.
   *
   * @return the day of a view made by {@link #asOf(LocalDate)}, today's date for the dataset as loaded, or empty
   *     for {@link #allTime()}
   */
  public Optional<LocalDate> date() {
    return day.view().date;
  }

  /**
   * Where a role stands on this dataset's day: valid, not yet valid, ended or superseded. The all-time view has no
   * day: there it answers for today, by this dataset's clock.
   *
   * @param role a role
   * @return the lifecycle on this dataset's day (today for the all-time view); never null
   */
  public Lifecycle lifecycleOf(Role role) {
    return day.lifecycleOf(role);
  }

  /**
   * Where a body stands on this dataset's day: existing, not yet, ended or superseded. The all-time view has no
   * day: there it answers for today, by this dataset's clock.
   *
   * @param body a body
   * @return the lifecycle on this dataset's day (today for the all-time view); never null
   */
  public Lifecycle lifecycleOf(Body body) {
    return day.lifecycleOf(body);
  }

  /**
   * Where an instrument stands on this dataset's day: in force, not yet in force, ended or superseded. The all-time
   * view has no day: there it answers for today, by this dataset's clock.
   *
   * @param instrument an instrument
   * @return the lifecycle on this dataset's day (today for the all-time view); never null
   */
  public Lifecycle lifecycleOf(LegalInstrument instrument) {
    return day.lifecycleOf(instrument);
  }

  // ---------------------------------------------------------------------------------------------------- records

  /**
   * What this dataset is: version, counts per record type in the file and the SHA-256 of the bytes it was loaded
   * from.
   *
   * @return the info; never null
   */
  public DatasetInfo info() {
    return info;
  }

  /**
   * All source records: sources have no dates, so every view lists them all.
   *
   * @return the sources in file order; never null
   */
  public List<Source> sources() {
    return records.sourceList;
  }

  /**
   * The bodies that exist on this dataset's day (all of them for {@link #allTime()}).
   *
   * @return the bodies in file order; never null
   */
  public List<Body> bodies() {
    return day.view().bodies;
  }

  /**
   * The legal instruments in force on this dataset's day (all of them for {@link #allTime()}).
   *
   * @return the instruments in file order; never null
   */
  public List<LegalInstrument> instruments() {
    return day.view().instruments;
  }

  /**
   * The roles valid on this dataset's day (all of them for {@link #allTime()}).
   *
   * @return the roles in file order; never null
   */
  public List<Role> roles() {
    return day.view().roles;
  }

  /**
   * The redirects of retired ids: they have no dates, so every view lists them all.
   *
   * @return the redirects in file order; empty when no id was ever retired
   */
  public List<Redirect> redirects() {
    return records.redirectList;
  }

  // ---------------------------------------------------------------------------------------------------- hierarchy

  /**
   * The body the given one is part of, when that body exists on this dataset's day.
   *
   * @param id a body id
   * @return the parent; empty for a top-level or unknown body, or a parent that does not exist on the day
   */
  public Optional<Body> parentOf(BodyId id) {
    return bodyWalks.parentOf(day.view(), id);
  }

  /**
   * The bodies directly part of the given one that exist on this dataset's day.
   *
   * @param id a body id
   * @return the children in file order; empty when there are none
   */
  public List<Body> childrenOf(BodyId id) {
    return bodyWalks.childrenOf(day.view(), id);
  }

  /**
   * The bodies the given one is part of, at any depth, nearest first, that exist on this dataset's day.
   *
   * @param id a body id
   * @return the ancestors; empty for a top-level or unknown body
   */
  public List<Body> ancestorsOf(BodyId id) {
    return bodyWalks.ancestorsOf(day.view(), id);
  }

  /**
   * The bodies part of the given one, at any depth, breadth first, that exist on this dataset's day.
   *
   * @param id a body id
   * @return the descendants; empty when there are none
   */
  public List<Body> descendantsOf(BodyId id) {
    return bodyWalks.descendantsOf(day.view(), id);
  }

  // ---------------------------------------------------------------------------------------------------- roles

  /**
   * The roles that the given body holds itself or that are held through it: for CERT.be, the CSIRT role the CCB
   * holds through CERT.be.
   *
   * @param holder a body id, such as {@code ccb} or {@code cert-be}
   * @return the roles; empty when there are none
   */
  public List<Role> rolesHeldBy(BodyId holder) {
    return roleQueries.rolesHeldBy(day.view(), holder);
  }

  /**
   * The roles held by the given body or by any body part of it at any depth, or through any of them: for the CCB,
   * also those of its Director General, CERT.be and NCCA-BE. The counterpart of {@link #rolesInAnyPartOf(BodyId)}.
   *
   * @param holder a body id, such as {@code ccb}
   * @return the roles, without repeats, in file order; empty when there are none
   */
  public List<Role> rolesHeldByAnyPartOf(BodyId holder) {
    return roleQueries.rolesHeldByAnyPartOf(day.view(), holder);
  }

  /**
   * The roles held in the given body.
   *
   * @param body a body id, such as {@code enisa-management-board}
   * @return the roles; empty when there are none
   */
  public List<Role> rolesIn(BodyId body) {
    return roleQueries.rolesIn(day.view(), body);
  }

  /**
   * The roles held in the given body or in any body part of it at any depth: for ENISA, also its Management Board
   * and ad hoc working groups. The counterpart of {@link #rolesHeldByAnyPartOf(BodyId)}.
   *
   * @param body a body id, such as {@code enisa}
   * @return the roles, without repeats, in file order; empty when there are none
   */
  public List<Role> rolesInAnyPartOf(BodyId body) {
    return roleQueries.rolesInAnyPartOf(day.view(), body);
  }

  /**
   * The roles the page places at a level.
   *
   * @param level the level
   * @return the roles; empty when there are none
   */
  public List<Role> rolesAt(Level level) {
    return roleQueries.rolesAt(day.view(), level);
  }

  /**
   * The roles with a function.
   *
   * @param function the function
   * @return the roles; empty when there are none
   */
  public List<Role> rolesWith(RoleFunction function) {
    return roleQueries.rolesWith(day.view(), function);
  }

  /**
   * The roles with a given condition.
   *
   * @param condition the condition
   * @return the roles; empty when there are none
   */
  public List<Role> rolesWith(Condition condition) {
    return roleQueries.rolesWith(day.view(), condition);
  }

  /**
   * The roles that hold only under a condition ("on request", "where appropriate").
   *
   * @return the roles; empty when there are none
   */
  public List<Role> conditionalRoles() {
    return day.view().conditionalRoles;
  }

  /**
   * The roles held on behalf of a party.
   *
   * @param party a body id, such as {@code belgium}
   * @return the roles; empty when there are none
   */
  public List<Role> rolesOnBehalfOf(BodyId party) {
    return roleQueries.rolesOnBehalfOf(day.view(), party);
  }

  // ---------------------------------------------------------------------------------------------------- legal bases

  /**
   * The legal bases of a role that apply on this dataset's day (resting on an instrument in force then), with their
   * provisions and validity; every legal basis in the all-time view.
   *
   * @param role a role of this dataset
   * @return the legal bases; empty when none is stated or none applies on the day
   */
  public List<LegalBasis> legalBasesOf(Role role) {
    return legalQueries.legalBasesOf(day.view(), role);
  }

  /**
   * The instruments a role rests on on this dataset's day, in the order of its legal bases that apply then.
   *
   * @param role a role of this dataset
   * @return the instruments, without repeats, all in force on the day; empty when none is stated or applies
   * @throws NoSuchElementException if the role is not from this dataset and names an unknown instrument
   */
  public List<LegalInstrument> legalInstrumentsOf(Role role) {
    return legalQueries.legalInstrumentsOf(day.view(), role);
  }

  /**
   * The roles that name the instrument as a legal basis.
   *
   * @param instrument an instrument id
   * @return the roles; empty when there are none
   */
  public List<Role> rolesBasedOn(InstrumentId instrument) {
    return legalQueries.rolesBasedOn(day.view(), instrument);
  }

  /**
   * The roles valid on this dataset's day that implement, concern or are guided by the instrument (its
   * {@link Role#subjects() subjects}, as distinct from its legal bases), whether or not the instrument is in force.
   *
   * @param instrument an instrument id, such as {@code osce-pc-decision-1202}
   * @return the roles, in file order; empty when there are none
   */
  public List<Role> rolesConcerning(InstrumentId instrument) {
    return legalQueries.rolesConcerning(day.view(), instrument);
  }

  /**
   * The roles that rest on the instrument directly or through a national law that transposes it, at any depth:
   * roles under the Belgian NIS law also answer for the NIS Directive.
   *
   * @param instrument an instrument id
   * @return the roles, without repeats; empty when there are none
   */
  public List<Role> rolesBasedOnTransitively(InstrumentId instrument) {
    return legalQueries.rolesBasedOnTransitively(day.view(), instrument);
  }

  /**
   * The national laws in the dataset that transpose or implement the instrument.
   *
   * @param instrument an instrument id, such as {@code nis-directive}
   * @return the laws; empty when there are none
   */
  public List<LegalInstrument> transposingLawsOf(InstrumentId instrument) {
    return instrumentWalks.transposingLawsOf(day.view(), instrument);
  }

  /**
   * The instruments that replaced the given one, following {@code replacedBy} to the end, that are in force on this
   * dataset's day: for the NIS Directive, today, the NIS2 Directive.
   *
   * @param instrument an instrument id
   * @return the successors, nearest first; empty when it was not replaced or no successor is in force on the day
   */
  public List<LegalInstrument> successorsOf(InstrumentId instrument) {
    return instrumentWalks.successorsOf(day.view(), instrument);
  }

  /**
   * The instruments the given one replaced directly (those that name it in {@code replacedBy}) that are in force on
   * this dataset's day: for the NIS2 Directive, none today (the NIS Directive was repealed), the NIS Directive in
   * the all-time view.
   *
   * @param instrument an instrument id, such as {@code nis2-directive}
   * @return the predecessors in file order; empty when it replaced none in force on the day
   */
  public List<LegalInstrument> predecessorsOf(InstrumentId instrument) {
    return instrumentWalks.predecessorsOf(day.view(), instrument);
  }

  /**
   * The bodies established by the instrument.
   *
   * @param instrument an instrument id, such as {@code cybersecurity-act}
   * @return the bodies; empty when there are none
   */
  public List<Body> bodiesEstablishedBy(InstrumentId instrument) {
    return legalQueries.bodiesEstablishedBy(day.view(), instrument);
  }

  /**
   * The instruments a body follows: those its monitoring roles concern, in force on this dataset's day.
   *
   * @param holder a body id, such as {@code ccb}
   * @return the instruments, without repeats, in the order the roles name them; empty when there are none
   */
  public List<LegalInstrument> instrumentsFollowedBy(BodyId holder) {
    return legalQueries.instrumentsFollowedBy(day.view(), holder);
  }

  // ---------------------------------------------------------------------------------------------------- words

  /**
   * A readable one-line explanation of a role on this dataset's day (with the legal bases that apply then),
   * generated from the data, such as
   * {@code "CCB : représentant au sein du groupe de coopération au nom de la Belgique ; ..."}. Each record is named
   * in the language asked for when it has any label in it, else in the next language of {@link Terms#preference}.
   *
   * @param role a role of this dataset
   * @param language the language of the sentence
   * @return the explanation; never null
   * @throws NoSuchElementException if the role is not from this dataset and names an unknown record
   */
  public String explain(Role role, Language language) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(language, "language");
    return RoleExplainer.explain(this, role, language);
  }
}
