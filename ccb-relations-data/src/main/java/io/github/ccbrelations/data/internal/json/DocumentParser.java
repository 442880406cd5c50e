package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.ccbrelations.data.internal.json.ParsedDocument.FailedRecord;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Position;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Binds a dataset file to records in one streaming pass, remembering where each record starts. A record (or the
 * header) that fails to bind, an unknown field, a top-level field of the wrong type and a missing top-level field are
 * noted and the parse goes on, so that one run reports them all. Only broken JSON (a syntax or encoding error), a
 * passed limit and a schema version of another major version stop the parse. The first two become a
 * {@code LoadFailure} with the violations noted so far; another major version is reported alone, since what was
 * noted before the header under this version's fields would not hold under that one.
 *
 * <p>The input is read once, as a stream, and never held whole: the id of a record named in a violation is noted
 * while the record streams by. The records themselves are bound by {@link RecordBinder}; this class walks the
 * document's top level, one record at a time, and turns what goes wrong into violations; {@link Stops} tells what
 * stopped a parse that could not go on.
 */
public final class DocumentParser {
  /** The schema major version this library reads. */
  static final int SUPPORTED_MAJOR = 1;

  /** The newest schema version whose fields this library knows; files of a newer minor version may have more. */
  static final SchemaVersion KNOWN_VERSION = SchemaVersion.parse("1.4.0");

  /** The fields of the dataset object, in the order that messages list them. */
  private static final Fields TOP_LEVEL =
      Fields.of("the dataset", "header*", "sources*", "bodies*", "instruments*", "roles*", "redirects");

  private final String sourceName;
  private final ReadLimits limits;
  private final boolean lenient;
  private final JsonFactory factory;
  private @Nullable RecordBinder binder;
  private final List<Violation> violations = new ArrayList<>();
  /** Those of the violations placed at the list that holds the entry their path names, for a second walk to place. */
  private final List<Violation> atTheirList = new ArrayList<>();
  private final List<UnknownField> unknownFields = new ArrayList<>();
  private final Set<String> brokenArrays = new HashSet<>();
  private final IdMaps ids = new IdMaps();
  private final List<ParsedDocument.Reference> references = new ArrayList<>();
  private final List<ParsedDocument.Citation> citations = new ArrayList<>();
  private final List<FailedRecord> failedRecords = new ArrayList<>();
  /** Where the header's release date is, the one field of it the rules judge; (0, 0) without one. */
  private Position released = new Position(0, 0);
  /** The id of the record being read, as soon as its "id" string has gone by. */
  private @Nullable String recordId;
  private @Nullable SchemaVersion fileVersion;
  private String array = "";
  private int index = -1;
  private int records;
  /** Unknown fields of a lenient read past {@link ReadLimits#MAX_VIOLATIONS}: counted, not kept. */
  private long unknownNotKept;
  /** Unknown fields met in the record being bound: their record id is known only at its end. */
  private int firstUnknownOfRecord;

  /** An unknown field, turned into a violation at the end, when the file's schema version is known. */
  private record UnknownField(Position at, String path, Optional<String> recordId, String field, Fields of) {}

  private DocumentParser(String sourceName, ReadLimits limits, boolean lenient) {
    this.sourceName = sourceName;
    this.limits = limits;
    this.lenient = lenient;
    this.factory = factory(limits);
  }

  /** The parser factories by limits (depth in the high half, string length in the low); thread-safe once built. */
  private static final Map<Long, JsonFactory> FACTORIES = new ConcurrentHashMap<>();

