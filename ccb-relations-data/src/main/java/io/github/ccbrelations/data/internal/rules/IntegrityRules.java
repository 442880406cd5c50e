package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.Severity;
import io.github.ccbrelations.data.Violation;
import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.index.Names;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one set of rules over a bound document, used by the loader and by the validator: unique ids,
 * references that resolve (to records, source sections and paragraphs, redirects), no cycles (body hierarchy,
 * succession of bodies, instruments and roles, roles held in the capacity of others), every role sourced, dates in
 * order and plausible, identifiers that fit their instrument, names in the required languages, no acronym shared by
 * two bodies in one language, and successors named. Every violation is collected, none stops the check.
 *
 */
public final class IntegrityRules {
  private static final Set<InstrumentKind> EU_KINDS = EnumSet.of(InstrumentKind.EU_DIRECTIVE,
      InstrumentKind.EU_REGULATION, InstrumentKind.EU_DECISION, InstrumentKind.COUNCIL_CONCLUSIONS_OR_FRAMEWORK);
  private static final Set<InstrumentKind> BELGIAN_KINDS =
      EnumSet.of(InstrumentKind.BELGIAN_LAW, InstrumentKind.ROYAL_DECREE);
  private static final Pattern EU_ELI_PATH = Pattern.compile("/eli/[a-z_]+/([0-9]{4})/([0-9]+)/oj(?:/[a-z]{3})?");
  private static final Pattern CELEX_PARTS = Pattern.compile("3([0-9]{4})[A-Z]{1,2}([0-9]{4})(?:\\([0-9]{1,3}\\))?");
  private static final Pattern NUMAC_SEGMENT = Pattern.compile("/((?:18|19|20)[0-9]{8})(?:/|$)");

  private final ParsedDocument doc;
  private final RuleOptions options;
  private @Nullable LocalDate released;
  private final List<Violation> out = new ArrayList<>();
  // In file order: a dataset that loads keeps these maps as its id indexes (see Checked).
  private Map<SourceId, Source> sources = new LinkedHashMap<>();
  private Map<BodyId, Body> bodies = new LinkedHashMap<>();
  private Map<InstrumentId, LegalInstrument> instruments = new LinkedHashMap<>();
  private Map<RoleId, Role> roles = new LinkedHashMap<>();
  private @Nullable SourceId lastSourceId;
  private @Nullable Source lastSource;
  /** Set when a top-level array is missing or not an array: the rules between records then do not count. */
  private final boolean broken;

  /**
   * The violations of a document, with the id indexes the rules built on the way: when there is no error, they
   * index every record by its id, in file order, and the dataset keeps them instead of building them again.
   */
  public record Checked(List<Violation> violations, Map<SourceId, Source> sources, Map<BodyId, Body> bodies,
      Map<InstrumentId, LegalInstrument> instruments, Map<RoleId, Role> roles) {}

  private IntegrityRules(ParsedDocument doc, RuleOptions options) {
    this.doc = doc;
    this.options = options;
    this.released = doc.header == null ? null : doc.header.released();
    this.broken = !doc.brokenArrays.isEmpty();
  }

  private static int capacity(int entries) {
    return Math.max(16, (int) (entries / 0.75f) + 1);
  }

  /**
   * Every violation of the document: those found while binding its records, then those between records, errors
   * and warnings, in file order; with the id indexes the rules built.
   *
   * @param doc the parsed document
   * @param options the options of the rules
   * @return the violations and the id indexes
   */
  public static Checked check(ParsedDocument doc, RuleOptions options) {
    return new IntegrityRules(doc, options).run();
  }

  /**
   * The whole document has been read: runs every step not run yet and returns the violations in file order.
   * A document given whole (without its parts before) is checked here from start to end.
   *
   * @param whole the parsed document
   * @return the violations and the id indexes
   */
  private Checked run() {
    ParsedDocument whole = doc;
    if (!broken) {
      for (int step = 0; step <= 8; step++) {
        step(step);
      }
    }
    List<Violation> sorted = new ArrayList<>(whole.bindingViolations.size() + out.size());
    sorted.addAll(whole.bindingViolations);
    // Without the dataset's top-level shape (an array missing or not an array), rules between records would judge
    // references against records that are not there; the shape violation is the one to fix first.
    if (!broken) {
      sorted.addAll(out);
    }
    // File order: by line, then column; violations without a place come last.
    sorted.sort(java.util.Comparator
        .comparingInt((Violation v) -> v.line() == 0 ? Integer.MAX_VALUE : v.line())
        .thenComparingInt(Violation::column));
    return new Checked(List.copyOf(sorted), sources, bodies, instruments, roles);
  }

