package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.internal.Today;
import io.github.ccbrelations.data.internal.index.ListIndex;
import io.github.ccbrelations.data.internal.index.Names;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.index.View;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.InstrumentId;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A loaded, checked, indexed and immutable dataset of the CCB's international relations, with the query helpers
 * over it.
 *
 * <p><b>Time.</b> A dataset holds the whole history its file records: roles, bodies and legal bases with
 * validity dates, instruments with their dates of entry into force and end. Each {@code Dataset} value has one
 * mode, fixed when it is made and kept by {@link #withClock(Clock)}:
 * <ul>
 *   <li><b>today</b>: the dataset as loaded (by {@link CcbRelations#bundled()} or a {@link DatasetReader}) answers
 *       for the day of each call: the date in Brussels by the system clock or, once {@link #withClock(Clock)} gave
 *       it another clock, the date in that clock's zone;
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
 *       {@code rolesBasedOnTransitively}, {@code legalBasesOf}, {@code legalInstrumentsOf},
 *       {@code instrumentsFollowedBy}) follows every link the file records and keeps the records of the day it
 *       reaches; the record it starts from (named by id, or the role given) need not hold on the day itself.
 *       Sources and redirects have no dates: they are always listed;
 *   <li>{@code lifecycleOf(...)} says where a record stands on the day; the all-time view has no day, so there it
 *       answers for today by the dataset's clock.
 * </ul>
 *
 * <p>Every reference between records resolves. Every query is answered from indexes built when the dataset or view
 * was made; answers are immutable, never null: a {@code find...} method returns an {@link Optional}, a method that
 * returns several answers returns a list (empty when there are none, including for an id that is not in the
 * dataset), in file order. A null argument is refused with a {@link NullPointerException} that names the parameter.
 * Instances are safe to share between threads. The words for the data, in four languages, are in the separate
 * artifact ccb-relations-text ({@code io.github.ccbrelations.text}).
 *
 * <pre>{@code
 * Dataset data = CcbRelations.bundled();
 * Body hwpci = data.findBodyByName("gthqc").orElseThrow();
 * List<Role> roles = data.rolesIn(hwpci.id());
 * List<LegalBasis> in2020 = data.asOf(LocalDate.of(2020, 6, 1)).legalBasesOf(roles.get(0));
 * }</pre>
 */
public final class Dataset extends DatasetLookups {
  /**
   * The id of the zone in which "today" is taken ({@code ZoneId.of(Dataset.ZONE_ID)}): the data is about Belgium. An
   * id rather than a {@code ZoneId}: making the first {@code ZoneId} costs a fresh JVM about 20 ms, which a program
   * that never needs one should not pay (#19).
   */
  public static final String ZONE_ID = Today.ZONE_ID;

  private final DatasetInfo info;
  /** The view of a fixed day or of all time; null for the dataset as loaded, which answers for today. */
  private final @Nullable View fixed;
  /** The clock of {@link #withClock(Clock)}; null for the system clock in Brussels. */
  private final @Nullable Clock clock;
  /** Today's view, built again when the day changes. */
  private final AtomicReference<@Nullable View> today = new AtomicReference<>();

  /** A dataset of indexed records, answering for today. */
  Dataset(Records records) {
    this(records, null, null);
  }

  private Dataset(Records records, @Nullable View fixed, @Nullable Clock clock) {
    super(records);
    this.info = new DatasetInfo(records.header, records.sourceName, records.sha256, records.sourceList.size(),
        records.bodyList.size(), records.instrumentList.size(), records.roleList.size());
    this.fixed = fixed;
    this.clock = clock;
  }

  /** The records that hold on the day of this call. */
  private View view() {
    if (fixed != null) {
      return fixed;
    }
    LocalDate now = today();
    View current = today.get();
    if (current == null || !current.date.orElseThrow().equals(now)) {
      // Two threads racing at midnight build the same view twice, which is harmless.
      current = new View(records, Optional.of(now));
      today.set(current);
    }
    return current;
  }

  // ---------------------------------------------------------------------------------------------------- time

  /**
   * A view of this dataset as it stood on a day, by the day rule above. Building a view costs time in proportion to
   * the dataset's size; keep it rather than asking again.
   */
  public Dataset asOf(LocalDate date) {
    return new Dataset(records, new View(records, Optional.of(requireNonNull(date, "date"))), clock);
  }

  /** A view with every record and every legal basis, whatever their dates: the whole history of the file. */
  public Dataset allTime() {
    return new Dataset(records, new View(records, Optional.empty()), clock);
  }

  /**
   * The same dataset with another clock, whose date in the clock's zone is "today", for tests and for programs that
   * fix the day; the mode is kept. A view made by {@link #asOf(LocalDate)} keeps its day (the clock is not read); the
   * all-time view takes "today" from the clock only for {@code lifecycleOf(...)}.
   */
  public Dataset withClock(Clock clock) {
    return new Dataset(records, fixed, requireNonNull(clock, "clock"));
  }

  /** The day this dataset answers for: today for the dataset as loaded; empty for {@link #allTime()}. */
  public Optional<LocalDate> date() {
    return view().date;
  }

  /** Where a role stands on this dataset's day (today in the all-time view): valid, not yet, ended or superseded. */
  public Lifecycle lifecycleOf(Role role) {
    return requireNonNull(role, "role").lifecycleOn(lifecycleDay());
  }

  /** Where a body stands on this dataset's day (today in the all-time view): existing, not yet, ended or superseded. */
  public Lifecycle lifecycleOf(Body body) {
    return requireNonNull(body, "body").lifecycleOn(lifecycleDay());
  }

  /** Where an instrument stands on this dataset's day (today in the all-time view): in force, not yet, ended... */
  public Lifecycle lifecycleOf(LegalInstrument instrument) {
    return requireNonNull(instrument, "instrument").lifecycleOn(lifecycleDay());
  }

  private LocalDate lifecycleDay() {
    Optional<LocalDate> day = view().date;
    return day.isPresent() ? day.get() : today();
  }

  private LocalDate today() {
    return clock == null ? Today.inBrussels() : LocalDate.now(clock);
  }

  // ---------------------------------------------------------------------------------------------------- records

  /** What this dataset is: version, counts per record type and the SHA-256 of the bytes it was loaded from. */
  public DatasetInfo info() {
    return info;
  }

  /**
   * The dataset in one line, as a test failure or a log shows it (rather than {@code Dataset@1b2c3d}): where it was
   * read from, its version and the day it answers for, such as
   * {@code "classpath:/my-relations.json, dataset 2026.12.7, as of 2026-12-03"} or {@code "..., all time"}.
   */
  @Override
  public String toString() {
    return info.sourceName() + ", dataset " + info.datasetVersion().text() + ", "
        + date().map(d -> "as of " + d).orElse("all time");
  }

  /** Every source: sources have no dates, so every view lists them all. */
  public List<Source> sources() {
    return records.sourceList;
  }

  /** The bodies that exist on this dataset's day. */
  public List<Body> bodies() {
    return view().bodies;
  }

  /** The legal instruments in force on this dataset's day. */
  public List<LegalInstrument> instruments() {
    return view().instruments;
  }

  /** The roles valid on this dataset's day. */
  public List<Role> roles() {
    return view().roles;
  }

  /** The redirects of retired ids: they have no dates, so every view lists them all. */
  public List<Redirect> redirects() {
    return records.redirectList;
  }

  // ---------------------------------------------------------------------------------------------------- hierarchy

  /** The body the given one is part of; empty for a top-level or unknown body, or a parent not existing on the day. */
  public Optional<Body> parentOf(BodyId id) {
    return findBody(id).flatMap(Body::partOf).map(records.bodies::get).filter(view()::exists);
  }

  /** The bodies directly part of the given one. */
  public List<Body> childrenOf(BodyId id) {
    return view().existing(records.children.get(requireNonNull(id, "id")));
  }

  /** The bodies the given one is part of, at any depth, nearest first. */
  public List<Body> ancestorsOf(BodyId id) {
    return view().existing(chain(findBody(id), b -> b.partOf().map(records.bodies::get)));
  }

  /** The bodies part of the given one, at any depth, breadth first. */
  public List<Body> descendantsOf(BodyId id) {
    return view().existing(reached(records.children, requireNonNull(id, "id"), Body::id));
  }

  /** Every record the links reach from a key, at any depth, whatever the day, breadth first, each once. */
  private static <K, V> List<V> reached(ListIndex<K, V> links, K from, Function<V, K> key) {
    List<V> out = new ArrayList<>();
    Set<K> seen = new HashSet<>(List.of(from));
    Deque<K> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (V next : links.get(todo.removeFirst())) {
        if (seen.add(key.apply(next))) {
          out.add(next);
          todo.addLast(key.apply(next));
        }
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------- roles

  /**
   * The roles that the given body, such as {@code ccb} or {@code cert-be}, holds itself or that are held through it:
   * for CERT.be, the CSIRT role the CCB holds through CERT.be.
   */
  public List<Role> rolesHeldBy(BodyId holder) {
    return view().rolesByHolderOrVia.get(requireNonNull(holder, "holder"));
  }

  /**
   * The roles held by the given body or by any body part of it at any depth, or through any of them: for the CCB,
   * also those of its Director General, CERT.be and NCCA-BE. The counterpart of {@link #rolesInAnyPartOf(BodyId)}.
   */
  public List<Role> rolesHeldByAnyPartOf(BodyId holder) {
    return rolesOfAnyReached(view().rolesByHolderOrVia, requireNonNull(holder, "holder"), records.children, Body::id);
  }

  /** The roles held in the given body, such as {@code enisa-management-board}. */
  public List<Role> rolesIn(BodyId body) {
    return view().rolesByBody.get(requireNonNull(body, "body"));
  }

  /**
   * The roles held in the given body or in any body part of it at any depth: for ENISA, also its Management Board
   * and ad hoc working groups. The counterpart of {@link #rolesHeldByAnyPartOf(BodyId)}.
   */
  public List<Role> rolesInAnyPartOf(BodyId body) {
    return rolesOfAnyReached(view().rolesByBody, requireNonNull(body, "body"), records.children, Body::id);
  }

  /** The roles an index files under a record or under any record the links reach from it, each once, in file order. */
  private <K, V> List<Role> rolesOfAnyReached(ListIndex<K, Role> roles, K from, ListIndex<K, V> links,
      Function<V, K> key) {
    TreeMap<Integer, Role> byPlace = new TreeMap<>();
    List<K> keys = new ArrayList<>(List.of(from));
    for (V reached : reached(links, from, key)) {
      keys.add(key.apply(reached));
    }
    for (K k : keys) {
      for (Role r : roles.get(k)) {
        byPlace.put(records.order.get(r.id()), r);
      }
    }
    return List.copyOf(byPlace.values());
  }

  /** The roles the page places at a level. */
  public List<Role> rolesAt(Level level) {
    return view().rolesByLevel.get(requireNonNull(level, "level"));
  }

  /** The roles with a function. */
  public List<Role> rolesWith(RoleFunction function) {
    return view().rolesByFunction.get(requireNonNull(function, "function"));
  }

  /** The roles with a condition. */
  public List<Role> rolesWith(Condition condition) {
    return view().rolesByCondition.get(requireNonNull(condition, "condition"));
  }

  /** The roles that hold only under a condition ("on request", "where appropriate"). */
  public List<Role> conditionalRoles() {
    return view().conditionalRoles;
  }

  /** The roles held on behalf of a party, such as {@code belgium}. */
  public List<Role> rolesOnBehalfOf(BodyId party) {
    return view().rolesByParty.get(requireNonNull(party, "party"));
  }

  // ---------------------------------------------------------------------------------------------------- legal bases

  /**
   * The legal bases of a role that apply on this dataset's day (resting on an instrument in force then), with their
   * provisions and validity; empty when none is stated or none applies on the day.
   */
  public List<LegalBasis> legalBasesOf(Role role) {
    // Filtered on each call, not indexed: a role has a few bases, and it may come from elsewhere.
    return view().basesOn(requireNonNull(role, "role"));
  }

  /**
   * The instruments a role rests on on this dataset's day, without repeats, in the order of its legal bases that
   * apply then.
   *
   * @throws NoSuchElementException in the all-time view, if the role is not from this dataset and names an instrument
   *     the dataset lacks (a dated view leaves such a basis out: an instrument it lacks is in force on no day)
   */
  public List<LegalInstrument> legalInstrumentsOf(Role role) {
    return legalBasesOf(role).stream().map(LegalBasis::instrument).distinct().map(this::instrument).toList();
  }

  /** The roles that name the instrument in a legal basis that applies on the dataset's day. */
  public List<Role> rolesBasedOn(InstrumentId instrument) {
    return view().rolesByInstrument.get(requireNonNull(instrument, "instrument"));
  }

  /**
   * The roles that implement, concern or are guided by the instrument, such as {@code osce-pc-decision-1202} (its
   * {@link Role#subjects() subjects}, as distinct from its legal bases), whether or not the instrument is in force.
   */
  public List<Role> rolesConcerning(InstrumentId instrument) {
    return view().rolesBySubject.get(requireNonNull(instrument, "instrument"));
  }

  /**
   * The roles, without repeats, that rest on the instrument directly or through a national law that transposes or
   * implements it, at any depth: roles under the Belgian NIS law also answer for the NIS Directive.
   */
  public List<Role> rolesBasedOnTransitively(InstrumentId instrument) {
    return rolesOfAnyReached(view().rolesByInstrument, requireNonNull(instrument, "instrument"),
        records.transposedOrImplementedBy, LegalInstrument::id);
  }

  /**
   * The national laws that transpose the instrument (a directive, such as {@code nis-directive}) or implement it (a
   * regulation, such as {@code cybersecurity-act}).
   */
  public List<LegalInstrument> transposingLawsOf(InstrumentId instrument) {
    return view().inForce(records.transposedOrImplementedBy.get(requireNonNull(instrument, "instrument")));
  }

  /**
   * The instruments that replaced the given one, following {@code replacedBy} to the end, nearest first: for the NIS
   * Directive, today, the NIS2 Directive.
   */
  public List<LegalInstrument> successorsOf(InstrumentId instrument) {
    return view().inForce(chain(findInstrument(requireNonNull(instrument, "instrument")),
        i -> i.replacedBy().map(records.instruments::get)));
  }

  /** Every record a chain of links reaches from a record, whatever the day, nearest first. */
  private static <T> List<T> chain(Optional<T> from, Function<T, Optional<T>> link) {
    List<T> out = new ArrayList<>();
    // The loader refuses cycles of partOf and of replacedBy, so the walk ends.
    for (Optional<T> next = from.flatMap(link); next.isPresent(); next = next.flatMap(link)) {
      out.add(next.get());
    }
    return out;
  }

  /**
   * The instruments the given one replaced directly (those that name it in {@code replacedBy}): for the NIS2
   * Directive, none today (the NIS Directive was repealed), the NIS Directive in the all-time view.
   */
  public List<LegalInstrument> predecessorsOf(InstrumentId instrument) {
    return view().inForce(records.predecessors.get(requireNonNull(instrument, "instrument")));
  }

  /** The bodies established by the instrument, such as {@code cybersecurity-act}. */
  public List<Body> bodiesEstablishedBy(InstrumentId instrument) {
    return view().existing(records.bodiesByEstablishingInstrument.get(requireNonNull(instrument, "instrument")));
  }

  /**
   * The instruments a body, such as {@code ccb}, follows: those its monitoring roles concern, without repeats, in the
   * order the roles name them.
   */
  public List<LegalInstrument> instrumentsFollowedBy(BodyId holder) {
    View day = view();
    Set<LegalInstrument> out = new LinkedHashSet<>();
    for (Role r : day.rolesByHolderOrVia.get(requireNonNull(holder, "holder"))) {
      if (r.function() == RoleFunction.MONITORING) {
        out.addAll(day.inForce(r.concerns().stream().map(this::instrument).toList()));
      }
    }
    return List.copyOf(out);
  }

  // --------------------------------------------------------------------------------------------------- names

  /**
   * The key under which the lookups by name ({@link #bodiesNamed}, {@link #instrumentsNamed}) file every name and look
   * up what was typed: a leading article dropped ("l'", "de", "die", "the" and the others of fr, nl, de and en),
   * accents removed, lower case, letters and digits only. Two texts name the same records exactly when their keys are
   * equal, so a search for near matches that compares keys treats "l'ENSIA" as it treats "ENSIA". The form of a key
   * may change between versions: compare keys, do not store them.
   *
   * <pre>{@code
   * Dataset.nameKey("l'Agence de l'Union européenne");   // "agencedelunioneuropeenne"
   * }</pre>
   *
   * @param name any text
   * @return the key; never null, empty when the text has no letter or digit
   * @throws NullPointerException if {@code name} is null
   */
  public static String nameKey(String name) {
    return Names.key(requireNonNull(name, "name"));
  }
}