  /**
   * A parser factory that refuses deeper nesting, longer strings and field names, and longer numbers than the limits,
   * and anything JSON does not allow (comments, single quotes, NaN, control characters in strings). Duplicate keys
   * are refused by {@link RecordBinder} and the top-level loop, in the objects the format defines: Jackson's own
   * check keeps a hash set per object, a tenth of a load. Only the streaming parser is used: no class name is ever
   * taken from the data and no databind machinery is involved.
   */
  static JsonFactory factory(ReadLimits limits) {
    // A number key, not a record or a string, and no computeIfAbsent: a record's hashCode, a + concatenation and a
    // lambda are bootstrapped through method handles, which a short-lived process would pay for at its first load.
    long key = (long) limits.maxDepth() << 32 | limits.maxStringLength();
    JsonFactory cached = FACTORIES.get(key);
    if (cached != null) {
      return cached;
    }
    JsonFactory made = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(ReadLimits.MAX_NUMBER_LENGTH)
            .build())
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    // Two threads may each make one at once: either serves.
    JsonFactory earlier = FACTORIES.putIfAbsent(key, made);
    return earlier != null ? earlier : made;
  }

  /**
   * Parses a whole dataset from a stream, which it reads to its end (on success) and does not close.
   *
   * @throws LoadFailure if the input is not JSON, not UTF-8, passes a limit, has another schema major
   *     version, or cannot be read
   */
  public static ParsedDocument parse(InputStream in, String sourceName, ReadLimits limits, boolean lenient) {
    return new DocumentParser(sourceName, limits, lenient).parse(in, new JsonGrammar(limits.maxDepth()));
  }

  private ParsedDocument parse(InputStream raw, JsonGrammar grammar) {
    CheckedInput in = new CheckedInput(raw, grammar);
    JsonParser p = null;
    try {
      p = factory.createParser(in);
      binder = new RecordBinder(p, ids, new BinderListener());
      return parseDocument(p, binder, in);
    } catch (LoadFailure | IOException e) {
      throw stopped(e, p, in);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException e) {
          // Closing a parser over a stream it does not own releases buffers only; nothing to report.
        }
      }
    }
  }

  /** Reads on after the document's value, which only white space may follow; throws what ended the input early. */
  private void nothingFollows(JsonParser p, CheckedInput in) throws IOException {
    if (p.nextToken() != null) {
      // Not met: the grammar ends the input where anything follows the document. Told all the same, should it be.
      throw fail(ViolationCode.SYNTAX, p.currentTokenLocation(), "$", Stops.AFTER_THE_DOCUMENT, null);
    } else if (in.problem() != null || in.failedRead() != null) {
      throw stopped(null, p, in);
    }
  }

  /** What ended a parse, as the failure of the load: the violations noted so far, and this one. */
  private LoadFailure stopped(@Nullable Exception thrown, @Nullable JsonParser p, CheckedInput in) {
    return new Stops(limits, this::fail).of(thrown, p, in);
  }

  private ParsedDocument parseDocument(JsonParser p, RecordBinder binder, CheckedInput in) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw fail(ViolationCode.SYNTAX, p.currentLocation(), "$", "the input is empty: a dataset is a JSON object",
          null);
    }
    if (first != JsonToken.START_OBJECT) {
      violations.add(violation(ViolationCode.SHAPE, p.currentTokenLocation(), "$", "a dataset is a JSON object with"
          + " header, sources, bodies, instruments and roles, not " + Tokens.describe(first)));
      // Read to the end all the same, so that broken JSON after it is told too, at its own place, whatever the reads.
      TextCheck.skip(p);
      nothingFollows(p, in);
      throw new LoadFailure(List.copyOf(violations), null);
    }
    // Where a field the dataset lacks is placed: its opening brace, as any object that lacks a field.
    JsonLocation start = p.currentTokenLocation();
    @Nullable DatasetHeader header = null;
    List<Located<Source>> sources = List.of();
    List<Located<Body>> bodies = List.of();
    List<Located<LegalInstrument>> instruments = List.of();
    List<Located<Role>> roles = List.of();
    List<Located<Redirect>> redirects = List.of();
    NameSet seen = new NameSet();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      seen.add(p, TOP_LEVEL, field);
      JsonToken value = p.nextToken();
      switch (field) {
        case "header" -> header = header(p, value, binder);
        case "sources" -> sources = records(p, field, value, binder, Source.class);
        case "bodies" -> bodies = records(p, field, value, binder, Body.class);
        case "instruments" -> instruments = records(p, field, value, binder, LegalInstrument.class);
        case "roles" -> roles = records(p, field, value, binder, Role.class);
        case "redirects" -> redirects = records(p, field, value, binder, Redirect.class);
        default -> {
          unknownField(p, seen.unknownName(), "$." + JsonPaths.abbreviate(field), field, TOP_LEVEL);
          TextCheck.skip(p);
        }
      }
    }
    JsonLocation end = p.currentLocation();
    nothingFollows(p, in);
    List<String> missing = TOP_LEVEL.missing(seen);
    brokenArrays.addAll(missing);
    if (!missing.isEmpty()) {
      violations.add(violation(ViolationCode.SHAPE, start, "$",
          "missing required top-level field(s): " + String.join(", ", missing)));
    }
    for (UnknownField u : unknownFields) {
      violations.add(unknownFieldViolation(u));
    }
    if (unknownNotKept > 0) {
      violations.add(new Violation(ViolationCode.UNKNOWN_FIELD, Severity.WARNING, sourceName, end.getLineNr(),
          end.getColumnNr(), "$", Optional.empty(), "and "
              + Counted.of(unknownNotKept, "more unknown field", "more unknown fields") + ", ignored (lenient reading)"
              + " and not listed: a read keeps " + ReadLimits.MAX_VIOLATIONS + " violations"));
    }
    return new ParsedDocument(sourceName, header, released, sources, bodies, instruments, roles, redirects, violations,
        atTheirList, brokenArrays, ids, references, citations, failedRecords);
  }

  /**
   * Binds the header; a header that fails to bind is noted and skipped, and the parse goes on without it. A header that
   * binds, or one built on stand-ins for its failed values ({@link #keepForTheRules}), gives the file's schema version
   * when it holds the file's, and where its release date is.
   */
  private @Nullable DatasetHeader header(JsonParser p, JsonToken value, RecordBinder binder) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      violations.add(violation(ViolationCode.SHAPE, p.currentTokenLocation(), "$.header",
          "'header' must be an object, not " + Tokens.describe(value)));
      TextCheck.skip(p);
      return null;
    }
    JsonStreamContext documentContext = p.getParsingContext().getParent();
    Position start = Position.of(p.currentTokenLocation());
    @Nullable DatasetHeader header = null;
    @Nullable DatasetHeader read = null;
    Set<String> failedFields = Set.of();
    try {
      binder.keptBefore(kept());
      header = binder.header();
      read = header;
    } catch (ValueFailure e) {
      failed(p, e, documentContext, "$.header");
      FailedRecord kept = keepForTheRules(e, start, -1);
      if (kept != null) {
        read = (DatasetHeader) kept.record().value();
        failedFields = kept.failedFields();
      }
    }
    // Its primary sources are checked as a record's references are, at their values, whether it bound or not.
    binder.notes().settle("header", -1, "", references, citations);
    if (read != null) {
      // Once per file: the rules place what they find wrong with the date there, a stream read once too.
      released = Position.of(binder.valueOf("released"));
      if (!failedFields.contains("schemaVersion")) {
        fileVersion = read.schemaVersion();
        checkSchemaVersion(read.schemaVersion(), binder);
      }
    }
    return header;
  }

  /** Notes an object that failed to bind, once read to its end: it hides nothing after it, and a late "id" names it. */
  private void failed(JsonParser p, ValueFailure e, JsonStreamContext container, String path) throws IOException {
    try {
      while (!(p.getParsingContext() == container && p.currentToken() == JsonToken.END_OBJECT)) {
        JsonToken next = p.nextToken();
        if (next == null) {
          throw fail(ViolationCode.SYNTAX, p.currentLocation(), path, "unexpected end of input", null);
        }
        if (next == JsonToken.VALUE_STRING && p.getParsingContext().getParent() == container
            && "id".equals(p.currentName())) {
          recordId = TextCheck.text(p);
        }
      }
    } finally {
      for (ValueFailure f : e.all()) {
        Violation v = violation(f.code, f.at, f.path, f.getMessage());
        violations.add(v);
        if (f.atItsList) {
          atTheirList.add(v);
        }
      }
    }
  }

  /** Keeps a record that failed for the rules, when it was built on stand-ins for its failed fields; else null. */
  private @Nullable FailedRecord keepForTheRules(ValueFailure e, Position at, int index) {
    if (e.builtOnStandIns == null) {
      return null;
    }
    FailedRecord kept = new FailedRecord(new Located<>(e.builtOnStandIns, index, at), e.failedFields);
    failedRecords.add(kept);
    return kept;
  }

  /** The records of a top-level array, each bound from its START_OBJECT to its END_OBJECT. */
  private <T> List<Located<T>> records(JsonParser p, String field, JsonToken value, RecordBinder binder,
      Class<T> type) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      violations.add(violation(ViolationCode.SHAPE, p.currentTokenLocation(), "$." + field,
          "'" + field + "' must be an array of records, not " + Tokens.describe(value)));
      TextCheck.skip(p);
      brokenArrays.add(field);
      return List.of();
    }
    List<Located<T>> out = new ArrayList<>();
    array = field;
    index = 0;
    JsonStreamContext arrayContext = p.getParsingContext();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      recordId = null;
      if (++records > limits.maxRecords()) {
        throw fail(ViolationCode.LIMIT_EXCEEDED, p.currentTokenLocation(), "$." + field + "[" + index + "]",
            "the file has more than " + Counted.of(limits.maxRecords(), "record", "records") + ", the limit"
                + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxRecords(...)))", null);
      }
      if (t != JsonToken.START_OBJECT) {
        violations.add(violation(ViolationCode.SHAPE, p.currentTokenLocation(), "$." + field + "[" + index + "]",
            "each element of '" + field + "' must be an object, not " + Tokens.describe(t)));
        TextCheck.skip(p);
        index++;
        continue;
      }
      Position at = Position.of(p.currentTokenLocation());
      firstUnknownOfRecord = unknownFields.size();
      try {
        binder.keptBefore(kept());
        Located<T> record = new Located<>(type.cast(binder.record(field)), index, at);
        out.add(record);
        ids.add(field, record);
      } catch (ValueFailure e) {
        try {
          failed(p, e, arrayContext, "$." + field);
        } finally {
          currentRecordId().ifPresent(id -> ids.addFailed(field, id, index, at));
        }
        keepForTheRules(e, at, index);
      }
      // A record that failed to bind has its references checked all the same, so that one run reports them all.
      binder.notes().settle(field, index, currentRecordId().orElse(""), references, citations);
      nameUnknownFieldsOfRecord();
      checkKept(p);
      // Past its closing brace the record is over: broken JSON before the next one is the array's, not the record's.
      recordId = null;
      index++;
    }
    recordId = null;
    array = "";
    index = -1;
    return out;
  }

  /** Gives the unknown fields met since the record began the record's id, once it is known. */
  private void nameUnknownFieldsOfRecord() {
    for (int i = firstUnknownOfRecord; i < unknownFields.size(); i++) {
      UnknownField u = unknownFields.get(i);
      unknownFields.set(i, new UnknownField(u.at(), u.path(), currentRecordId(), u.field(), u.of()));
    }
  }

  private Optional<String> currentRecordId() {
    return array.isEmpty() || recordId == null || recordId.isEmpty() ? Optional.empty() : Optional.of(recordId);
  }

  /**
   * Hears the binder: notes an unknown field with its place (the binder skips its value, so that the record still
   * binds), and keeps a record's id to name the record. A class, not two lambdas: each would be spun at a cold start.
   */
  private final class BinderListener implements RecordBinder.Listener {
    @Override
    public void unknownField(JsonParser p, JsonLocation name, String field, Fields of) {
      // The parser stands on the value: on a list or an object, its own context is open, and the field's is the parent.
      JsonStreamContext context = p.getParsingContext();
      String path = JsonPaths.of(p.currentToken().isStructStart() ? context.getParent() : context);
      DocumentParser.this.unknownField(p, name, path, field, of);
    }

    @Override
    public void recordIdRead(String id) {
      recordId = id;
    }
  }

  /**
   * Notes an unknown field placed at its name, whose first character is the opening quote, with the field's path. Past
   * {@link ReadLimits#MAX_VIOLATIONS}, a lenient read only counts them, and a strict one stops.
   */
  private void unknownField(JsonParser p, JsonLocation name, String path, String field, Fields of) {
    if (lenient && unknownFields.size() >= ReadLimits.MAX_VIOLATIONS) {
      unknownNotKept++;
      return;
    }
    unknownFields.add(new UnknownField(Position.of(name), path, Optional.empty(), field, of));
    checkKept(p);
  }

  /** A strict read that has found {@link ReadLimits#MAX_VIOLATIONS} errors stops: the rest would only cost memory. */
  private void checkKept(JsonParser p) {
    if (kept() + (binder == null ? 0 : binder.unfinished().size()) >= ReadLimits.MAX_VIOLATIONS) {
      // The read stops at the cap, so whether more errors follow is not known: "more than" would be a guess.
      throw fail(ViolationCode.LIMIT_EXCEEDED, p.currentTokenLocation(), JsonPaths.of(p), "the read stops at "
          + ReadLimits.MAX_VIOLATIONS + " errors, the most it keeps; they are listed: fix them and read again", null);
    }
  }

  /** The violations kept so far, but those of the record being read: a lenient read's unknown fields are not errors. */
  private int kept() {
    return violations.size() + (lenient ? 0 : unknownFields.size());
  }

  private Violation unknownFieldViolation(UnknownField u) {
    String what = "unknown field '" + JsonPaths.abbreviate(u.field()) + "' in " + u.of().type();
    String message;
    Severity severity;
    if (lenient) {
      severity = Severity.WARNING;
      message = what + ", ignored (lenient reading)";
    } else {
      severity = Severity.ERROR;
      if (fileVersion != null && fileVersion.major() == SUPPORTED_MAJOR && fileVersion.compareTo(KNOWN_VERSION) > 0) {
        message = what + ": the file has schema version " + fileVersion.text() + ", newer than "
            + KNOWN_VERSION.text() + ", the newest this library knows; DatasetReader.lenient() reads it, ignoring"
            + " the fields it does not know";
      } else {
        // Sorted here, in the message only a strict read makes, not for every unknown field read.
        message = what + "; known fields: " + String.join(", ", u.of().sorted())
            + " (DatasetReader.lenient() would ignore it with a warning)";
      }
    }
    return new Violation(ViolationCode.UNKNOWN_FIELD, severity, sourceName, u.at().line(), u.at().column(), u.path(),
        u.recordId(), message);
  }

  /** Refuses another major version, at the header's version, alone: what was noted before it would not hold. */
  private void checkSchemaVersion(SchemaVersion version, RecordBinder binder) {
    if (version.major() != SUPPORTED_MAJOR) {
      throw new LoadFailure(List.of(violation(ViolationCode.UNSUPPORTED_SCHEMA_VERSION,
          binder.valueOf("schemaVersion"), "$.header.schemaVersion", "the file has schema version " + version.text()
              + "; this library reads schema versions " + SUPPORTED_MAJOR + ".x.y")), null);
    }
  }

  private LoadFailure fail(
      ViolationCode code, @Nullable JsonLocation at, String path, String message, @Nullable Throwable cause) {
    return fail(code, Position.of(at), path, message, cause);
  }

  /** The parse stops here: the violations noted so far, with the unknown fields met so far, and this one. */
  private LoadFailure fail(ViolationCode code, Position at, String path, String message, @Nullable Throwable cause) {
    List<Violation> all = new ArrayList<>(violations);
    if (binder != null) {
      // The read stops inside a record: the values that failed in it before are its errors too.
      for (ValueFailure f : binder.unfinished()) {
        all.add(violation(f.code, f.at, f.path, f.getMessage()));
      }
    }
    if (currentRecordId().isPresent()) {
      // The read stops inside a record whose id it has read: its unknown fields name it, as its other errors do.
      nameUnknownFieldsOfRecord();
    }
    unknownFields.forEach(u -> all.add(unknownFieldViolation(u)));
    all.add(violation(code, at, path, message));
    return new LoadFailure(all, cause);
  }

  private Violation violation(ViolationCode code, @Nullable JsonLocation at, String path, String message) {
    return violation(code, Position.of(at), path, message);
  }

  private Violation violation(ViolationCode code, Position at, String path, String message) {
    return new Violation(code, Severity.ERROR, sourceName, at.line(), at.column(), path, currentRecordId(), message);
  }
}