  private void step(int step) {
    switch (step) {
      case 0 -> sources = index("sources", doc.sources, 0, Source::id, SourceId::value, sized(doc.sources));
      case 1 -> {
        if (doc.header != null) {
          checkHeader(doc.header);
        }
        for (Located<Source> r : doc.sources) {
          checkSource(r);
        }
      }
      // The records after the last batch (all of them when none came in batches), then those that waited.
      case 2 -> bodies = index("bodies", doc.bodies, 0, Body::id, BodyId::value, sized(doc.bodies));
      case 3 -> instruments = index("instruments", doc.instruments, 0, LegalInstrument::id, InstrumentId::value,
          sized(doc.instruments));
      case 4 -> {
        doc.bodies.forEach(this::checkBody);
        checkBodyCycles();
        checkChains("bodies", doc.bodies, bodies, Body::id, Body::replacedBy, BodyId::value, "replacedBy",
            "the succession of bodies loops: ");
        checkSharedAcronyms();
      }
      case 5 -> {
        doc.instruments.forEach(this::checkInstrument);
        checkSuccessionCycles();
        checkSuccessorsNamed();
      }
      case 6 -> roles = index("roles", doc.roles, 0, Role::id, RoleId::value, sized(doc.roles));
      case 7 -> {
        doc.roles.forEach(this::checkRole);
        checkChains("roles", doc.roles, roles, Role::id, Role::replacedBy, RoleId::value, "replacedBy",
            "the succession of roles loops: ");
        checkChains("roles", doc.roles, roles, Role::id, Role::inCapacityOf, RoleId::value, "inCapacityOf",
            "roles are held in each other's capacity: ");
      }
      default -> checkRedirects();
    }
  }

  private void checkHeader(DatasetHeader header) {
    ParsedDocument.Position at = doc.headerPosition;
    for (int i = 0; i < header.primarySources().size(); i++) {
      SourceId id = header.primarySources().get(i);
      if (!sources.containsKey(id) && !failed("sources", id.value())) {
        add(ViolationCode.DANGLING_REFERENCE, at.line(), at.column(),
            "$.header.primarySources[" + i + "]", Optional.empty(), "unknown source '" + id.value() + "'");
      }
    }
    LocalDate day = header.released();
    if (day.getYear() < options.earliestYear()) {
      add(ViolationCode.IMPLAUSIBLE_DATE, at.line(), at.column(), "$.header.released", Optional.empty(),
          "the release date " + day + " is before " + options.earliestYear());
    }
    if (day.getYear() != header.datasetVersion().year() || day.getMonthValue() != header.datasetVersion().month()) {
      add(ViolationCode.IMPLAUSIBLE_DATE, at.line(), at.column(), "$.header.released", Optional.empty(),
          "the release date " + day + " is not in the month of dataset version " + header.datasetVersion().text()
              + " (YYYY.MM.N names the year and month of the release)");
    }
  }

  private void checkSource(Located<Source> r) {
    Source source = r.value();
    if (source.consulted().isPresent()) {
      LocalDate d = source.consulted().get();
      if (d.getYear() >= options.earliestYear() && (released == null || !d.isAfter(released))) {
        // Plausible on its face (the common case): no message is made.
        return;
      }
      plausible(r, At.of("sources", r.index()), "consulted", source.id().value(), "consulted " + d, d, d, true);
    }
  }

  private void checkRedirects() {
    Map<RecordType, Map<String, Redirect>> byFrom = new java.util.EnumMap<>(RecordType.class);
    for (Located<Redirect> r : doc.redirects) {
      Redirect redirect = r.value();
      At at = At.of("redirects", r.index());
      Map<String, Redirect> ofType = byFrom.computeIfAbsent(redirect.recordType(), k -> new HashMap<>());
      if (ofType.putIfAbsent(redirect.from(), redirect) != null) {
        add(ViolationCode.DUPLICATE_ID, r, at.field("from"), redirect.from(),
            "another redirect of " + redirect.recordType() + " already starts at '" + redirect.from() + "'");
      }
      if (isLive(redirect.recordType(), redirect.from())) {
        add(ViolationCode.DUPLICATE_ID, r, at.field("from"), redirect.from(),
            "'" + redirect.from() + "' is still the id of a live " + redirect.recordType()
                + " record; a redirect starts at a retired id");
      }
    }
    // Where each chain of redirects ends, found once per id (a long chain is walked once, not once per link).
    Map<RecordType, Map<String, String>> ends = new java.util.EnumMap<>(RecordType.class);
    for (Located<Redirect> r : doc.redirects) {
      Redirect redirect = r.value();
      At at = At.of("redirects", r.index());
      Map<String, Redirect> ofType = byFrom.get(redirect.recordType());
      Map<String, String> endOf = ends.computeIfAbsent(redirect.recordType(), k -> new HashMap<>());
      String end = endOf(redirect.recordType(), redirect.from(), redirect.to(), ofType, endOf);
      if (end == null) {
        add(ViolationCode.CYCLE, r, at.field("to"), redirect.from(), "redirects loop: " + redirectChain(redirect, ofType));
      } else if (!isLive(redirect.recordType(), end)) {
        add(ViolationCode.DANGLING_REFERENCE, r, at.field("to"), redirect.from(),
            "redirect to unknown " + redirect.recordType() + " '" + end + "'");
      }
    }
  }

