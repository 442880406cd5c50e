package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.data.ViolationCode;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.ccbrelations.data.Limits;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.DatasetVersion;
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
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceKind;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import io.github.ccbrelations.model.Validity;
import io.github.ccbrelations.model.WebUrl;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Binds the records of a dataset file straight from the token stream into the model's public builders: one pass, no
 * reflection, no intermediate tree. The rules are those of the format, and strict: a field has one JSON type (a
 * string is never a number, a number never a string, and nothing is {@code null}: a field without a value is left
 * out), enum values are spelt exactly, dates are {@code YYYY-MM-DD}, and every value passes its type's own check.
 *
 * <p>A value that breaks a rule fails its record with a {@link Failure} that carries the violation code, the place
 * (the value's first character, or the closing brace of an object whose own check fails) and the JSON path taken
 * from the parser's context. An unknown field is not a failure: it is reported to the
 * {@link UnknownFields sink} with its place and skipped, so the record still binds. Broken JSON and passed limits are
 * the parser's own exceptions and pass through.
 *
 * <p>A value that fails is noted and the rest of its record is still read: a record fails with every value that
 * failed in it, each at its own place, and the references and citations it holds are kept so that the rules check
 * them too ({@link #references()}, {@link #citations()}).
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


  /** Immutables' message for a builder missing required attributes; compiled on the first refusal only. */
  private static final class MissingRequired {
    static final Pattern PATTERN =
        Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");
  }

  private static final List<String> HEADER_FIELDS =
      List.of("datasetVersion", "primarySources", "released", "schemaVersion");
  private static final List<String> SOURCE_FIELDS =
      List.of("consulted", "id", "kind", "language", "publisher", "sections", "title", "url");
  private static final List<String> SECTION_FIELDS = List.of("heading", "id", "paragraphs");
  private static final List<String> BODY_FIELDS = List.of("convenedBy", "description", "establishedBy", "founded",
      "id", "kind", "labels", "memberCount", "partOf", "recurrence", "replacedBy", "seat", "sources", "validity",
      "website");
  private static final List<String> LABEL_FIELDS = List.of("kind", "language", "sources", "text");
  private static final List<String> REFERENCE_FIELDS = List.of("locator", "paragraph", "section", "source", "supports");
  private static final List<String> BASIS_FIELDS = List.of("instrument", "provision", "sources", "validity");
  private static final List<String> VALIDITY_FIELDS = List.of("from", "to");
  private static final List<String> INSTRUMENT_FIELDS = List.of("adopted", "appliesFrom", "celex", "description",
      "eli", "endOfValidity", "id", "inForce", "kind", "labels", "numac", "osceDecision", "published", "repeals",
      "replacedBy", "sources", "transposes");
  private static final List<String> ROLE_FIELDS = List.of("body", "concerns", "condition", "description", "function",
      "holder", "id", "inCapacityOf", "legalBases", "legalBasisStatus", "level", "onBehalfOf", "replacedBy", "sources",
      "supports", "validity", "via");
  private static final List<String> REDIRECT_FIELDS = List.of("from", "reason", "recordType", "since", "to");

  /**
   * The fields the binder reads for each model type it binds, spelt as in JSON (the model's attribute names): a test
   * holds them against the model's attributes, so that a new attribute cannot be forgotten here.
   *
   * @return the field names per model type
   */
  static Map<Class<?>, List<String>> fieldsByType() {
    return Map.ofEntries(Map.entry(DatasetHeader.class, HEADER_FIELDS), Map.entry(Source.class, SOURCE_FIELDS),
        Map.entry(SourceSection.class, SECTION_FIELDS), Map.entry(Body.class, BODY_FIELDS),
        Map.entry(Label.class, LABEL_FIELDS), Map.entry(SourceReference.class, REFERENCE_FIELDS),
        Map.entry(LegalBasis.class, BASIS_FIELDS), Map.entry(Validity.class, VALIDITY_FIELDS),
        Map.entry(LegalInstrument.class, INSTRUMENT_FIELDS), Map.entry(Role.class, ROLE_FIELDS),
        Map.entry(Redirect.class, REDIRECT_FIELDS));
  }

  private static final EnumNames<BodyKind> BODY_KINDS = new EnumNames<>("BodyKind", BodyKind.values());
  private static final EnumNames<Condition> CONDITIONS = new EnumNames<>("Condition", Condition.values());
  private static final EnumNames<InstrumentKind> INSTRUMENT_KINDS =
      new EnumNames<>("InstrumentKind", InstrumentKind.values());
  private static final EnumNames<LabelKind> LABEL_KINDS = new EnumNames<>("LabelKind", LabelKind.values());
  private static final EnumNames<LegalBasisStatus> BASIS_STATUSES =
      new EnumNames<>("LegalBasisStatus", LegalBasisStatus.values());
  private static final EnumNames<Level> LEVELS = new EnumNames<>("Level", Level.values());
  private static final EnumNames<RecordType> RECORD_TYPES = new EnumNames<>("RecordType", RecordType.values());
  private static final EnumNames<RedirectReason> REDIRECT_REASONS =
      new EnumNames<>("RedirectReason", RedirectReason.values());
  private static final EnumNames<RoleFunction> ROLE_FUNCTIONS = new EnumNames<>("RoleFunction", RoleFunction.values());
  private static final EnumNames<SourceKind> SOURCE_KINDS = new EnumNames<>("SourceKind", SourceKind.values());

  /** The constants of one enum type by their exact JSON spelling (the constant's name). */
  private static final class EnumNames<E extends Enum<E>> {
    final String type;
    final Map<String, E> byName = new HashMap<>();
    final String accepted;

    EnumNames(String type, E[] values) {
      this.type = type;
      for (E e : values) {
        byName.put(e.name(), e);
      }
      this.accepted = String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }
  }

  private static final Map<String, Language> LANGUAGES =
      Map.of("fr", Language.FR, "nl", Language.NL, "en", Language.EN, "de", Language.DE);

  /** A date as the format writes it: four digits of year, then the month and the day as the precision asks. */
  private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");

  private final JsonParser p;
  private final UnknownFields unknown;
  private final Consumer<String> ids;

  // One builder per type, cleared before each use: a builder and its lists per record and per label made a tenth of
  // what a load allocates. No type nests inside itself, so a builder is never in use twice at once; a record abandoned
  // on a failure leaves its builder to be cleared by the next.
  private final Source.Builder sourceBuilder = Source.builder();
  private final Body.Builder bodyBuilder = Body.builder();
  private final LegalInstrument.Builder instrumentBuilder = LegalInstrument.builder();
  private final Role.Builder roleBuilder = Role.builder();
  private final Label.Builder labelBuilder = Label.builder();
  private final SourceReference.Builder referenceBuilder = SourceReference.builder();
  private final LegalBasis.Builder basisBuilder = LegalBasis.builder();

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
    return new JsonParseException(p, "Duplicate field '" + DocumentParser.abbreviate(name) + "'", p.currentTokenLocation());
  }

  /** An object with more fields than any of the format's: a passed limit, which ends the read. */
  static StreamConstraintsException tooManyFields(JsonParser p) {
    return new StreamConstraintsException("an object has more than " + Limits.MAX_FIELDS_PER_OBJECT + " fields",
        p.currentTokenLocation());
  }

  /**
   * The names met in the objects being read, one set per level of nesting, reused from record to record: a name given
   * twice in one object is refused in linear time, however many names the object has. A record starts at depth 0 (a
   * record abandoned on a failure leaves its levels to be reused by the next).
   */
  private final List<Set<String>> levels = new ArrayList<>();
  private int depth;

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

  // The record being bound: where it starts, the values that failed in it, and its references and citations, kept
  // in case it fails (see ParsedDocument.Reference).
  private @Nullable JsonStreamContext record;
  private final List<Failure> failures = new ArrayList<>();
  private final List<ParsedDocument.Reference> references = new ArrayList<>();
  private final List<ParsedDocument.Citation> citations = new ArrayList<>();

  /** Starts a record: the parser stands on its START_OBJECT. */
  private void start() {
    depth = 0;
    record = p.getParsingContext();
    failures.clear();
    references.clear();
    citations.clear();
  }

  /**
   * A value of the record failed: noted, and the rest of its field skipped, so that the record's other fields are
   * still read and checked.
   */
  private void noted(Failure f) throws IOException {
    failures.add(f);
    depth = 1;
    while (p.getParsingContext() != record) {
      if (p.nextToken() == null) {
        throw new JsonParseException(p, "Unexpected end of input", p.currentLocation());
      }
    }
  }

  /** At the record's closing brace: every value that failed, if any, fails the record. */
  private void endRecord() {
    if (!failures.isEmpty()) {
      throw new Failure(List.copyOf(failures));
    }
  }

  /** The references read in the last record bound, for a record that failed. */
  List<ParsedDocument.Reference> references() {
    return List.copyOf(references);
  }

  /** The citations read in the last record bound, for a record that failed. */
  List<ParsedDocument.Citation> citations() {
    return List.copyOf(citations);
  }

  /** A reference to another record, kept with its place while the record is read. */
  private <T> T reference(RecordType target, String text, T id) {
    JsonLocation at = p.currentTokenLocation();
    references.add(new ParsedDocument.Reference(target, text, at.getLineNr(), at.getColumnNr(), DocumentParser.pathOf(p)));
    return id;
  }

  /** The record's id: its text is told to {@link #ids} before it is checked. */
  private String recordId() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      // Not half a surrogate pair: the id would name the record in every violation.
      TextCheck.surrogates(p, p.getText());
      ids.accept(p.getText());
    }
    return string();
  }

  // ---------------------------------------------------------------- records

  /** Binds the header; the parser stands on its START_OBJECT and ends on its END_OBJECT. */
  DatasetHeader header() throws IOException {
    start();
    DatasetHeader.Builder b = DatasetHeader.builder();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      try {
      switch (name) {
        case "datasetVersion" -> b.datasetVersion(value(DatasetVersion::parse, false));
        case "schemaVersion" -> b.schemaVersion(value(SchemaVersion::parse, false));
        case "released" -> b.released(date());
        case "primarySources" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addPrimarySources(sourceId());
          }
        }
        default -> unknownField(name, "DatasetHeader", HEADER_FIELDS);
      }
      } catch (Failure f) {
        noted(f);
      }
    }
    endRecord();
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** Binds a source record; the parser stands on its START_OBJECT and ends on its END_OBJECT. */
  Source source() throws IOException {
    start();
    Source.Builder b = sourceBuilder.clear();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      try {
      switch (name) {
        case "id" -> b.id(sourceId(recordId()));
        case "kind" -> b.kind(enumValue(SOURCE_KINDS));
        case "title" -> b.title(string());
        case "language" -> b.language(language());
        case "publisher" -> b.publisher(string());
        case "url" -> b.url(value(WebUrl::of, false));
        case "consulted" -> b.consulted(date());
        case "sections" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addSections(section());
          }
        }
        default -> unknownField(name, "Source", SOURCE_FIELDS);
      }
      } catch (Failure f) {
        noted(f);
      }
    }
    endRecord();
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** Binds a body record; the parser stands on its START_OBJECT and ends on its END_OBJECT. */
  Body body() throws IOException {
    start();
    Body.Builder b = bodyBuilder.clear();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      try {
      switch (name) {
        case "id" -> b.id(bodyId(recordId()));
        case "kind" -> b.kind(enumValue(BODY_KINDS));
        case "labels" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addLabels(label());
          }
        }
        case "partOf" -> b.partOf(bodyId());
        case "convenedBy" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addConvenedBy(bodyId());
          }
        }
        case "seat" -> b.seat(localizedText());
        case "website" -> b.website(value(WebUrl::of, false));
        case "establishedBy" -> b.establishedBy(legalBasis());
        case "founded" -> b.founded(partialDate());
        case "recurrence" -> b.recurrence(period());
        case "memberCount" -> b.memberCount(integer());
        case "validity" -> b.validity(validity());
        case "replacedBy" -> b.replacedBy(bodyId());
        case "description" -> b.description(localizedText());
        case "sources" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addSources(sourceReference());
          }
        }
        default -> unknownField(name, "Body", BODY_FIELDS);
      }
      } catch (Failure f) {
        noted(f);
      }
    }
    endRecord();
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** Binds an instrument record; the parser stands on its START_OBJECT and ends on its END_OBJECT. */
  LegalInstrument instrument() throws IOException {
    start();
    LegalInstrument.Builder b = instrumentBuilder.clear();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      try {
      switch (name) {
        case "id" -> b.id(instrumentId(recordId()));
        case "kind" -> b.kind(enumValue(INSTRUMENT_KINDS));
        case "labels" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addLabels(label());
          }
        }
        case "celex" -> b.celex(value(Celex::of, false));
        case "eli" -> b.eli(value(Eli::of, false));
        case "numac" -> b.numac(value(Numac::of, false));
        case "osceDecision" -> b.osceDecision(value(OsceDecisionNumber::of, false));
        case "adopted" -> b.adopted(partialDate());
        case "published" -> b.published(partialDate());
        case "inForce" -> b.inForce(partialDate());
        case "appliesFrom" -> b.appliesFrom(partialDate());
        case "endOfValidity" -> b.endOfValidity(partialDate());
        case "repeals" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addRepeals(instrumentId());
          }
        }
        case "replacedBy" -> b.replacedBy(instrumentId());
        case "transposes" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addTransposes(instrumentId());
          }
        }
        case "description" -> b.description(localizedText());
        case "sources" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addSources(sourceReference());
          }
        }
        default -> unknownField(name, "LegalInstrument", INSTRUMENT_FIELDS);
      }
      } catch (Failure f) {
        noted(f);
      }
    }
    endRecord();
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** Binds a role record; the parser stands on its START_OBJECT and ends on its END_OBJECT. */
  Role role() throws IOException {
    start();
    Role.Builder b = roleBuilder.clear();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      try {
      switch (name) {
        case "id" -> b.id(roleId(recordId()));
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
        case "legalBases" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addLegalBases(legalBasis());
          }
        }
        case "concerns" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addConcerns(instrumentId());
          }
        }
        case "validity" -> b.validity(validity());
        case "replacedBy" -> b.replacedBy(roleId());
        case "description" -> b.description(localizedText());
        case "sources" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addSources(sourceReference());
          }
        }
        default -> unknownField(name, "Role", ROLE_FIELDS);
      }
      } catch (Failure f) {
        noted(f);
      }
    }
    endRecord();
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** Binds a redirect; the parser stands on its START_OBJECT and ends on its END_OBJECT. */
  Redirect redirect() throws IOException {
    start();
    Redirect.Builder b = Redirect.builder();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      try {
      switch (name) {
        case "recordType" -> b.recordType(enumValue(RECORD_TYPES));
        case "from" -> b.from(string());
        case "to" -> b.to(string());
        case "reason" -> b.reason(enumValue(REDIRECT_REASONS));
        case "since" -> b.since(value(DatasetVersion::parse, false));
        default -> unknownField(name, "Redirect", REDIRECT_FIELDS);
      }
      } catch (Failure f) {
        noted(f);
      }
    }
    endRecord();
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  // ---------------------------------------------------------------- parts

  private SourceSection section() throws IOException {
    beginObject();
    String id = null;
    String heading = null;
    Integer paragraphs = null;
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      switch (name) {
        case "id" -> id = string();
        case "heading" -> heading = string();
        case "paragraphs" -> paragraphs = integer();
        default -> unknownField(name, "SourceSection", SECTION_FIELDS);
      }
    }
    List<String> missing = new ArrayList<>();
    if (id == null) {
      missing.add("id");
    }
    if (heading == null) {
      missing.add("heading");
    }
    if (paragraphs == null) {
      missing.add("paragraphs");
    }
    if (!missing.isEmpty()) {
      throw failure(ViolationCode.SHAPE,
          "missing required field(s): " + String.join(", ", missing) + " (in SourceSection)");
    }
    String i = id;
    String h = heading;
    int n = paragraphs;
    try {
      return SourceSection.of(i, h, n);
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  private Label label() throws IOException {
    beginObject();
    Label.Builder b = labelBuilder.clear();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      switch (name) {
        case "language" -> b.language(language());
        case "kind" -> b.kind(enumValue(LABEL_KINDS));
        case "text" -> b.text(string());
        case "sources" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addSources(sourceReference());
          }
        }
        default -> unknownField(name, "Label", LABEL_FIELDS);
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  private SourceReference sourceReference() throws IOException {
    beginObject();
    JsonLocation at = p.currentTokenLocation();
    String path = DocumentParser.pathOf(p);
    SourceReference.Builder b = referenceBuilder.clear();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      switch (name) {
        case "source" -> b.source(sourceId());
        case "section" -> b.section(string());
        case "paragraph" -> b.paragraph(integer());
        case "locator" -> b.locator(string());
        case "supports" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addSupports(string());
          }
        }
        default -> unknownField(name, "SourceReference", REFERENCE_FIELDS);
      }
    }
    try {
      SourceReference citation = b.build();
      citations.add(new ParsedDocument.Citation(citation, at.getLineNr(), at.getColumnNr(), path));
      return citation;
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  private LegalBasis legalBasis() throws IOException {
    beginObject();
    LegalBasis.Builder b = basisBuilder.clear();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      switch (name) {
        case "instrument" -> b.instrument(instrumentId());
        case "provision" -> b.provision(string());
        case "validity" -> b.validity(validity());
        case "sources" -> {
          beginArray();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            b.addSources(sourceReference());
          }
        }
        default -> unknownField(name, "LegalBasis", BASIS_FIELDS);
      }
    }
    try {
      return b.build();
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  private Validity validity() throws IOException {
    beginObject();
    Optional<PartialDate> from = Optional.empty();
    Optional<PartialDate> to = Optional.empty();
    Set<String> seen = enter();
    String name;
    while ((name = nextField(seen)) != null) {
      switch (name) {
        case "from" -> from = Optional.of(partialDate());
        case "to" -> to = Optional.of(partialDate());
        default -> unknownField(name, "Validity", VALIDITY_FIELDS);
      }
    }
    Optional<PartialDate> f = from;
    Optional<PartialDate> t = to;
    try {
      return Validity.of(f, t);
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  /** A text per language: an object whose fields are language codes. */
  private LocalizedText localizedText() throws IOException {
    beginObject();
    Map<Language, String> values = new EnumMap<>(Language.class);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String code = p.currentName();
      Language language = LANGUAGES.get(code);
      if (language == null) {
        TextCheck.surrogates(p, code);
        throw new Failure(ViolationCode.SHAPE, p.currentTokenLocation(), DocumentParser.pathOf(p),
            "'" + DocumentParser.abbreviate(code) + "' is not a language of the format; the languages are fr, nl, en, de");
      }
      if (values.containsKey(language)) {
        throw duplicate(p, code);
      }
      p.nextToken();
      values.put(language, string());
    }
    try {
      return LocalizedText.of(values);
    } catch (RuntimeException e) {
      throw refused(e);
    }
  }

  // ---------------------------------------------------------------- values

  private BodyId bodyId() throws IOException {
    String text = string();
    return reference(RecordType.BODY, text, bodyId(text));
  }

  private BodyId bodyId(String text) {
    return made(BodyId::of, text);
  }

  private RoleId roleId() throws IOException {
    String text = string();
    return reference(RecordType.ROLE, text, roleId(text));
  }

  private RoleId roleId(String text) {
    return made(RoleId::of, text);
  }

  private InstrumentId instrumentId() throws IOException {
    String text = string();
    return reference(RecordType.INSTRUMENT, text, instrumentId(text));
  }

  private InstrumentId instrumentId(String text) {
    return made(InstrumentId::of, text);
  }

  private SourceId sourceId() throws IOException {
    String text = string();
    return reference(RecordType.SOURCE, text, sourceId(text));
  }

  private SourceId sourceId(String text) {
    return made(SourceId::of, text);
  }

  private PartialDate partialDate() throws IOException {
    return value(PartialDate::parse, true);
  }

  /**
   * The value a string makes: its type's own check refuses a bad text with an {@code IllegalArgumentException} or
   * {@code IllegalStateException}, which becomes an {@code INVALID_VALUE} placed on the string. Dates must first have
   * the format's shape: four digits of year (no expanded year such as {@code +10000}), then month and day.
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
      throw failure(ViolationCode.SHAPE,
          "\"" + DocumentParser.abbreviate(p.getText()) + "\" is not a language of the format; one of: fr, nl, en, de");
    }
    return language;
  }

  private <E extends Enum<E>> E enumValue(EnumNames<E> names) throws IOException {
    E value = names.byName.get(string());
    if (value == null) {
      throw failure(ViolationCode.SHAPE,
          "\"" + DocumentParser.abbreviate(p.getText()) + "\" is not a " + names.type + "; one of: " + names.accepted);
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
    if (text.length() != 10 || !DATE_SHAPE.matcher(text).matches()) {
      throw failure(ViolationCode.INVALID_VALUE,
          "'" + DocumentParser.abbreviate(text) + "' is not a calendar date of the form YYYY-MM-DD");
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw failure(ViolationCode.INVALID_VALUE,
          "'" + DocumentParser.abbreviate(text) + "' is not a calendar date of the form YYYY-MM-DD");
    }
  }

  private Period period() throws IOException {
    String text = string();
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      throw failure(ViolationCode.INVALID_VALUE,
          "'" + DocumentParser.abbreviate(text) + "' is not an ISO-8601 period such as P1Y or P6M");
    }
  }

  private String string() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw wrongKind("a string", t);
    }
    String text = p.getText();
    TextCheck.surrogates(p, text);
    JsonStreamContext owner = p.getParsingContext().getParent();
    String problem = TextCheck.forbidden(text, owner != null && "description".equals(owner.getCurrentName()));
    if (problem != null) {
      throw failure(ViolationCode.INVALID_VALUE, where() + " " + problem);
    }
    return text;
  }

  private int integer() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongKind("an integer", t);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw new Failure(ViolationCode.SHAPE, p.currentLocation(), DocumentParser.pathOf(p),
          "the number " + DocumentParser.abbreviate(p.getText()) + " is out of range of int (" + Integer.MIN_VALUE + " to "
              + Integer.MAX_VALUE + ")");
    }
    return p.getIntValue();
  }

  private void beginArray() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_ARRAY) {
      throw wrongKind("an array", t);
    }
  }

  /**
   * An object's own check, run when it is built at its closing brace, refused it: the failure is placed on that
   * brace. Immutables reports missing required fields with an {@code IllegalStateException}.
   */
  private RuntimeException refused(RuntimeException e) {
    if (e instanceof IllegalStateException) {
      Matcher missing = MissingRequired.PATTERN.matcher(String.valueOf(e.getMessage()));
      if (missing.find()) {
        return failure(ViolationCode.SHAPE,
            "missing required field(s): " + missing.group(2) + " (in " + missing.group(1) + ")");
      }
      return failure(ViolationCode.INVALID_VALUE, String.valueOf(e.getMessage()));
    }
    if (e instanceof IllegalArgumentException) {
      return failure(ViolationCode.INVALID_VALUE, String.valueOf(e.getMessage()));
    }
    return e;
  }

  private void beginObject() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.START_OBJECT) {
      throw wrongKind("an object", t);
    }
  }

  /** The next field of the current object, with the parser moved onto its value; null at the object's end. */
  private @Nullable String nextField(Set<String> seen) throws IOException {
    if (p.nextToken() != JsonToken.FIELD_NAME) {
      depth--;
      return null;
    }
    String name = p.currentName();
    TextCheck.surrogates(p, name);
    if (seen.size() >= Limits.MAX_FIELDS_PER_OBJECT) {
      throw tooManyFields(p);
    }
    if (!seen.add(name)) {
      throw duplicate(p, name);
    }
    p.nextToken();
    return name;
  }

  private void unknownField(String name, String type, List<String> known) throws IOException {
    unknown.unknown(p, name, type, known);
    TextCheck.skip(p);
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
