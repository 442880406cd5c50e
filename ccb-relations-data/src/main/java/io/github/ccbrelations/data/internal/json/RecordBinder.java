package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.DerivedUrl;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.LocalizedText;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.OsceDecisionNumber;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.RedirectReason;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.UrlPattern;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.model.WebUrl;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Binds the records of a dataset file straight from the token stream into the model's public builders: one pass, no
 * reflection, no intermediate tree. The rules are those of the format, and strict: a field has one JSON type (a
 * string is never a number, a number never a string, and nothing is {@code null}: a field without a value is left
 * out), enum values are spelt exactly, dates have four-digit years, and every value passes its type's own check. The
 * fields of each object are those of {@link Fields}.
 *
 * <p>A value that breaks a rule is a {@link Failure} with the violation code, the place (the value's first
 * character, or the closing brace of an object that fails its own check) and the JSON path, all from the parser's
 * location API. A failed value does not end its record: the rest of its field is skipped and the record's other
 * fields are read, so that the record fails with every value that failed in it; the references and citations it
 * holds are kept ({@link #references()}, {@link #citations()}) so that the rules check them too. An unknown field is
 * not a failure: it goes to the {@link UnknownFields sink} with its place and is skipped. Broken JSON and passed
 * limits are the parser's own exceptions and pass through.
 */
final class RecordBinder {
  /** Where unknown fields go; the binder skips their values. */
  interface UnknownFields {
    /**
     * Notes an unknown field; the parser stands on its value.
     *
     * @param p the parser, on the field's value
     * @param field the field name
     * @param type the record or part type it appeared in
     * @param known the fields that type knows, sorted
     */
    void unknown(JsonParser p, String field, String type, List<String> known);
  }

  /** A value that cannot be bound: the record it is in is not loaded. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The violation code: {@code SHAPE} for a value of the wrong kind, {@code INVALID_VALUE} for a bad value. */
    final transient ViolationCode code;
    /** Where: the value's first character, or the closing brace of an object that fails its own check. */
    final transient JsonLocation at;
    /** The JSON path of the value. */
    final String path;
    /** Every failure of the record, this one first. */
    private final transient List<Failure> all;

    Failure(ViolationCode code, JsonLocation at, String path, String message) {
      super(message, null, false, false);
      this.code = code;
      this.at = at;
      this.path = path;
      this.all = List.of(this);
    }

    private Failure(List<Failure> all) {
      super(all.get(0).getMessage(), null, false, false);
      this.code = all.get(0).code;
      this.at = all.get(0).at;
      this.path = all.get(0).path;
      this.all = List.copyOf(all);
    }

    /** Every value of the record that could not be bound, in file order. */
    List<Failure> all() {
      return all;
    }
  }

  /** The constants of one enum type by their exact JSON spelling (the constant's name). */
  private record EnumNames<E extends Enum<E>>(String type, Map<String, E> byName, String accepted) {
    static <E extends Enum<E>> EnumNames<E> of(String type, E[] values) {
      Map<String, E> byName = new HashMap<>();
      for (E e : values) {
        byName.put(e.name(), e);
      }
      return new EnumNames<>(type, byName, String.join(", ", Arrays.stream(values).map(Enum::name).toList()));
    }
  }

  private static final EnumNames<BodyKind> BODY_KINDS = EnumNames.of("BodyKind", BodyKind.values());
  private static final EnumNames<Continuation> CONTINUATIONS =
      EnumNames.of("Continuation", Continuation.values());
  private static final EnumNames<Condition> CONDITIONS = EnumNames.of("Condition", Condition.values());
  private static final EnumNames<InstrumentKind> INSTRUMENT_KINDS =
      EnumNames.of("InstrumentKind", InstrumentKind.values());
  private static final EnumNames<LabelKind> LABEL_KINDS = EnumNames.of("LabelKind", LabelKind.values());
  private static final EnumNames<LegalBasisStatus> BASIS_STATUSES =
      EnumNames.of("LegalBasisStatus", LegalBasisStatus.values());
  private static final EnumNames<Level> LEVELS = EnumNames.of("Level", Level.values());
  private static final EnumNames<RecordType> RECORD_TYPES = EnumNames.of("RecordType", RecordType.values());
  private static final EnumNames<RedirectReason> REDIRECT_REASONS =
      EnumNames.of("RedirectReason", RedirectReason.values());
  private static final EnumNames<RoleFunction> ROLE_FUNCTIONS = EnumNames.of("RoleFunction", RoleFunction.values());
  private static final EnumNames<SourceKind> SOURCE_KINDS = EnumNames.of("SourceKind", SourceKind.values());
  private static final EnumNames<UrlPattern> URL_PATTERNS = EnumNames.of("UrlPattern", UrlPattern.values());
  private static final EnumNames<SubjectKind> SUBJECT_KINDS = EnumNames.of("SubjectKind", SubjectKind.values());

  private static final Map<String, Language> LANGUAGES =
      Map.of("fr", Language.FR, "nl", Language.NL, "en", Language.EN, "de", Language.DE);

  /** A date as the format writes it: four digits of year, then the month and the day as the precision asks. */
  private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

  /** Reads the value of one field the parser stands on; returns null for a field the object does not have. */
  @FunctionalInterface
  private interface FieldReader {
    @Nullable Object read(String name) throws IOException;
  }

  /** Reads one value the parser stands on. */
  @FunctionalInterface
  private interface ValueReader<T> {
    T read() throws IOException;
  }

  private final JsonParser p;
  private final UnknownFields unknown;
  private final Consumer<String> ids;

  // One builder per type, cleared before each use: a builder and its lists per record and per label made a tenth of
  // what a load allocates. No type nests inside itself, so a builder is never in use twice at once.
  private final Source.Builder sourceBuilder = Source.builder();
  private final Body.Builder bodyBuilder = Body.builder();
  private final LegalInstrument.Builder instrumentBuilder = LegalInstrument.builder();
  private final Role.Builder roleBuilder = Role.builder();
  private final Label.Builder labelBuilder = Label.builder();
  private final SourceReference.Builder referenceBuilder = SourceReference.builder();
  private final LegalBasis.Builder basisBuilder = LegalBasis.builder();

  /**
   * The names met in the objects being read, one set per level of nesting, reused from record to record: a name given
   * twice in one object is refused in linear time, however many names the object has.
   */
  private final List<Set<String>> levels = new ArrayList<>();
  private int depth;

  // The record being bound: where it starts, the values that failed in it, and its references and citations, kept
  // in case it fails.
  private @Nullable JsonStreamContext record;
  private final List<Failure> failures = new ArrayList<>();
  private final List<Noted> noted = new ArrayList<>();
  /** The places of the noted values below their record: field names and list indexes, innermost first. */
  private final List<Object> places = new ArrayList<>();

  /**
   * A reference (an id of the target type) or a citation (target null) read in the record, with its place; its path
   * is written out only if the record fails, from the pieces {@code from} to {@code to} of {@link #places}.
   */
  private record Noted(Object value, @Nullable RecordType target, int line, int column, int from, int to) {}

  /**
   * A binder over a parser.
   *
   * @param p the parser
   * @param unknown where unknown fields go
   * @param ids told the text of each record's "id" as soon as it is read, before it is checked, so that a record
   *     that fails can still be named
   */
  RecordBinder(JsonParser p, UnknownFields unknown, Consumer<String> ids) {
    this.p = p;
    this.unknown = unknown;
    this.ids = ids;
  }

  /**
   * The error for a name given twice in one object: broken JSON for this format, which ends the read like a syntax
   * error. It is placed on the second occurrence of the name.
   */
  static JsonParseException duplicate(JsonParser p, String name) {
    return new JsonParseException(p, "Duplicate field '" + DocumentParser.abbreviate(name) + "'",
        p.currentTokenLocation());
  }

  /**
   * The references read in the last record bound, for a record that failed.
   *
   * @param recordPath the path of the record, such as {@code $.roles[3]}
   */
  List<ParsedDocument.Reference> references(String recordPath) {
    List<ParsedDocument.Reference> out = new ArrayList<>();
    for (Noted n : noted) {
      if (n.target() != null) {
        out.add(new ParsedDocument.Reference(n.target(), (String) n.value(), n.line(), n.column(), path(recordPath, n)));
      }
    }
    return out;
  }

  /**
   * The citations read in the last record bound, for a record that failed.
   *
   * @param recordPath the path of the record, such as {@code $.roles[3]}
   */
  List<ParsedDocument.Citation> citations(String recordPath) {
    List<ParsedDocument.Citation> out = new ArrayList<>();
    for (Noted n : noted) {
      // A citation that failed itself is reported as such; it has no value to check.
      if (n.value() instanceof SourceReference) {
        out.add(new ParsedDocument.Citation((SourceReference) n.value(), n.line(), n.column(), path(recordPath, n)));
      }
    }
    return out;
  }

  private String path(String recordPath, Noted n) {
    StringBuilder out = new StringBuilder(recordPath);
    for (int i = n.to() - 1; i >= n.from(); i--) {
      Object piece = places.get(i);
      if (piece instanceof Integer index) {
        out.append('[').append(index).append(']');
      } else {
        out.append('.').append(DocumentParser.abbreviate((String) piece));
      }
    }
    return out.toString();
  }

  /** Notes a value read in the record with the place of the token the parser stands on (or of the object it opens). */
  private void note(Object value, @Nullable RecordType target) {
    int from = places.size();
    JsonStreamContext c = p.getParsingContext();
    if (p.currentToken() == JsonToken.START_OBJECT) {
      // An object's own context names no field yet: its place is its parent's.
      c = c.getParent();
    }
    for (; c != null; c = c.getParent()) {
      places.add(c.inArray() ? (Object) Math.max(0, c.getCurrentIndex()) : c.getCurrentName());
      if (c == record) {
        break;
      }
    }
    JsonLocation at = p.currentTokenLocation();
    noted.add(new Noted(value, target, at.getLineNr(), at.getColumnNr(), from, places.size()));
  }

  // ---------------------------------------------------------------- records (the parser stands on their START_OBJECT)

  DatasetHeader header() throws IOException {
    DatasetHeader.Builder b = DatasetHeader.builder();
    return record(Fields.HEADER, b::build, name -> switch (name) {
      case "datasetVersion" -> b.datasetVersion(value(DatasetVersion::parse, false));
      case "schemaVersion" -> b.schemaVersion(value(SchemaVersion::parse, false));
      case "released" -> b.released(date());
      case "primarySources" -> each(this::sourceId, b::addPrimarySources);
      default -> null;
    });
  }

  Source source() throws IOException {
    Source.Builder b = sourceBuilder.clear();
    return record(Fields.SOURCE, b::build, name -> switch (name) {
      case "id" -> b.id(made(SourceId::of, recordId()));
      case "kind" -> b.kind(enumValue(SOURCE_KINDS));
      case "title" -> b.title(string());
      case "language" -> b.language(language());
      case "publisher" -> b.publisher(string());
      case "url" -> b.url(value(WebUrl::of, false));
      case "urlDerived" -> b.urlDerived(derivedUrl());
      case "consulted" -> b.consulted(date());
      case "sections" -> each(this::section, b::addSections);
      default -> null;
    });
  }

  Body body() throws IOException {
    Body.Builder b = bodyBuilder.clear();
    return record(Fields.BODY, b::build, name -> switch (name) {
      case "id" -> b.id(made(BodyId::of, recordId()));
      case "kind" -> b.kind(enumValue(BODY_KINDS));
      case "labels" -> each(this::label, b::addLabels);
      case "partOf" -> b.partOf(bodyId());
      case "convenedBy" -> each(this::bodyId, b::addConvenedBy);
      case "seat" -> b.seat(localizedText());
      case "website" -> b.website(value(WebUrl::of, false));
      case "establishedBy" -> b.establishedBy(legalBasis());
      case "founded" -> b.founded(value(PartialDate::parse, true));
      case "recurrence" -> b.recurrence(period());
      case "memberCount" -> b.memberCount(integer());
      case "validity" -> b.validity(validity());
      case "replacedBy" -> b.replacedBy(bodyId());
      case "description" -> b.description(localizedText());
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  LegalInstrument instrument() throws IOException {
    LegalInstrument.Builder b = instrumentBuilder.clear();
    return record(Fields.INSTRUMENT, b::build, name -> switch (name) {
      case "id" -> b.id(made(InstrumentId::of, recordId()));
      case "kind" -> b.kind(enumValue(INSTRUMENT_KINDS));
      case "labels" -> each(this::label, b::addLabels);
      case "celex" -> b.celex(value(Celex::of, false));
      case "eli" -> b.eli(value(Eli::of, false));
      case "numac" -> b.numac(value(Numac::of, false));
      case "osceDecision" -> b.osceDecision(value(OsceDecisionNumber::of, false));
      case "adopted" -> b.adopted(value(PartialDate::parse, true));
      case "published" -> b.published(value(PartialDate::parse, true));
      case "inForce" -> b.inForce(value(PartialDate::parse, true));
      case "appliesFrom" -> b.appliesFrom(value(PartialDate::parse, true));
      case "endOfValidity" -> b.endOfValidity(value(PartialDate::parse, true));
      case "repeals" -> each(this::instrumentId, b::addRepeals);
      case "replacedBy" -> b.replacedBy(instrumentId());
      case "transposes" -> each(this::instrumentId, b::addTransposes);
      case "extends" -> each(this::instrumentId, b::addExtendsInstruments);
      case "description" -> b.description(localizedText());
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  Role role() throws IOException {
    Role.Builder b = roleBuilder.clear();
    return record(Fields.ROLE, b::build, name -> switch (name) {
      case "id" -> b.id(made(RoleId::of, recordId()));
      case "holder" -> b.holder(bodyId());
      case "body" -> b.body(bodyId());
      case "function" -> b.function(enumValue(ROLE_FUNCTIONS));
      case "onBehalfOf" -> b.onBehalfOf(bodyId());
      case "via" -> b.via(bodyId());
      case "supports" -> b.supports(bodyId());
      case "inCapacityOf" -> b.inCapacityOf(roleId());
      case "level" -> b.level(enumValue(LEVELS));
      case "condition" -> b.condition(enumValue(CONDITIONS));
      case "legalBasisStatus" -> b.legalBasisStatus(enumValue(BASIS_STATUSES));
      case "legalBases" -> each(this::legalBasis, b::addLegalBases);
      case "basesEnded" -> b.basesEnded(basesEnded());
      case "subjects" -> each(this::subject, b::addSubjects);
      // Schema 1.0 and 1.1: what schema 1.2 writes as subjects of kind CONCERNS.
      case "concerns" -> each(this::instrumentId, id -> b.addSubjects(RoleSubject.of(id, SubjectKind.CONCERNS)));
      case "validity" -> b.validity(validity());
      case "replacedBy" -> b.replacedBy(roleId());
      case "description" -> b.description(localizedText());
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  Redirect redirect() throws IOException {
    Redirect.Builder b = Redirect.builder();
    return record(Fields.REDIRECT, b::build, name -> switch (name) {
      case "recordType" -> b.recordType(enumValue(RECORD_TYPES));
      case "from" -> b.from(string());
      case "to" -> b.to(string());
      case "reason" -> b.reason(enumValue(REDIRECT_REASONS));
      case "since" -> b.since(value(DatasetVersion::parse, false));
      default -> null;
    });
  }

  // ---------------------------------------------------------------- parts

  private SourceSection section() throws IOException {
    Object[] v = new Object[3];
    return part(Fields.SECTION, () -> SourceSection.of((String) v[0], (String) v[1], (Integer) v[2]),
        name -> switch (name) {
          case "id" -> v[0] = string();
          case "heading" -> v[1] = string();
          case "paragraphs" -> v[2] = integer();
          default -> null;
        });
  }

  private Label label() throws IOException {
    Label.Builder b = labelBuilder.clear();
    return part(Fields.LABEL, b::build, name -> switch (name) {
      case "language" -> b.language(language());
      case "kind" -> b.kind(enumValue(LABEL_KINDS));
      case "text" -> b.text(string());
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  private SourceReference sourceReference() throws IOException {
    beginObject();
    int at = noted.size();
    note("", null);
    SourceReference.Builder b = referenceBuilder.clear();
    SourceReference citation = part(Fields.REFERENCE, b::build, name -> switch (name) {
      case "source" -> b.source(sourceId());
      case "section" -> b.section(string());
      case "paragraph" -> b.paragraph(integer());
      case "locator" -> b.locator(string());
      case "supports" -> each(this::string, b::addSupports);
      default -> null;
    });
    Noted place = noted.get(at);
    noted.set(at, new Noted(citation, null, place.line(), place.column(), place.from(), place.to()));
    return citation;
  }

  private LegalBasis legalBasis() throws IOException {
    LegalBasis.Builder b = basisBuilder.clear();
    return part(Fields.BASIS, b::build, name -> switch (name) {
      case "instrument" -> b.instrument(instrumentId());
      case "provision" -> b.provision(string());
      case "validity" -> b.validity(validity());
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  private DerivedUrl derivedUrl() throws IOException {
    Object[] v = new Object[2];
    return part(Fields.DERIVED_URL, () -> DerivedUrl.of((UrlPattern) v[0], (String) v[1]), name -> switch (name) {
      case "pattern" -> v[0] = enumValue(URL_PATTERNS);
      case "identifier" -> v[1] = string();
      default -> null;
    });
  }

  private RoleSubject subject() throws IOException {
    RoleSubject.Builder b = RoleSubject.builder();
    return part(Fields.SUBJECT, b::build, name -> switch (name) {
      case "instrument" -> b.instrument(instrumentId());
      case "kind" -> b.kind(enumValue(SUBJECT_KINDS));
      case "provision" -> b.provision(string());
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  private BasesEnded basesEnded() throws IOException {
    BasesEnded.Builder b = BasesEnded.builder();
    return part(Fields.BASES_ENDED, b::build, name -> switch (name) {
      case "since" -> b.since(date());
      case "continues" -> b.continues(enumValue(CONTINUATIONS));
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  private Validity validity() throws IOException {
    PartialDate[] d = new PartialDate[2];
    return part(Fields.VALIDITY, () -> Validity.of(Optional.ofNullable(d[0]), Optional.ofNullable(d[1])),
        name -> switch (name) {
          case "from" -> d[0] = value(PartialDate::parse, true);
          case "to" -> d[1] = value(PartialDate::parse, true);
          default -> null;
        });
  }

  /** A text per language: an object whose fields are language codes. */
  private LocalizedText localizedText() throws IOException {
    beginObject();
    Map<Language, String> values = new EnumMap<>(Language.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String code = p.currentName();
      Language language = LANGUAGES.get(code);
      if (language == null) {
        throw failure(ViolationCode.SHAPE, "'" + DocumentParser.abbreviate(code)
            + "' is not a language of the format; the languages are fr, nl, en, de");
      }
      if (values.containsKey(language)) {
        throw duplicate(p, code);
      }
      p.nextToken();
      values.put(language, string());
    }
    return built(() -> LocalizedText.of(values));
  }

  // ---------------------------------------------------------------- objects and lists

  /**
   * A record: its fields read one by one; a field whose value fails is noted and skipped, and the record fails at its
   * closing brace with every failure, and with its missing fields.
   */
  private <T> T record(Fields fields, Supplier<T> build, FieldReader reader) throws IOException {
    depth = 0;
    record = p.getParsingContext();
    failures.clear();
    noted.clear();
    places.clear();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      try {
        read(fields, reader, name);
      } catch (Failure f) {
        failures.add(f);
        skipRestOfField();
      }
    }
    try {
      checkRequired(fields, seen);
    } catch (Failure f) {
      failures.add(f);
    }
    if (!failures.isEmpty()) {
      throw new Failure(List.copyOf(failures));
    }
    return built(build);
  }

  /** A part of a record: its first failure fails it. */
  private <T> T part(Fields fields, Supplier<T> build, FieldReader reader) throws IOException {
    beginObject();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      read(fields, reader, name);
    }
    checkRequired(fields, seen);
    return built(build);
  }

  private void read(Fields fields, FieldReader reader, String name) throws IOException {
    if (reader.read(name) == null) {
      unknown.unknown(p, name, fields.type(), fields.names());
      p.skipChildren();
    }
  }

  /** After a failed value: skips what is left of its field, up to the record's own level. */
  private void skipRestOfField() throws IOException {
    depth = 1;
    while (p.getParsingContext() != record) {
      if (p.nextToken() == null) {
        throw new JsonParseException(p, "Unexpected end-of-input", p.currentLocation());
      }
    }
  }

  /** At an object's closing brace: every field it requires was given (a field given and failed counts as given). */
  private void checkRequired(Fields fields, Set<String> seen) {
    List<String> missing = new ArrayList<>();
    for (String required : fields.required()) {
      if (!seen.contains(required)) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      throw failure(ViolationCode.SHAPE,
          "missing required field(s): " + String.join(", ", missing) + " (in " + fields.type() + ")");
    }
  }

  /** The elements of a list, each added as it is read; returns a marker that the field was known. */
  private <T> Object each(ValueReader<T> element, Consumer<T> add) throws IOException {
    beginArray();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      add.accept(element.read());
    }
    return add;
  }

  /** Starts an object: the names of the level below the current one, emptied. */
  private Set<String> enter() {
    if (depth == levels.size()) {
      levels.add(new HashSet<>());
    } else if (levels.get(depth).size() > 64) {
      // A set grown by a huge object would cost its capacity at every later clear.
      levels.set(depth, new HashSet<>());
    } else {
      levels.get(depth).clear();
    }
    return levels.get(depth++);
  }

  /** The next field of the current object, with the parser moved onto its value; null at the object's end. */
  private @Nullable String nextField(Set<String> seen) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      depth--;
      return null;
    }
    String name = p.currentName();
    if (!seen.add(name)) {
      throw duplicate(p, name);
    }
    p.nextToken();
    return name;
  }

  /**
   * An object's own check, run when it is built at its closing brace: a refusal is placed on that brace. Anything but
   * a refusal (a bug, not bad data) passes through.
   */
  private <T> T built(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw failure(ViolationCode.INVALID_VALUE, String.valueOf(e.getMessage()));
    }
  }

  // ---------------------------------------------------------------- values

  /** The record's id: its text is told to {@link #ids} before it is checked. */
  private String recordId() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      ids.accept(p.getText());
    }
    return string();
  }

  private BodyId bodyId() throws IOException {
    return reference(RecordType.BODY, BodyId::of);
  }

  private RoleId roleId() throws IOException {
    return reference(RecordType.ROLE, RoleId::of);
  }

  private InstrumentId instrumentId() throws IOException {
    return reference(RecordType.INSTRUMENT, InstrumentId::of);
  }

  private SourceId sourceId() throws IOException {
    return reference(RecordType.SOURCE, SourceId::of);
  }

  /** A reference to another record, kept with its place while the record is read. */
  private <T> T reference(RecordType target, Function<String, T> of) throws IOException {
    String text = string();
    T id = made(of, text);
    note(text, target);
    return id;
  }

  /**
   * The value a string makes. Its type's own check refuses a bad text with an {@code IllegalArgumentException} or
   * {@code IllegalStateException}, which becomes an {@code INVALID_VALUE} placed on the string. A date must first
   * have the format's shape: four digits of year (no expanded year such as {@code +10000}), then month and day.
   */
  private <T> T value(Function<String, T> of, boolean isDate) throws IOException {
    String text = string();
    if (isDate && !DATE_SHAPE.matcher(text).matches()) {
      throw failure(ViolationCode.INVALID_VALUE, "'" + DocumentParser.abbreviate(text)
          + "' is not a date of the format: YYYY, YYYY-MM or YYYY-MM-DD, with a four-digit year");
    }
    return made(of, text);
  }

  private <T> T made(Function<String, T> of, String text) {
    try {
      return of.apply(text);
    } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
      throw failure(ViolationCode.INVALID_VALUE, String.valueOf(e.getMessage()));
    }
  }

  private Language language() throws IOException {
    Language language = LANGUAGES.get(string());
    if (language == null) {
      throw failure(ViolationCode.SHAPE, "\"" + DocumentParser.abbreviate(p.getText())
          + "\" is not a language of the format; one of: fr, nl, en, de");
    }
    return language;
  }

  private <E extends Enum<E>> E enumValue(EnumNames<E> names) throws IOException {
    E value = names.byName().get(string());
    if (value == null) {
      throw failure(ViolationCode.SHAPE, "\"" + DocumentParser.abbreviate(p.getText()) + "\" is not a "
          + names.type() + "; one of: " + names.accepted());
    }
    return value;
  }

  /** A calendar date, {@code YYYY-MM-DD}, and nothing more. */
  private LocalDate date() throws IOException {
    String text = string();
    if (text.indexOf('T') >= 0 || text.indexOf(' ') >= 0) {
      throw failure(ViolationCode.SHAPE,
          "'" + DocumentParser.abbreviate(text) + "' is a date and time; a date has no time component: YYYY-MM-DD");
    }
    try {
      if (text.length() == 10 && DATE_SHAPE.matcher(text).matches()) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeException e) {
      // Reported below, as a text of the wrong shape is.
    }
    throw failure(ViolationCode.INVALID_VALUE,
        "'" + DocumentParser.abbreviate(text) + "' is not a calendar date of the form YYYY-MM-DD");
  }

  private Period period() throws IOException {
    String text = string();
    try {
      return Period.parse(text);
    } catch (DateTimeException e) {
      throw failure(ViolationCode.INVALID_VALUE,
          "'" + DocumentParser.abbreviate(text) + "' is not an ISO-8601 period such as P1Y or P6M");
    }
  }

  private String string() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw wrongKind("a string", t);
    }
    return p.getText();
  }

  private int integer() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongKind("an integer", t);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw new Failure(ViolationCode.SHAPE, p.currentLocation(), DocumentParser.pathOf(p), "the number "
          + DocumentParser.abbreviate(p.getText()) + " is out of range of int (" + Integer.MIN_VALUE + " to "
          + Integer.MAX_VALUE + ")");
    }
    return p.getIntValue();
  }

  private void beginArray() throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongKind("an array", p.currentToken());
    }
  }

  private void beginObject() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongKind("an object", p.currentToken());
    }
  }

  private Failure wrongKind(String expected, @Nullable JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return failure(ViolationCode.SHAPE, where() + " is null; a field without a value is left out, and a list"
          + " holds no null");
    }
    return failure(ViolationCode.SHAPE, where() + " must be " + expected + ", not " + kindOf(t));
  }

  /** The field (or list element) the parser stands on, for messages. */
  private String where() {
    JsonStreamContext c = p.getParsingContext();
    if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
      c = c.getParent();
    }
    if (c == null) {
      return "the value";
    }
    if (c.inArray()) {
      JsonStreamContext parent = c.getParent();
      String list = parent == null || parent.getCurrentName() == null ? "" : " of '" + parent.getCurrentName() + "'";
      return "element " + Math.max(0, c.getCurrentIndex()) + list;
    }
    return c.getCurrentName() == null ? "the value" : "'" + DocumentParser.abbreviate(c.getCurrentName()) + "'";
  }

  private String kindOf(@Nullable JsonToken t) throws IOException {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_ARRAY -> "an Array value";
      case START_OBJECT -> "an Object value";
      case VALUE_STRING -> "a String value (\"" + DocumentParser.abbreviate(p.getText()) + "\")";
      case VALUE_NUMBER_INT -> "a Number value (" + DocumentParser.abbreviate(p.getText()) + ")";
      case VALUE_NUMBER_FLOAT -> "a Number value (" + DocumentParser.abbreviate(p.getText()) + ", not an integer)";
      case VALUE_TRUE, VALUE_FALSE -> "a Boolean value (" + p.getText() + ")";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  /**
   * A failure placed on the token the parser stands on: a value, or the closing brace of an object (whose path the
   * parser's context then gives, since a closed object's context is its parent's).
   */
  private Failure failure(ViolationCode code, String message) {
    return new Failure(code, p.currentTokenLocation(), DocumentParser.pathOf(p), message);
  }
}