  /**
   * The id a chain of redirects from {@code from} (first hop {@code to}) ends at: a live record, or the first id
   * that is neither live nor redirected; null when the chain loops.
   */
  private @Nullable String endOf(RecordType type, String from, String to, Map<String, Redirect> ofType,
      Map<String, String> memo) {
    final String loop = "(loop)";
    List<String> path = new ArrayList<>();
    Set<String> onPath = new HashSet<>(List.of(from));
    String next = to;
    String end;
    while (true) {
      if (isLive(type, next)) {
        end = next;
        break;
      }
      String known = memo.get(next);
      if (known != null) {
        end = known;
        break;
      }
      if (!onPath.add(next)) {
        end = loop;
        break;
      }
      Redirect hop = ofType.get(next);
      if (hop == null) {
        end = next;
        break;
      }
      path.add(next);
      next = hop.to();
    }
    // Ids on a loop, and ids that lead into one, all end in the loop.
    for (String id : path) {
      memo.put(id, end);
    }
    return end.equals(loop) ? null : end;
  }

  /** The chain of a looping redirect, shortened when long. */
  private static String redirectChain(Redirect redirect, Map<String, Redirect> ofType) {
    List<String> path = new ArrayList<>(List.of(redirect.from()));
    String next = redirect.to();
    while (!path.contains(next) && path.size() < 10 && ofType.containsKey(next)) {
      path.add(next);
      next = ofType.get(next).to();
    }
    return chain(path, path.contains(next) ? next : next + " -> ...");
  }

  private boolean isLive(RecordType type, String id) {
    return switch (type) {
      // Redirect ends are checked slugs, so they make valid ids.
      case SOURCE -> sources.containsKey(SourceId.of(id)) || failed(type.arrayName(), id);
      case BODY -> bodies.containsKey(BodyId.of(id)) || failed(type.arrayName(), id);
      case INSTRUMENT -> instruments.containsKey(InstrumentId.of(id)) || failed(type.arrayName(), id);
      case ROLE -> roles.containsKey(RoleId.of(id)) || failed(type.arrayName(), id);
    };
  }

  /** An empty id map sized once for the records of an array: growing it would rehash it a dozen times. */
  private static <K, V> Map<K, V> sized(List<?> records) {
    return new LinkedHashMap<>(capacity(records.size()));
  }

  /**
   * Adds the records of an array from an index on to its id map, in file order; a repeated id is reported and the
   * first record keeps it.
   */
  private <T, K> Map<K, T> index(String array, List<Located<T>> records, int from, Function<T, K> idOf,
      Function<K, String> text, Map<K, T> into) {
    for (int i = from; i < records.size(); i++) {
      Located<T> r = records.get(i);
      K id = idOf.apply(r.value());
      if (into.putIfAbsent(id, r.value()) != null) {
        add(ViolationCode.DUPLICATE_ID, r, "$." + array + "[" + r.index() + "].id", text.apply(id),
            "another record in '" + array + "' already has the id '" + text.apply(id) + "'");
      }
    }
    return into;
  }

  private void checkBody(Located<Body> r) {
    Body b = r.value();
    At at = At.of("bodies", r.index());
    String id = b.id().value();
    if (b.partOf().isPresent()) {
      body(r, at, "partOf", -1, id, b.partOf().get());
    }
    for (int i = 0; i < b.convenedBy().size(); i++) {
      body(r, at, "convenedBy", i, id, b.convenedBy().get(i));
    }
    if (b.establishedBy().isPresent()) {
      legalBasis(r, at.field("establishedBy"), id, b.establishedBy().get());
    }
    if (b.replacedBy().isPresent()) {
      body(r, at, "replacedBy", -1, id, b.replacedBy().get());
    }
    labels(r, at, id, b.labels());
    refs(r, at, id, b.sources());
    if (b.founded().isPresent()) {
      plausible(r, at, "founded", id, "founded", b.founded().get(), true);
    }
    if (b.validity().isPresent()) {
      validity(r, at, id, b.validity().get());
    }
    if (b.founded().isPresent() && b.validity().isPresent() && b.validity().get().from().isPresent()) {
      PartialDate founded = b.founded().get();
      PartialDate from = b.validity().get().from().get();
      if (from.latest().isBefore(founded.earliest())) {
        add(ViolationCode.INVALID_DATE_ORDER, r, at.field("validity").field("from"), id,
            "body '" + id + "' is valid from " + from.text() + ", before it was founded (" + founded.text() + ")");
      }
    }
    for (Language language : options.requiredBodyNames()) {
      if (b.name(language).isEmpty()) {
        add(ViolationCode.MISSING_LANGUAGE, r, at.field("labels"), id,
            "body '" + id + "' has no official name (a NAME label) in '" + language.code() + "'");
      }
    }
  }

