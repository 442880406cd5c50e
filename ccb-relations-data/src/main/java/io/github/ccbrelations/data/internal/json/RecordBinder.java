package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.ccbrelations.data.Limits;
import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.model.BasesEnded;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.DerivedUrl;
import io.github.ccbrelations.model.Eli;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.LocalizedText;
import io.github.ccbrelations.model.Numac;
import io.github.ccbrelations.model.OsceDecisionNumber;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.SubjectKind;
import io.github.ccbrelations.model.UrlPattern;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.model.WebUrl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Binds the records of a dataset file straight from the token stream into the model's public builders: one pass, no
 * reflection, no intermediate tree. The rules are those of the format, and strict: a field has one JSON type (a
 * string is never a number, a number never a string, and nothing is {@code null}: a field without a value is left
 * out), enum values are spelt exactly, dates have four-digit years, and every value passes its type's own check. The
 * fields of each object are those of {@link Fields}.
 *
 * <p>A value that breaks a rule is a {@link ValueFailure} with the violation code, the place (the value's first
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
  private final Tokens tokens;
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
  private final List<NameSet> levels = new ArrayList<>();
  private int depth;

  // The record being bound: where it starts, the values that failed in it, and its references and citations, kept
  // in case it fails.
  private @Nullable JsonStreamContext record;
  private final List<ValueFailure> failures = new ArrayList<>();
  private final RecordNotes notes = new RecordNotes();

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
    this.tokens = new Tokens(p);
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

  /** An object with more fields than any of the format's: a passed limit, which ends the read. */
  static final class TooManyFields extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    TooManyFields(JsonParser p) {
      super("an object has more than " + Limits.MAX_FIELDS_PER_OBJECT + " fields", p.currentTokenLocation());
    }
  }

  /**
   * The references read in the last record bound, for a record that failed.
   *
   * @param recordPath the path of the record, such as {@code $.roles[3]}
   */
  List<ParsedDocument.Reference> references(String recordPath) {
    return notes.references(recordPath);
  }

  /**
   * The citations read in the last record bound, for a record that failed.
   *
   * @param recordPath the path of the record, such as {@code $.roles[3]}
   */
  List<ParsedDocument.Citation> citations(String recordPath) {
    return notes.citations(recordPath);
  }

  // ---------------------------------------------------------------- records (the parser stands on their START_OBJECT)

  DatasetHeader header() throws IOException {
    DatasetHeader.Builder b = DatasetHeader.builder();
    return record(Fields.HEADER, b::build, name -> switch (name) {
      case "datasetVersion" -> b.datasetVersion(tokens.value(DatasetVersion::parse, false));
      case "schemaVersion" -> b.schemaVersion(tokens.value(SchemaVersion::parse, false));
      case "released" -> b.released(tokens.date());
      case "primarySources" -> each(this::sourceId, b::addPrimarySources);
      default -> null;
    });
  }

  Source source() throws IOException {
    Source.Builder b = sourceBuilder.clear();
    return record(Fields.SOURCE, b::build, name -> switch (name) {
      case "id" -> b.id(tokens.made(SourceId::of, recordId()));
      case "kind" -> b.kind(tokens.enumValue(FormatEnums.SOURCE_KINDS));
      case "title" -> b.title(tokens.string());
      case "language" -> b.language(tokens.language());
      case "publisher" -> b.publisher(tokens.string());
      case "url" -> b.url(tokens.value(WebUrl::of, false));
      case "urlDerived" -> b.urlDerived(derivedUrl());
      case "consulted" -> b.consulted(tokens.date());
      case "sections" -> each(this::section, b::addSections);
      default -> null;
    });
  }

  Body body() throws IOException {
    Body.Builder b = bodyBuilder.clear();
    return record(Fields.BODY, b::build, name -> switch (name) {
      case "id" -> b.id(tokens.made(BodyId::of, recordId()));
      case "kind" -> b.kind(tokens.enumValue(FormatEnums.BODY_KINDS));
      case "labels" -> each(this::label, b::addLabels);
      case "partOf" -> b.partOf(bodyId());
      case "convenedBy" -> each(this::bodyId, b::addConvenedBy);
      case "seat" -> b.seat(localizedText());
      case "website" -> b.website(tokens.value(WebUrl::of, false));
      case "establishedBy" -> b.establishedBy(legalBasis());
      case "founded" -> b.founded(tokens.value(PartialDate::parse, true));
      case "recurrence" -> b.recurrence(tokens.period());
      case "memberCount" -> b.memberCount(tokens.integer());
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
      case "id" -> b.id(tokens.made(InstrumentId::of, recordId()));
      case "kind" -> b.kind(tokens.enumValue(FormatEnums.INSTRUMENT_KINDS));
      case "labels" -> each(this::label, b::addLabels);
      case "celex" -> b.celex(tokens.value(Celex::of, false));
      case "eli" -> b.eli(tokens.value(Eli::of, false));
      case "numac" -> b.numac(tokens.value(Numac::of, false));
      case "osceDecision" -> b.osceDecision(tokens.value(OsceDecisionNumber::of, false));
      case "adopted" -> b.adopted(tokens.value(PartialDate::parse, true));
      case "published" -> b.published(tokens.value(PartialDate::parse, true));
      case "inForce" -> b.inForce(tokens.value(PartialDate::parse, true));
      case "appliesFrom" -> b.appliesFrom(tokens.value(PartialDate::parse, true));
      case "endOfValidity" -> b.endOfValidity(tokens.value(PartialDate::parse, true));
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
      case "id" -> b.id(tokens.made(RoleId::of, recordId()));
      case "holder" -> b.holder(bodyId());
      case "body" -> b.body(bodyId());
      case "function" -> b.function(tokens.enumValue(FormatEnums.ROLE_FUNCTIONS));
      case "onBehalfOf" -> b.onBehalfOf(bodyId());
      case "via" -> b.via(bodyId());
      case "supports" -> b.supports(bodyId());
      case "inCapacityOf" -> b.inCapacityOf(roleId());
      case "level" -> b.level(tokens.enumValue(FormatEnums.LEVELS));
      case "condition" -> b.condition(tokens.enumValue(FormatEnums.CONDITIONS));
      case "legalBasisStatus" -> b.legalBasisStatus(tokens.enumValue(FormatEnums.BASIS_STATUSES));
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
      case "recordType" -> b.recordType(tokens.enumValue(FormatEnums.RECORD_TYPES));
      case "from" -> b.from(tokens.string());
      case "to" -> b.to(tokens.string());
      case "reason" -> b.reason(tokens.enumValue(FormatEnums.REDIRECT_REASONS));
      case "since" -> b.since(tokens.value(DatasetVersion::parse, false));
      default -> null;
    });
  }

  // ---------------------------------------------------------------- parts

  private SourceSection section() throws IOException {
    Object[] v = new Object[3];
    return part(Fields.SECTION, () -> SourceSection.of((String) v[0], (String) v[1], (Integer) v[2]),
        name -> switch (name) {
          case "id" -> v[0] = tokens.string();
          case "heading" -> v[1] = tokens.string();
          case "paragraphs" -> v[2] = tokens.integer();
          default -> null;
        });
  }

  private Label label() throws IOException {
    Label.Builder b = labelBuilder.clear();
    return part(Fields.LABEL, b::build, name -> switch (name) {
      case "language" -> b.language(tokens.language());
      case "kind" -> b.kind(tokens.enumValue(FormatEnums.LABEL_KINDS));
      case "text" -> b.text(tokens.string());
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  private SourceReference sourceReference() throws IOException {
    tokens.beginObject();
    int at = notes.note(p, record, "", null);
    SourceReference.Builder b = referenceBuilder.clear();
    SourceReference citation = part(Fields.REFERENCE, b::build, name -> switch (name) {
      case "source" -> b.source(sourceId());
      case "section" -> b.section(tokens.string());
      case "paragraph" -> b.paragraph(tokens.integer());
      case "locator" -> b.locator(tokens.string());
      case "supports" -> each(tokens::string, b::addSupports);
      default -> null;
    });
    notes.set(at, citation);
    return citation;
  }

  private LegalBasis legalBasis() throws IOException {
    LegalBasis.Builder b = basisBuilder.clear();
    return part(Fields.BASIS, b::build, name -> switch (name) {
      case "instrument" -> b.instrument(instrumentId());
      case "provision" -> b.provision(tokens.string());
      case "validity" -> b.validity(validity());
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  private DerivedUrl derivedUrl() throws IOException {
    Object[] v = new Object[2];
    return part(Fields.DERIVED_URL, () -> DerivedUrl.of((UrlPattern) v[0], (String) v[1]), name -> switch (name) {
      case "pattern" -> v[0] = tokens.enumValue(FormatEnums.URL_PATTERNS);
      case "identifier" -> v[1] = tokens.string();
      default -> null;
    });
  }

  private RoleSubject subject() throws IOException {
    RoleSubject.Builder b = RoleSubject.builder();
    return part(Fields.SUBJECT, b::build, name -> switch (name) {
      case "instrument" -> b.instrument(instrumentId());
      case "kind" -> b.kind(tokens.enumValue(FormatEnums.SUBJECT_KINDS));
      case "provision" -> b.provision(tokens.string());
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  private BasesEnded basesEnded() throws IOException {
    BasesEnded.Builder b = BasesEnded.builder();
    return part(Fields.BASES_ENDED, b::build, name -> switch (name) {
      case "since" -> b.since(tokens.date());
      case "continues" -> b.continues(tokens.enumValue(FormatEnums.CONTINUATIONS));
      case "sources" -> each(this::sourceReference, b::addSources);
      default -> null;
    });
  }

  private Validity validity() throws IOException {
    PartialDate[] d = new PartialDate[2];
    return part(Fields.VALIDITY, () -> Validity.of(Optional.ofNullable(d[0]), Optional.ofNullable(d[1])),
        name -> switch (name) {
          case "from" -> d[0] = tokens.value(PartialDate::parse, true);
          case "to" -> d[1] = tokens.value(PartialDate::parse, true);
          default -> null;
        });
  }

  /** A text per language: an object whose fields are language codes. */
  private LocalizedText localizedText() throws IOException {
    tokens.beginObject();
    Map<Language, String> values = new EnumMap<>(Language.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String code = p.currentName();
      Language language = Tokens.LANGUAGES.get(code);
      if (language == null) {
        TextCheck.surrogates(p, code);
        throw tokens.failure(ViolationCode.SHAPE, "'" + DocumentParser.abbreviate(code)
            + "' is not a language of the format; the languages are fr, nl, en, de");
      }
      if (values.containsKey(language)) {
        throw duplicate(p, code);
      }
      p.nextToken();
      values.put(language, tokens.string());
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
    notes.clear();
    NameSet seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      try {
        read(fields, reader, name);
      } catch (ValueFailure f) {
        failures.add(f);
        skipRestOfField();
      }
    }
    try {
      checkRequired(fields, seen);
    } catch (ValueFailure f) {
      failures.add(f);
    }
    if (!failures.isEmpty()) {
      throw new ValueFailure(List.copyOf(failures));
    }
    return built(build);
  }

  /** A part of a record: its first failure fails it. */
  private <T> T part(Fields fields, Supplier<T> build, FieldReader reader) throws IOException {
    tokens.beginObject();
    NameSet seen = enter();
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

  /** At an object's closing brace: every field it requires was given (a field given and failed counts as given). */
  private void checkRequired(Fields fields, NameSet seen) {
    List<String> missing = new ArrayList<>(0);
    List<String> required = fields.required();
    for (int i = 0; i < required.size(); i++) {
      if (!seen.contains(required.get(i))) {
        missing.add(required.get(i));
      }
    }
    if (!missing.isEmpty()) {
      throw tokens.failure(ViolationCode.SHAPE,
          "missing required field(s): " + String.join(", ", missing) + " (in " + fields.type() + ")");
    }
  }

  /** The elements of a list, each added as it is read; returns a marker that the field was known. */
  private <T> Object each(ValueReader<T> element, Consumer<T> add) throws IOException {
    tokens.beginArray();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      add.accept(element.read());
    }
    return add;
  }

  /** Starts an object: the names of the level below the current one, emptied. */
  private NameSet enter() {
    if (depth == levels.size()) {
      levels.add(new NameSet());
    }
    NameSet seen = levels.get(depth++);
    seen.clear();
    return seen;
  }

  /** The next field of the current object, with the parser moved onto its value; null at the object's end. */
  private @Nullable String nextField(NameSet seen) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      depth--;
      return null;
    }
    String name = p.currentName();
    TextCheck.surrogates(p, name);
    if (seen.size() >= Limits.MAX_FIELDS_PER_OBJECT) {
      throw new TooManyFields(p);
    }
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
      throw tokens.failure(ViolationCode.INVALID_VALUE, String.valueOf(e.getMessage()));
    }
  }

  // ---------------------------------------------------------------- values

  /** The record's id: its text is told to {@link #ids} before it is checked. */
  private String recordId() throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      // Told before it is checked, so that a refused id still names its record (escaped, as every violation shows it);
      // but never half a surrogate pair, which no message could show.
      ids.accept(TextCheck.text(p));
    }
    String text = tokens.string();
    // Hashed now, as a reference is (see reference).
    text.hashCode();
    return text;
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
    String text = tokens.string();
    // Hashed now, while its bytes are in the cache: the rules look every id up after the whole file is read.
    text.hashCode();
    T id = tokens.made(of, text);
    notes.note(p, record, text, target);
    return id;
  }

}
