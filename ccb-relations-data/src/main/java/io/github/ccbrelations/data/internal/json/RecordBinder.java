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
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.BodyRelationKind;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Continuation;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.DerivedUrl;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.InstrumentKind;
import io.github.ccbrelations.model.InvalidFieldException;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalBasisStatus;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.NoNameKind;
import io.github.ccbrelations.model.NoOfficialName;
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
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.UrlPattern;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.model.WebUrl;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Binds the records of a dataset file straight from the token stream into the model's public builders: one pass, no
 * reflection, no intermediate tree. The rules are those of the format, and strict: a field has one JSON type (a
 * string is never a number, a number never a string, and nothing is {@code null}: a field without a value is left
 * out), enum values are spelt exactly, dates have four-digit years, every value passes its type's own check, and no
 * list repeats an entry ({@link Repeats}). The fields of each object are those of {@link Fields}.
 *
 * <p>A value that breaks a rule is a {@link ValueFailure} with the violation code, the place (the value's first
 * character) and the JSON path, all from the parser's location API. An object that fails its own check is placed at the
 * value of the field the check names ({@link InvalidFieldException}), whose start its {@link NameSet} kept. An object
 * that lacks a field (a required one, or one its check names) is placed at its opening brace, with its own path: where
 * a reader starts reading it; so is a record whose check names no field, wrong as a whole. A check about one entry of a
 * list has the entry's path, but the place of the list: no entry's place is kept while a load goes well, and a second
 * walk of the input finds it ({@link ValueFailure#atItsList}). A failed value does not end its record: the rest of its
 * field is skipped and the record's other fields are read, so that the record fails with every value that failed in it;
 * the references and citations it holds are kept ({@link #references()}, {@link #citations()}) so that the rules check
 * them too. An unknown field is not a failure: it goes to the {@link UnknownFields sink} with the place of its name
 * and is skipped. Broken JSON and passed limits are the parser's own exceptions and pass through.
 */
final class RecordBinder {
  /** Where unknown fields go; the binder skips their values. */
  interface UnknownFields {
    /**
     * Notes an unknown field of a type (which knows the fields given, sorted), whose name starts at {@code name}; the
     * parser stands on its value.
     */
    void unknown(JsonParser p, JsonLocation name, String field, String type, List<String> known);
  }

  /** Reads the value of one field the parser stands on; returns null for a field the object does not have. */
  @FunctionalInterface
  private interface FieldReader {
    @Nullable Object read(String name) throws IOException;
  }

  private final JsonParser p;
  private final Tokens tokens;
  private final UnknownFields unknown;
  private final RecordIds ids;

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
  private final List<NameSet> levels = new ArrayList<>();
  private int depth;
  /**
   * The names of the part read last. A part is built as soon as it is read, and only the checks of the objects of the
   * format name a field (those of single values, such as ids and dates, do not, and {@link Tokens#localizedText} places
   * its own), so a refusal that names a field and reaches {@link #record} is about this part.
   */
  private @Nullable NameSet lastPart;
  /**
   * Whether an entry that repeats another was left out of a list of the part read last (or of a part within it): its
   * lists as bound are then not the file's, and an index its check names may not be the entry's in the file.
   */
  private boolean lastPartShortened;

  // The record being bound: where it starts, the values that failed in it, and its references and citations, kept
  // in case it fails.
  private @Nullable JsonStreamContext record;
  private final List<ValueFailure> failures = new ArrayList<>();
  private final RecordNotes notes = new RecordNotes();

  /**
   * A binder over a parser; {@code told} is told the text of each record's "id" as soon as it is read, before it is
   * checked, so that a record that fails can still be named.
   */
  RecordBinder(JsonParser p, UnknownFields unknown, Consumer<String> told) {
    this.p = p;
    this.tokens = new Tokens(p, failures);
    this.ids = new RecordIds(p, tokens, notes, told);
    this.unknown = unknown;
  }

  /** The notes of the last record read: its references and citations, with their places. */
  RecordNotes notes() {
    return notes;
  }

  /**
   * The values that failed in the record being read, when the read stopped in it (broken JSON, a passed limit): the
   * record did not end, so they were not thrown with it. Empty between records.
   */
  List<ValueFailure> unfinished() {
    return failures;
  }

  /** Where the value of a field of the last record read starts; null when it does not give it. */
  @Nullable JsonLocation valueOf(String field) {
    return levels.isEmpty() ? null : levels.get(0).valueOf(field);
  }

  // ---------------------------------------------------------------- records (the parser stands on their START_OBJECT)

  DatasetHeader header() throws IOException {
    DatasetHeader.Builder b = DatasetHeader.builder();
    return record(Fields.HEADER, b::build, name -> switch (name) {
      case "datasetVersion" -> b.datasetVersion(DatasetVersion.parse(tokens.string()));
      case "schemaVersion" -> b.schemaVersion(SchemaVersion.parse(tokens.string()));
      case "released" -> b.released(tokens.date());
      case "primarySources" -> b.addAllPrimarySources(tokens.list(ids::sourceId));
      default -> null;
    });
  }

  Source source() throws IOException {
    Source.Builder b = sourceBuilder.clear();
    return record(Fields.SOURCE, b::build, name -> switch (name) {
      case "id" -> b.id(SourceId.of(ids.recordId()));
      case "kind" -> b.kind(tokens.enumValue(SourceKind.class));
      case "title" -> b.title(tokens.string());
      case "language" -> b.language(tokens.language());
      case "publisher" -> b.publisher(tokens.string());
      case "url" -> b.url(WebUrl.of(tokens.string()));
      case "urlDerived" -> b.urlDerived(derivedUrl());
      case "consulted" -> b.consulted(tokens.date());
      case "sections" -> b.addAllSections(tokens.list(this::section));
      default -> null;
    });
  }

  Body body() throws IOException {
    Body.Builder b = bodyBuilder.clear();
    return record(Fields.BODY, b::build, name -> switch (name) {
      case "id" -> b.id(BodyId.of(ids.recordId()));
      case "kind" -> b.kind(tokens.enumValue(BodyKind.class));
      case "labels" -> b.addAllLabels(labels());
      case "partOf" -> b.partOf(ids.bodyId());
      case "convenedBy" -> b.addAllConvenedBy(tokens.list(ids::bodyId));
      case "seat" -> b.seat(tokens.localizedText());
      case "website" -> b.website(WebUrl.of(tokens.string()));
      case "establishedBy" -> b.establishedBy(legalBasis());
      case "designatedBy" -> b.designatedBy(legalBasis());
      case "relations" -> b.addAllRelations(tokens.list(this::bodyRelation));
      case "noOfficialName" -> b.addAllNoOfficialName(noOfficialNames());
      case "founded" -> b.founded(tokens.partialDate());
      case "recurrence" -> b.recurrence(tokens.period());
      case "memberCount" -> b.memberCount(tokens.integerFromOne("memberCount must be at least 1"));
      case "validity" -> b.validity(validity());
      case "replacedBy" -> b.replacedBy(ids.bodyId());
      case "description" -> b.description(tokens.localizedText());
      case "sources" -> b.addAllSources(sources());
      default -> null;
    });
  }

  LegalInstrument instrument() throws IOException {
    LegalInstrument.Builder b = instrumentBuilder.clear();
    return record(Fields.INSTRUMENT, b::build, name -> switch (name) {
      case "id" -> b.id(InstrumentId.of(ids.recordId()));
      case "kind" -> b.kind(tokens.enumValue(InstrumentKind.class));
      case "labels" -> b.addAllLabels(labels());
      case "celex" -> b.celex(Celex.of(tokens.string()));
      case "eli" -> b.eli(Eli.of(tokens.string()));
      case "numac" -> b.numac(Numac.of(tokens.string()));
      case "osceDecision" -> b.osceDecision(OsceDecisionNumber.of(tokens.string()));
      case "adopted" -> b.adopted(tokens.partialDate());
      case "published" -> b.published(tokens.partialDate());
      case "inForce" -> b.inForce(tokens.partialDate());
      case "appliesFrom" -> b.appliesFrom(tokens.partialDate());
      case "endOfValidity" -> b.endOfValidity(tokens.partialDate());
      case "repeals" -> b.addAllRepeals(instrumentIds());
      case "replacedBy" -> b.replacedBy(ids.instrumentId());
      case "transposes" -> b.addAllTransposes(instrumentIds());
      case "extends" -> b.addAllExtendsInstruments(instrumentIds());
      case "amends" -> b.addAllAmends(instrumentIds());
      case "implements" -> b.addAllImplementsInstruments(instrumentIds());
      case "executes" -> b.addAllExecutes(legalBases());
      case "noOfficialName" -> b.addAllNoOfficialName(noOfficialNames());
      case "description" -> b.description(tokens.localizedText());
      case "sources" -> b.addAllSources(sources());
      default -> null;
    });
  }

  Role role() throws IOException {
    Role.Builder b = roleBuilder.clear();
    return record(Fields.ROLE, b::build, name -> switch (name) {
      case "id" -> b.id(RoleId.of(ids.recordId()));
      case "holder" -> b.holder(ids.bodyId());
      case "body" -> b.body(ids.bodyId());
      case "function" -> b.function(tokens.enumValue(RoleFunction.class));
      case "onBehalfOf" -> b.onBehalfOf(ids.bodyId());
      case "via" -> b.via(ids.bodyId());
      case "supports" -> b.supports(ids.bodyId());
      case "about" -> b.about(ids.bodyId());
      case "inCapacityOf" -> b.inCapacityOf(ids.roleId());
      case "level" -> b.level(tokens.enumValue(Level.class));
      case "condition" -> b.condition(tokens.enumValue(Condition.class));
      case "legalBasisStatus" -> b.legalBasisStatus(tokens.enumValue(LegalBasisStatus.class));
      case "legalBases" -> b.addAllLegalBases(legalBases());
      case "basesEnded" -> b.basesEnded(basesEnded());
      case "subjects" -> b.addAllSubjects(tokens.list(this::subject));
      // Schema 1.0 and 1.1: what schema 1.2 writes as subjects of kind CONCERNS.
      case "concerns" ->
          b.addAllSubjects(tokens.list(() -> RoleSubject.of(ids.instrumentId(), SubjectKind.CONCERNS)));
      case "validity" -> b.validity(validity());
      case "replacedBy" -> b.replacedBy(ids.roleId());
      case "description" -> b.description(tokens.localizedText());
      case "sources" -> b.addAllSources(sources());
      default -> null;
    });
  }

  Redirect redirect() throws IOException {
    Redirect.Builder b = Redirect.builder();
    return record(Fields.REDIRECT, b::build, name -> switch (name) {
      case "recordType" -> b.recordType(tokens.enumValue(RecordType.class));
      case "from" -> b.from(tokens.string());
      case "to" -> b.to(tokens.string());
      case "reason" -> b.reason(tokens.enumValue(RedirectReason.class));
      case "since" -> b.since(DatasetVersion.parse(tokens.string()));
      default -> null;
    });
  }

  // ---------------------------------------------------------------- parts (built by the caller as soon as read)

  private SourceSection section() throws IOException {
    Object[] v = new Object[3];
    part(Fields.SECTION, name -> switch (name) {
      case "id" -> v[0] = tokens.string();
      case "heading" -> v[1] = tokens.string();
      case "paragraphs" -> v[2] = tokens.integerFromOne("a section has at least one paragraph");
      default -> null;
    });
    return SourceSection.of((String) v[0], (String) v[1], (Integer) v[2]);
  }

  private Label label() throws IOException {
    Label.Builder b = labelBuilder.clear();
    part(Fields.LABEL, name -> switch (name) {
      case "language" -> b.language(tokens.language());
      case "kind" -> b.kind(tokens.enumValue(LabelKind.class));
      case "text" -> b.text(tokens.string());
      case "sources" -> b.addAllSources(sources());
      default -> null;
    });
    return b.build();
  }

  private SourceReference sourceReference() throws IOException {
    tokens.beginObject();
    int at = notes.note(p, "", null);
    SourceReference.Builder b = referenceBuilder.clear();
    part(Fields.REFERENCE, name -> switch (name) {
      case "source" -> b.source(ids.sourceId());
      case "section" -> b.section(tokens.string());
      case "paragraph" -> b.paragraph(tokens.integerFromOne("paragraph numbers start at 1"));
      case "locator" -> b.locator(tokens.string());
      case "supports" -> b.addAllSupports(tokens.list(tokens::string));
      default -> null;
    });
    SourceReference citation = b.build();
    notes.set(at, citation);
    return citation;
  }

  private LegalBasis legalBasis() throws IOException {
    LegalBasis.Builder b = basisBuilder.clear();
    part(Fields.BASIS, name -> switch (name) {
      case "instrument" -> b.instrument(ids.instrumentId());
      case "provision" -> b.provision(tokens.string());
      case "validity" -> b.validity(validity());
      case "sources" -> b.addAllSources(sources());
      default -> null;
    });
    return b.build();
  }

  private DerivedUrl derivedUrl() throws IOException {
    Object[] v = new Object[2];
    part(Fields.DERIVED_URL, name -> switch (name) {
      case "pattern" -> v[0] = tokens.enumValue(UrlPattern.class);
      case "identifier" -> v[1] = tokens.string();
      default -> null;
    });
    return DerivedUrl.of((UrlPattern) v[0], (String) v[1]);
  }

  private RoleSubject subject() throws IOException {
    RoleSubject.Builder b = RoleSubject.builder();
    part(Fields.SUBJECT, name -> switch (name) {
      case "instrument" -> b.instrument(ids.instrumentId());
      case "kind" -> b.kind(tokens.enumValue(SubjectKind.class));
      case "provision" -> b.provision(tokens.string());
      case "sources" -> b.addAllSources(sources());
      default -> null;
    });
    return b.build();
  }

  private NoOfficialName noOfficialName() throws IOException {
    NoOfficialName.Builder b = NoOfficialName.builder();
    part(Fields.NO_OFFICIAL_NAME, name -> switch (name) {
      case "languages" -> b.addAllLanguages(tokens.list(tokens::language));
      case "kind" -> b.kind(tokens.enumValue(NoNameKind.class));
      case "reason" -> b.reason(tokens.string());
      case "sources" -> b.addAllSources(sources());
      default -> null;
    });
    return b.build();
  }

  private BodyRelation bodyRelation() throws IOException {
    BodyRelation.Builder b = BodyRelation.builder();
    part(Fields.BODY_RELATION, name -> switch (name) {
      case "kind" -> b.kind(tokens.enumValue(BodyRelationKind.class));
      case "body" -> b.body(ids.bodyId());
      case "within" -> b.within(ids.bodyId());
      case "sources" -> b.addAllSources(sources());
      default -> null;
    });
    return b.build();
  }

  private BasesEnded basesEnded() throws IOException {
    BasesEnded.Builder b = BasesEnded.builder();
    part(Fields.BASES_ENDED, name -> switch (name) {
      case "since" -> b.since(tokens.date());
      case "continues" -> b.continues(tokens.enumValue(Continuation.class));
      case "sources" -> b.addAllSources(sources());
      default -> null;
    });
    return b.build();
  }

  private Validity validity() throws IOException {
    PartialDate[] d = new PartialDate[2];
    part(Fields.VALIDITY, name -> switch (name) {
      case "from" -> d[0] = tokens.partialDate();
      case "to" -> d[1] = tokens.partialDate();
      default -> null;
    });
    return Validity.of(Optional.ofNullable(d[0]), Optional.ofNullable(d[1]));
  }

  // ---------------------------------------------------------------- lists that several objects have

  // One method per list, not a method reference at each field that has one: a cold start spins a class for every
  // place a lambda or method reference is written (#19).

  private List<SourceReference> sources() throws IOException {
    return tokens.list(this::sourceReference);
  }

  private List<InstrumentId> instrumentIds() throws IOException {
    return tokens.list(ids::instrumentId);
  }

  private List<Label> labels() throws IOException {
    return tokens.list(this::label);
  }

  private List<NoOfficialName> noOfficialNames() throws IOException {
    return tokens.list(this::noOfficialName);
  }

  private List<LegalBasis> legalBases() throws IOException {
    return tokens.list(this::legalBasis);
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
    notes.startRecord(record);
    lastPart = null;
    NameSet seen = enter(fields);
    String name;
    while ((name = nextField(fields, seen)) != null) {
      try {
        read(fields, seen, reader, name);
      } catch (ValueFailure f) {
        failures.add(f);
        skipRestOfField();
      } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
        // A value's own check refused it, the parser on the value; or a part's, the parser on the part's closing brace.
        failures.add(e instanceof InvalidFieldException f ? refused(f, lastPart, lastPartShortened)
            : tokens.failure(ViolationCode.INVALID_VALUE, String.valueOf(e.getMessage())));
        skipRestOfField();
      }
    }
    try {
      checkRequired(fields, seen);
    } catch (ValueFailure f) {
      failures.add(f);
    }
    if (!failures.isEmpty()) {
      ValueFailure all = new ValueFailure(List.copyOf(failures));
      // Thrown with its record: no longer unfinished.
      failures.clear();
      throw all;
    }
    return built(build, seen);
  }

  /**
   * A part of a record, read up to its closing brace, where the caller builds it at once: its first failure fails it,
   * and a refusal of its own check is placed by {@link #record} at the field it names.
   */
  private void part(Fields fields, FieldReader reader) throws IOException {
    tokens.beginObject();
    // Within a part, only a repeat left out of a list is a failure that does not end it.
    int failed = failures.size();
    NameSet seen = enter(fields);
    String name;
    while ((name = nextField(fields, seen)) != null) {
      read(fields, seen, reader, name);
    }
    checkRequired(fields, seen);
    lastPart = seen;
    lastPartShortened = failures.size() > failed;
  }

  private void read(Fields fields, NameSet seen, FieldReader reader, String name) throws IOException {
    if (reader.read(name) == null) {
      unknown.unknown(p, seen.unknownName(), name, fields.type(), fields.sorted());
      TextCheck.skip(p);
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

  /**
   * At an object's closing brace: every field it requires was given (a field given and failed counts as given). An
   * object that lacks one is placed at its opening brace; a closed object's context is its parent's, which names it.
   */
  private void checkRequired(Fields fields, NameSet seen) {
    List<String> missing = fields.missing(seen);
    if (!missing.isEmpty()) {
      throw new ValueFailure(ViolationCode.SHAPE, seen.start(), JsonPaths.of(p),
          "missing required field(s): " + String.join(", ", missing) + " (in " + fields.type() + ")");
    }
  }

  /** Starts an object of these fields: the names of the level below the current one, emptied. */
  private NameSet enter(Fields fields) {
    if (depth == levels.size()) {
      levels.add(new NameSet());
    }
    NameSet seen = levels.get(depth++);
    seen.clear(fields, p.getParsingContext());
    return seen;
  }

  /** The next field of the current object, with the parser moved onto its value; null at the object's end. */
  private @Nullable String nextField(Fields fields, NameSet seen) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      depth--;
      return null;
    }
    String name = p.currentName();
    TextCheck.surrogates(p, name);
    seen.add(p, fields, name);
    p.nextToken();
    seen.valueStarts(p);
    return name;
  }

  /**
   * A record's own check, run when it is built at its closing brace: a refusal is placed as {@link #refused} says.
   * Anything but a refusal (a bug, not bad data) passes through.
   */
  private <T> T built(Supplier<T> build, NameSet seen) {
    try {
      return build.get();
    } catch (InvalidFieldException e) {
      // A record is built only when none of its values failed: no repeat was left out of its lists.
      throw refused(e, seen, false);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Wrong as a whole: at its start, as an object that lacks a field.
      throw new ValueFailure(ViolationCode.INVALID_VALUE, seen.start(), JsonPaths.of(p),
          String.valueOf(e.getMessage()));
    }
  }

  /**
   * A refusal of an object's own check that names one of its fields, the parser standing on the object's closing
   * brace: placed at the start of that field's value, with its path. When the object does not give the field (no
   * {@code labels} at all, say), the object lacks it: placed at its opening brace, with its path. A refusal of a
   * single value (an id), the parser standing on it, is placed there. A refusal of one entry of a list has the entry's
   * path, and the list's place until a second walk finds the entry's;
   * when the list as bound is not the file's (a repeat left out of it, or {@code concerns} read into
   * {@code subjects}), the index is not the file's either, and the refusal is the list's.
   *
   * @param shortened whether a repeat was left out of a list of the object
   */
  private ValueFailure refused(InvalidFieldException e, @Nullable NameSet object, boolean shortened) {
    String message = String.valueOf(e.getMessage());
    if (object == null || p.currentToken() != JsonToken.END_OBJECT) {
      return tokens.failure(ViolationCode.INVALID_VALUE, message);
    }
    // A closed object's context is its parent's, which names the object: its path.
    JsonLocation at = object.valueOf(e.field());
    if (at == null) {
      return new ValueFailure(ViolationCode.INVALID_VALUE, object.start(), JsonPaths.of(p), message);
    }
    String path = JsonPaths.of(p) + "." + e.field();
    boolean fileIndex = !shortened && !(e.field().equals("subjects") && object.gives("concerns"));
    if (e.index().isPresent() && fileIndex) {
      return new ValueFailure(ViolationCode.INVALID_VALUE, at, path + "[" + e.index().getAsInt() + "]", message, true);
    }
    return new ValueFailure(ViolationCode.INVALID_VALUE, at, path, message);
  }
}