  private void checkInstrument(Located<LegalInstrument> r) {
    LegalInstrument li = r.value();
    At at = At.of("instruments", r.index());
    String id = li.id().value();
    for (int i = 0; i < li.repeals().size(); i++) {
      instrument(r, at, "repeals", i, id, li.repeals().get(i));
    }
    if (li.replacedBy().isPresent()) {
      instrument(r, at, "replacedBy", -1, id, li.replacedBy().get());
    }
    for (int i = 0; i < li.transposes().size(); i++) {
      instrument(r, at, "transposes", i, id, li.transposes().get(i));
    }
    labels(r, at, id, li.labels());
    refs(r, at, id, li.sources());
    if (li.adopted().isPresent()) {
      plausible(r, at, "adopted", id, "adopted", li.adopted().get(), true);
    }
    if (li.published().isPresent()) {
      plausible(r, at, "published", id, "published", li.published().get(), true);
    }
    if (li.inForce().isPresent()) {
      plausible(r, at, "inForce", id, "inForce", li.inForce().get(), false);
    }
    if (li.appliesFrom().isPresent()) {
      plausible(r, at, "appliesFrom", id, "appliesFrom", li.appliesFrom().get(), false);
    }
    if (li.endOfValidity().isPresent()) {
      plausible(r, at, "endOfValidity", id, "endOfValidity", li.endOfValidity().get(), false);
    }
    if (li.appliesFrom().isPresent() && li.inForce().isPresent()
        && li.appliesFrom().get().latest().isBefore(li.inForce().get().earliest())) {
      add(ViolationCode.INVALID_DATE_ORDER, r, at.field("appliesFrom"), id,
          "instrument '" + id + "' applies from " + li.appliesFrom().get().text() + ", before it enters into force ("
              + li.inForce().get().text() + ")");
    }
    identifiers(r, at, id, li);
  }

  private void identifiers(Located<LegalInstrument> r, At at, String id, LegalInstrument li) {
    if (li.celex().isPresent() && !EU_KINDS.contains(li.kind())) {
      add(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("celex"), id,
          "a CELEX number identifies EU law, but instrument '" + id + "' is a " + li.kind());
    }
    if (li.numac().isPresent() && !BELGIAN_KINDS.contains(li.kind())) {
      add(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("numac"), id,
          "a numac identifies a Belgian law or royal decree, but instrument '" + id + "' is a " + li.kind());
    }
    if (li.osceDecision().isPresent() && li.kind() != InstrumentKind.OSCE_DECISION) {
      add(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("osceDecision"), id,
          "an OSCE decision symbol identifies an OSCE decision, but instrument '" + id + "' is a " + li.kind());
    }
    if (li.eli().isEmpty()) {
      return;
    }
    String eliText = li.eli().get().value();
    String host;
    String path;
    int authority = eliText.indexOf("://");
    int pathStart = authority < 0 ? -1 : eliText.indexOf('/', authority + 3);
    if (pathStart > 0 && eliText.indexOf('%') < 0 && eliText.indexOf('@') < 0
        && eliText.indexOf(':', authority + 3) < 0) {
      // The ELI was checked as an http(s) URI without query or fragment when it was bound: with no escape, user
      // part or port, its host and path are where they are written, and parsing it again would cost a URI each.
      host = eliText.substring(authority + 3, pathStart);
      path = eliText.substring(pathStart);
    } else {
      java.net.URI eli = li.eli().get().uri();
      host = eli.getHost();
      path = eli.getPath();
    }
    if ("data.europa.eu".equals(host) && li.celex().isPresent()) {
      Matcher e = EU_ELI_PATH.matcher(path);
      Matcher c = CELEX_PARTS.matcher(li.celex().get().value());
      if (e.matches() && c.matches() && (!e.group(1).equals(c.group(1))
          || !withoutLeadingZeros(e.group(2)).equals(withoutLeadingZeros(c.group(2))))) {
        add(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("eli"), id,
            "the ELI names act " + e.group(1) + "/" + e.group(2) + " but the CELEX number "
                + li.celex().get().value() + " names " + c.group(1) + "/" + withoutLeadingZeros(c.group(2)));
      }
    } else if (li.numac().isPresent()) {
      Matcher n = NUMAC_SEGMENT.matcher(path);
      if (n.find() && !n.group(1).equals(li.numac().get().value())) {
        add(ViolationCode.IDENTIFIER_MISMATCH, r, at.field("eli"), id,
            "the ELI names numac " + n.group(1) + " but the instrument's numac is " + li.numac().get().value());
      }
    }
  }

  private void checkRole(Located<Role> r) {
    Role role = r.value();
    At at = At.of("roles", r.index());
    String id = role.id().value();
    body(r, at, "holder", -1, id, role.holder());
    if (role.body().isPresent()) {
      body(r, at, "body", -1, id, role.body().get());
    }
    if (role.onBehalfOf().isPresent()) {
      body(r, at, "onBehalfOf", -1, id, role.onBehalfOf().get());
    }
    if (role.via().isPresent()) {
      body(r, at, "via", -1, id, role.via().get());
    }
    if (role.supports().isPresent()) {
      body(r, at, "supports", -1, id, role.supports().get());
    }
    if (role.inCapacityOf().isPresent()) {
      RoleId x = role.inCapacityOf().get();
      if (!roles.containsKey(x) && !failed("roles", x.value())) {
        add(ViolationCode.DANGLING_REFERENCE, r, at.field("inCapacityOf"), id, "unknown role '" + x.value() + "'");
      }
    }
    if (role.replacedBy().isPresent()) {
      RoleId x = role.replacedBy().get();
      if (!roles.containsKey(x) && !failed("roles", x.value())) {
        add(ViolationCode.DANGLING_REFERENCE, r, at.field("replacedBy"), id, "unknown role '" + x.value() + "'");
      }
    }
    for (int i = 0; i < role.legalBases().size(); i++) {
      legalBasis(r, at.field("legalBases").index(i), id, role.legalBases().get(i));
    }
    if (role.validity().isPresent()) {
      validity(r, at, id, role.validity().get());
    }
    for (int i = 0; i < role.concerns().size(); i++) {
      instrument(r, at, "concerns", i, id, role.concerns().get(i));
    }
    if (role.sources().isEmpty()) {
      add(ViolationCode.UNSOURCED_ROLE, r, at.field("sources"), id,
          "role '" + id + "' cites no source: every role says where it comes from");
    }
    refs(r, at, id, role.sources());
  }

  private void legalBasis(Located<?> r, At at, String id, LegalBasis basis) {
    instrument(r, at, "instrument", -1, id, basis.instrument());
    refs(r, at, id, basis.sources());
    if (basis.validity().isEmpty()) {
      return;
    }
    Validity v = basis.validity().get();
    validity(r, at, id, v);
    LegalInstrument li = instruments.get(basis.instrument());
    if (li == null) {
      return;
    }
    String name = "'" + li.id().value() + "'";
    if (v.from().isPresent() && li.adopted().isPresent() && v.from().get().latest().isBefore(li.adopted().get().earliest())) {
      add(ViolationCode.INVALID_DATE_ORDER, r, at.field("validity").field("from"), id,
          "the legal basis starts " + v.from().get().text() + ", before instrument " + name + " was adopted ("
              + li.adopted().get().text() + ")");
    }
    if (v.to().isPresent() && li.endOfValidity().isPresent()
        && v.to().get().earliest().isAfter(li.endOfValidity().get().latest())) {
      add(ViolationCode.INVALID_DATE_ORDER, r, at.field("validity").field("to"), id,
          "the legal basis ends " + v.to().get().text() + ", after instrument " + name + " ceased to be valid ("
              + li.endOfValidity().get().text() + ")");
    }
  }

  /** The validity of the object at {@code owner}. */
  private void validity(Located<?> r, At owner, String id, Validity v) {
    if (v.from().isEmpty() && v.to().isEmpty()) {
      return;
    }
    At at = owner.field("validity");
    if (v.from().isPresent()) {
      plausible(r, at, "from", id, "validity from", v.from().get(), false);
    }
    if (v.to().isPresent()) {
      plausible(r, at, "to", id, "validity to", v.to().get(), false);
    }
  }

  private void plausible(Located<?> r, At owner, String field, String id, String what, PartialDate d,
      boolean pastEvent) {
    LocalDate earliest = d.earliest();
    LocalDate latest = d.latest();
    if (latest.getYear() >= options.earliestYear() && (released == null || !earliest.isAfter(released))) {
      // Plausible on its face (the common case): no message is made.
      return;
    }
    plausible(r, owner, field, id, what + " " + d.text(), earliest, latest, pastEvent);
  }

  /**
   * A date is implausible before the earliest year, for a past event when it is certainly after the release plus
   * the tolerance, and for any date when it is certainly after the release plus the horizon.
   */
  private void plausible(Located<?> r, At owner, String field, String id, String what, LocalDate earliest,
      LocalDate latest, boolean pastEvent) {
    At at = owner.field(field);
    if (latest.getYear() < options.earliestYear()) {
      add(ViolationCode.IMPLAUSIBLE_DATE, r, at, id, what + " is before " + options.earliestYear());
      return;
    }
    if (released == null) {
      return;
    }
    if (pastEvent && earliest.isAfter(released.plus(options.pastEventTolerance()))) {
      add(ViolationCode.IMPLAUSIBLE_DATE, r, at, id, what + " is after the release date " + released + " plus "
          + options.pastEventTolerance() + ": a past event cannot lie in the future");
    } else if (earliest.isAfter(released.plus(RuleOptions.HORIZON))) {
      add(ViolationCode.IMPLAUSIBLE_DATE, r, at, id, what + " is more than " + RuleOptions.HORIZON.getYears()
          + " years after the release date " + released);
    }
  }

  private void labels(Located<?> r, At at, String id, List<Label> labels) {
    for (int i = 0; i < labels.size(); i++) {
      refs(r, at, "labels", i, id, labels.get(i).sources());
    }
  }

  /** The references in the {@code sources} of the object at {@code owner}. */
  private void refs(Located<?> r, At owner, String id, List<SourceReference> refs) {
    refs(r, owner, null, -1, id, refs);
  }

  /**
   * The references in the {@code sources} of the object at {@code base}, or at its {@code field} (and list
   * {@code index}) when a field is given; that object's path is made only for a violation.
   */
  private void refs(Located<?> r, At base, @Nullable String field, int index, String id,
      List<SourceReference> refs) {
    for (int i = 0; i < refs.size(); i++) {
      SourceReference ref = refs.get(i);
      Source source = source(ref.source());
      if (source == null) {
        if (failed("sources", ref.source().value())) {
          continue;
        }
        add(ViolationCode.DANGLING_REFERENCE, r, reference(base, field, index, i, "source"), id,
            "unknown source '" + ref.source().value() + "'");
        continue;
      }
      // Each optional read once: the generated accessors make a new Optional at every call.
      Optional<String> sectionId = ref.section();
      if (sectionId.isEmpty()) {
        continue;
      }
      SourceSection section = sectionOf(source, sectionId.get());
      Optional<Integer> paragraph = ref.paragraph();
      if (section == null) {
        add(ViolationCode.DANGLING_REFERENCE, r, reference(base, field, index, i, "section"), id,
            "source '" + source.id().value() + "' has no section '" + sectionId.get() + "'");
      } else if (paragraph.isPresent() && paragraph.get() > section.paragraphs()) {
        add(ViolationCode.DANGLING_REFERENCE, r, reference(base, field, index, i, "paragraph"), id,
            "section '" + section.id() + "' of source '" + source.id().value() + "' has "
                + section.paragraphs() + " paragraphs, not " + paragraph.get());
      }
    }
  }

  /**
   * The source with an id, remembering the last one found: a record's references mostly cite one source (its labels
   * and facts all come from the same page), and an id compared with the last is cheaper than a lookup in a map of
   * every source.
   */
  private @Nullable Source source(SourceId id) {
    if (id.equals(lastSourceId)) {
      return lastSource;
    }
    Source found = sources.get(id);
    if (found != null) {
      lastSourceId = id;
      lastSource = found;
    }
    return found;
  }

  /** The path of a field of the {@code i}th source reference of the object at base (or at its field and index). */
  private static At reference(At base, @Nullable String field, int index, int i, String part) {
    At owner = field == null ? base : base.field(field, index);
    return owner.field("sources").index(i).field(part);
  }

  private static @Nullable SourceSection sectionOf(Source source, String id) {
    List<SourceSection> sections = source.sections();
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).id().equals(id)) {
        return sections.get(i);
      }
    }
    return null;
  }


  /** A reference to a body in the field (and list index, when not negative) of the object at {@code owner}. */
  private void body(Located<?> r, At owner, String field, int index, String id, BodyId target) {
    if (!bodies.containsKey(target) && !failed("bodies", target.value())) {
      add(ViolationCode.DANGLING_REFERENCE, r, owner.field(field, index), id, "unknown body '" + target.value() + "'");
    }
  }

  /** A reference to an instrument, placed as for {@link #body}. */
  private void instrument(Located<?> r, At owner, String field, int index, String id, InstrumentId target) {
    if (!instruments.containsKey(target) && !failed("instruments", target.value())) {
      add(ViolationCode.DANGLING_REFERENCE, r, owner.field(field, index), id,
          "unknown legal instrument '" + target.value() + "'");
    }
  }

  /** A reference to a record that failed to bind is already reported as that record's own violation. */
  private boolean failed(String array, String id) {
    // A broken array stops the rules (see run), so only failed records matter.
    return doc.failedIds.getOrDefault(array, Set.of()).contains(id);
  }

  private void checkBodyCycles() {
    checkChains("bodies", doc.bodies, bodies, Body::id, Body::partOf, BodyId::value, "partOf",
        "the body hierarchy loops: ");
  }

  private void checkSuccessionCycles() {
    checkChains("instruments", doc.instruments, instruments, LegalInstrument::id, LegalInstrument::replacedBy,
        InstrumentId::value,
        "replacedBy", "the succession of instruments loops: ");
  }

  /**
   * Follows one link (such as replacedBy) from every record and reports each record on a loop once, at that record,
   * with the loop read from it. Linear in the number of records, however long the chains: a hostile file may chain
   * a hundred thousand records.
   */
  private <T, K> void checkChains(String array, List<Located<T>> records, Map<K, T> byId, Function<T, K> idOf,
      Function<T, Optional<K>> link, Function<K, String> text, String field, String message) {
    Map<K, Loop<K>> loops = loops(records, byId, idOf, link);
    if (loops.isEmpty()) {
      return;
    }
    Set<K> reported = new HashSet<>();
    for (Located<T> r : records) {
      K start = idOf.apply(r.value());
      Loop<K> loop = loops.get(start);
      if (loop != null && byId.get(start) == r.value() && reported.add(start)) {
        add(ViolationCode.CYCLE, r, "$." + array + "[" + r.index() + "]." + field, text.apply(start),
            message + loop.chainFrom(text));
      }
    }
  }

  /** A loop of links, and where one of its members stands in it. */
  private record Loop<K>(List<K> members, int offset) {
    /** The loop read from this member back to it, shortened in the middle when long. */
    String chainFrom(Function<K, String> text) {
      int n = members.size();
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (n > 12 && i == 5) {
          parts.add("... (" + (n - 10) + " more)");
          i = n - 5;
        }
        parts.add(text.apply(members.get((offset + i) % n)));
      }
      parts.add(text.apply(members.get(offset)));
      return String.join(" -> ", parts);
    }
  }

  /**
   * For every key on a loop of the links, that loop; one walk per record with a link, each key visited once. A record
   * without a link (most have none) costs no lookup: its link is read from the record, not from the map.
   */
  private static <T, K> Map<K, Loop<K>> loops(List<Located<T>> records, Map<K, T> byId, Function<T, K> idOf,
      Function<T, Optional<K>> link) {
    // Each key walked is marked with its walk: one map operation per step (putIfAbsent), and a key's place in the walk
    // is looked for only when a walk meets itself, on a loop.
    Map<K, Integer> walkOf = new HashMap<>();
    Map<K, Loop<K>> out = new HashMap<>();
    // With every id unique, the map's record under a record's id is that record: no lookup needed to know it.
    boolean unique = byId.size() == records.size();
    List<K> path = new ArrayList<>();
    int walk = 0;
    for (Located<T> r : records) {
      T record = r.value();
      Optional<K> next = link.apply(record);
      if (next.isEmpty()) {
        continue;
      }
      K start = idOf.apply(record);
      // A record whose id another record took first is not in the map: the map's record is walked instead.
      if (!unique && byId.get(start) != record) {
        continue;
      }
      Integer thisWalk = ++walk;
      if (walkOf.putIfAbsent(start, thisWalk) != null) {
        continue;
      }
      path.clear();
      path.add(start);
      while (next.isPresent()) {
        K to = next.get();
        T target = byId.get(to);
        if (target == null) {
          break;
        }
        Integer seen = walkOf.putIfAbsent(to, thisWalk);
        if (seen != null) {
          if (seen.intValue() == walk) {
            List<K> members = List.copyOf(path.subList(path.indexOf(to), path.size()));
            for (int i = 0; i < members.size(); i++) {
              out.put(members.get(i), new Loop<>(members, i));
            }
          }
          break;
        }
        path.add(to);
        next = link.apply(target);
      }
    }
    return out;
  }


  /** Acronyms are compared as name lookups compare them (ignoring case, accents and punctuation). */
  private void checkSharedAcronyms() {
    // One map per language, keyed by the acronym's name key: no key text made per acronym.
    Language[] languages = Language.values();
    List<Map<String, Located<Body>>> first = new ArrayList<>(languages.length);
    for (int i = 0; i < languages.length; i++) {
      first.add(new HashMap<>());
    }
    // A body's own acronyms, a handful: scanned, reused from body to body.
    List<String> ownKeys = new ArrayList<>();
    List<Language> ownLanguages = new ArrayList<>();
    Names.Buffer buffer = new Names.Buffer();
    for (Located<Body> r : doc.bodies) {
      Body b = r.value();
      List<Label> labels = b.labels();
      ownKeys.clear();
      ownLanguages.clear();
      for (int i = 0; i < labels.size(); i++) {
        Label label = labels.get(i);
        if (label.kind() != LabelKind.ACRONYM) {
          continue;
        }
        String key = Names.key(label.text(), buffer);
        Language language = label.language();
        if (ownAlready(ownKeys, ownLanguages, key, language)) {
          continue;
        }
        ownKeys.add(key);
        ownLanguages.add(language);
        Located<Body> other = first.get(language.ordinal()).putIfAbsent(key, r);
        if (other != null && !successive(other.value(), b)) {
          add(ViolationCode.SHARED_ACRONYM, r, "$.bodies[" + r.index() + "].labels[" + i + "]", b.id().value(),
              "bodies '" + other.value().id().value() + "' and '" + b.id().value() + "' share the acronym '"
                  + label.text() + "' in '" + language.code() + "'");
        }
      }
    }
  }

  private static boolean ownAlready(List<String> keys, List<Language> languages, String key, Language language) {
    for (int j = 0; j < keys.size(); j++) {
      if (languages.get(j) == language && keys.get(j).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** A body that replaced another may keep its acronym. */
  private static boolean successive(Body a, Body b) {
    return a.replacedBy().filter(b.id()::equals).isPresent() || b.replacedBy().filter(a.id()::equals).isPresent();
  }

  /**
   * A repealed instrument, or one whose end of validity is on or before the release date, should name its successor.
   * An instrument that lapsed without one keeps the warning, which a user can accept by its code.
   */
  private void checkSuccessorsNamed() {
    Map<InstrumentId, List<String>> repealedBy = new HashMap<>();
    for (Located<LegalInstrument> r : doc.instruments) {
      for (InstrumentId repealed : r.value().repeals()) {
        repealedBy.computeIfAbsent(repealed, k -> new ArrayList<>()).add(r.value().id().value());
      }
    }
    for (Located<LegalInstrument> r : doc.instruments) {
      LegalInstrument li = r.value();
      if (li.replacedBy().isPresent()) {
        continue;
      }
      String id = li.id().value();
      At at = At.of("instruments", r.index()).field("replacedBy");
      List<String> repealers = repealedBy.getOrDefault(li.id(), List.of());
      if (!repealers.isEmpty()) {
        addWarning(ViolationCode.MISSING_SUCCESSOR, r, at, id, "instrument '" + id + "' is repealed by '"
            + String.join("', '", repealers) + "' but names no successor: set replacedBy to '" + repealers.get(0) + "'");
      } else if (li.endOfValidity().isPresent()
          && (released == null || !li.endOfValidity().get().earliest().isAfter(released))) {
        addWarning(ViolationCode.MISSING_SUCCESSOR, r, at, id, "instrument '" + id + "' ended ("
            + li.endOfValidity().get().text() + ") but names no successor: set replacedBy if it was replaced");
      }
    }
  }

  /** An act number as written, compared as a number of any length (an ELI may carry more digits than an int). */
  private static String withoutLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  private static String chain(List<String> path, String back) {
    return String.join(" -> ", path) + " -> " + back;
  }

  private void add(ViolationCode code, Located<?> r, At path, String recordId, String message) {
    add(code, r, path.toString(), recordId, message);
  }

  private void addWarning(ViolationCode code, Located<?> r, At path, String recordId, String message) {
    addWarning(code, r, path.toString(), recordId, message);
  }

  /**
   * A JSON path, written out only when a violation names it. The rules pass a record's path and the name of the field
   * they check, and make the field's path only for a violation: a record has a few dozen places a rule may point at,
   * nearly all are never named, and making them all was a sixth of the rules' time at 100,000 records.
   */
  private static final class At {
    private final @org.jspecify.annotations.Nullable At parent;
    private final @org.jspecify.annotations.Nullable String field;
    private final int index;

    private At(@org.jspecify.annotations.Nullable At parent, @org.jspecify.annotations.Nullable String field,
        int index) {
      this.parent = parent;
      this.field = field;
      this.index = index;
    }

    /** The record at an index of a top-level array, such as {@code $.bodies[3]}. */
    static At of(String array, int index) {
      return new At(new At(null, array, -1), null, index);
    }

    At field(String name) {
      return new At(this, name, -1);
    }

    /** A field, or an element of it when the index is not negative. */
    At field(String name, int index) {
      At f = field(name);
      return index < 0 ? f : f.index(index);
    }

    At index(int i) {
      return new At(this, null, i);
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      write(out);
      return out.toString();
    }

    private void write(StringBuilder out) {
      if (parent == null) {
        out.append('$');
      } else {
        parent.write(out);
      }
      if (field != null) {
        out.append('.').append(field);
      } else {
        out.append('[').append(index).append(']');
      }
    }
  }

  private void add(ViolationCode code, Located<?> r, String path, String recordId, String message) {
    add(code, r.line(), r.column(), path, Optional.of(recordId), message);
  }

  private void add(ViolationCode code, int line, int column, String path, Optional<String> recordId, String message) {
    out.add(new Violation(code, Severity.ERROR, doc.sourceName, line, column, path, recordId, message));
  }

  private void addWarning(ViolationCode code, Located<?> r, String path, String recordId, String message) {
    out.add(new Violation(code, Severity.WARNING, doc.sourceName, r.line(), r.column(), path,
        Optional.of(recordId), message));
  }
}
