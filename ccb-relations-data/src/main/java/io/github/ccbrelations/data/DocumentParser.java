package io.github.ccbrelations.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.ccbrelations.data.ParsedDocument.Located;
import io.github.ccbrelations.data.ParsedDocument.Position;
import io.github.ccbrelations.data.internal.Mappers;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.DatasetHeader;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Redirect;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Binds a dataset file to records in one streaming pass, remembering where each record starts. A record (or the
 * header) that fails to bind, an unknown field, a top-level field of the wrong type and a missing top-level field are
 * noted and the parse goes on, so that one run reports them all. Only broken JSON (a syntax or encoding error), a
 * passed {@link Limits limit} and a schema version of another major version stop the parse; they become a
 * {@link DatasetLoadException} with the violations noted so far.
 *
 * <p>The input is read once, as a stream, and never held whole: the id of a record named in a violation is noted
 * while the record streams by.
 */
final class DocumentParser {
  /** The schema major version this library reads. */
  static final int SUPPORTED_MAJOR = 1;

  /** The newest schema version whose fields this library knows; files of a newer minor version may have more. */
  static final SchemaVersion KNOWN_VERSION = SchemaVersion.parse("1.1.0");

  /** Immutables' message for a builder missing required attributes. */
  private static final Pattern MISSING_REQUIRED =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");

  private static final Pattern GENERATED_CLASS =
      Pattern.compile("`?io\\.github\\.ccbrelations\\.model\\.(?:Immutable)?([A-Za-z]+)(?:\\$(?:Json|Builder))?`?");

  /** Jackson names the input stream class in some messages; users want the place. */
  private static final Pattern SOURCE_LOCATION = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]");

  private static final List<String> TOP_LEVEL =
      List.of("header", "sources", "bodies", "instruments", "roles", "redirects");

  private final String sourceName;
  private final Limits limits;
  private final boolean lenient;
  private final ObjectMapper mapper;
  private final Map<Class<?>, ObjectReader> readers = new HashMap<>();
  private final List<Violation> violations = new ArrayList<>();
  private final List<UnknownField> unknownFields = new ArrayList<>();
  private final Map<String, Set<String>> failedIds = new HashMap<>();
  private final Set<String> brokenArrays = new HashSet<>();
  private @Nullable IdSpy spy;
  private @Nullable SchemaVersion fileVersion;
  private boolean inHeader;
  private String array = "";
  private int index = -1;
  private int records;
  /** Unknown fields met in the record being bound: their record id is known only at its end. */
  private int firstUnknownOfRecord;

  /** An unknown field, turned into a violation at the end, when the file's schema version is known. */
  private record UnknownField(Position at, String path, Optional<String> recordId, String field, String type,
      List<String> known) {}

  private DocumentParser(String sourceName, Limits limits, boolean lenient) {
    this.sourceName = sourceName;
    this.limits = limits;
    this.lenient = lenient;
    this.mapper = Mappers.mapper(limits.maxDepth(), limits.maxStringLength(), Limits.MAX_NUMBER_LENGTH);
  }

  /**
   * Parses a whole dataset from a stream, which it reads to its end (on success) and does not close.
   *
   * @throws DatasetLoadException if the input is not JSON, not UTF-8, passes a limit, has another schema major
   *     version, or cannot be read
   */
  static ParsedDocument parse(InputStream in, String sourceName, Limits limits, boolean lenient) {
    return new DocumentParser(sourceName, limits, lenient).parse(in);
  }

  private ParsedDocument parse(InputStream raw) {
    IdSpy p = null;
    try {
      InputStream in = new Utf8Check(checkEncoding(raw));
      p = new IdSpy(mapper.createParser(in));
      spy = p;
      return parseDocument(p);
    } catch (DatasetLoadException e) {
      throw e;
    } catch (StreamConstraintsException e) {
      throw fail(ViolationCode.LIMIT_EXCEEDED, e.getLocation() != null ? e.getLocation() : p.currentLocation(),
          pathOf(p), limitMessage(e), e);
    } catch (Utf8Check.Invalid e) {
      List<Violation> all = withUnknownFields();
      all.add(new Violation(ViolationCode.ENCODING, Severity.ERROR, sourceName, e.line(), e.column(), pathOf(p),
          array.isEmpty() || spy == null ? Optional.empty() : spy.recordId(), e.getMessage()));
      throw new DatasetLoadException(all, e);
    } catch (StreamReadException e) {
      String message = cleanJackson(e.getOriginalMessage());
      ViolationCode code = message.contains("UTF-8") || message.contains("UTF8")
          ? ViolationCode.ENCODING : ViolationCode.SYNTAX;
      throw fail(code, e.getLocation(), pathOf(p), message, e);
    } catch (DatabindException e) {
      List<Violation> all = withUnknownFields();
      all.add(bindingViolation(e));
      throw new DatasetLoadException(all, e);
    } catch (LimitedInputStream.TooLarge e) {
      throw fail(ViolationCode.LIMIT_EXCEEDED, p == null ? null : p.currentLocation(), pathOf(p),
          documentTooLarge(e.limit()), e);
    } catch (IOException e) {
      throw fail(ViolationCode.UNREADABLE, null, "$", "cannot read: " + e, e);
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

  /**
   * A dataset file is UTF-8, as RFC 8259 asks of JSON exchanged between systems; a UTF-8 byte-order mark is allowed
   * (and skipped by the parser). UTF-16 and UTF-32 are refused before the parser would guess them from zero bytes.
   */
  private InputStream checkEncoding(InputStream raw) throws IOException {
    PushbackInputStream in = new PushbackInputStream(raw, 4);
    byte[] start = in.readNBytes(4);
    int n = start.length;
    if (n >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF) {
      // A UTF-8 byte-order mark: skipped here (it has been digested), so that even a file of nothing else parses.
      in.unread(start, 3, n - 3);
      return in;
    }
    in.unread(start);
    boolean utf16Bom = n >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
        || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE));
    boolean zero = false;
    for (int i = 0; i < Math.min(n, 2); i++) {
      zero |= start[i] == 0;
    }
    if (utf16Bom || (zero && n >= 2)) {
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < n; i++) {
        hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02X", start[i] & 0xFF));
      }
      throw new DatasetLoadException(List.of(new Violation(ViolationCode.ENCODING, Severity.ERROR, sourceName, 1, 1,
          "$", Optional.empty(), "the input starts with the bytes " + hex + " of UTF-16 or UTF-32 text;"
              + " a dataset file is UTF-8 (with or without a byte-order mark)")), null);
    }
    return in;
  }

  private ParsedDocument parseDocument(IdSpy p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw fail(ViolationCode.SYNTAX, p.currentLocation(), "$", "the input is empty: a dataset is a JSON object", null);
    }
    if (first != JsonToken.START_OBJECT) {
      throw fail(ViolationCode.SHAPE, p.currentTokenLocation(), "$",
          "a dataset is a JSON object with header, sources, bodies, instruments and roles, not " + describe(first), null);
    }
    @Nullable DatasetHeader header = null;
    @Nullable Position headerPosition = null;
    List<Located<Source>> sources = null;
    List<Located<Body>> bodies = null;
    List<Located<LegalInstrument>> instruments = null;
    List<Located<Role>> roles = null;
    List<Located<Redirect>> redirects = List.of();
    boolean headerSeen = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "header" -> {
          headerSeen = true;
          headerPosition = position(p.currentTokenLocation());
          header = header(p, value);
          if (header != null) {
            fileVersion = header.schemaVersion();
            checkSchemaVersion(header.schemaVersion(), headerPosition);
          }
        }
        case "sources" -> sources = records(p, field, value, Source.class);
        case "bodies" -> bodies = records(p, field, value, Body.class);
        case "instruments" -> instruments = records(p, field, value, LegalInstrument.class);
        case "roles" -> roles = records(p, field, value, Role.class);
        case "redirects" -> redirects = records(p, field, value, Redirect.class);
        default -> {
          unknownFields.add(new UnknownField(position(p.currentTokenLocation()), "$." + field, Optional.empty(), field,
              "the dataset", TOP_LEVEL));
          p.skipChildren();
        }
      }
    }
    JsonLocation end = p.currentLocation();
    if (p.nextToken() != null) {
      throw fail(ViolationCode.SYNTAX, p.currentTokenLocation(), "$",
          "unexpected content after the end of the dataset object", null);
    }
    List<String> missing = new ArrayList<>();
    if (!headerSeen) {
      missing.add("header");
    }
    if (sources == null) {
      missing.add("sources");
    }
    if (bodies == null) {
      missing.add("bodies");
    }
    if (instruments == null) {
      missing.add("instruments");
    }
    if (roles == null) {
      missing.add("roles");
    }
    brokenArrays.addAll(missing);
    if (!missing.isEmpty()) {
      violations.add(violation(ViolationCode.SHAPE, end, "$",
          "missing required top-level field(s): " + String.join(", ", missing)));
    }
    unknownFields.forEach(u -> violations.add(unknownFieldViolation(u)));
    return new ParsedDocument(
        sourceName,
        header,
        headerPosition == null ? new Position(0, 0) : headerPosition,
        orEmpty(sources),
        orEmpty(bodies),
        orEmpty(instruments),
        orEmpty(roles),
        redirects,
        violations,
        failedIds,
        brokenArrays);
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  /** Binds the header; a header that fails to bind is noted and skipped, and the parse goes on without it. */
  private @Nullable DatasetHeader header(IdSpy p, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      violations.add(violation(ViolationCode.SHAPE, p.currentTokenLocation(), "$.header",
          "'header' must be an object, not " + describe(value)));
      p.skipChildren();
      return null;
    }
    JsonStreamContext documentContext = p.getParsingContext().getParent();
    inHeader = true;
    try {
      return reader(DatasetHeader.class).readValue(p);
    } catch (DatabindException e) {
      rethrowIfFatal(e);
      violations.add(bindingViolation(e));
      while (!(p.getParsingContext() == documentContext && p.currentToken() == JsonToken.END_OBJECT)) {
        if (p.nextToken() == null) {
          throw fail(ViolationCode.SYNTAX, p.currentLocation(), "$.header", "unexpected end of input", null);
        }
      }
      return null;
    } finally {
      inHeader = false;
    }
  }

  private <T> List<Located<T>> records(IdSpy p, String field, JsonToken value, Class<T> type) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      violations.add(violation(ViolationCode.SHAPE, p.currentTokenLocation(), "$." + field,
          "'" + field + "' must be an array of records, not " + describe(value)));
      p.skipChildren();
      brokenArrays.add(field);
      return List.of();
    }
    List<Located<T>> out = new ArrayList<>();
    array = field;
    index = 0;
    JsonStreamContext arrayContext = p.getParsingContext();
    p.watch(arrayContext);
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      p.newRecord();
      if (++records > limits.maxRecords()) {
        throw fail(ViolationCode.LIMIT_EXCEEDED, p.currentTokenLocation(), "$." + field + "[" + index + "]",
            "the file has more than " + limits.maxRecords() + " records, the limit"
                + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxRecords(...)))", null);
      }
      if (t != JsonToken.START_OBJECT) {
        violations.add(violation(ViolationCode.SHAPE, p.currentTokenLocation(), "$." + field + "[" + index + "]",
            "each element of '" + field + "' must be an object, not " + describe(t)));
        p.skipChildren();
        index++;
        continue;
      }
      Position at = position(p.currentTokenLocation());
      firstUnknownOfRecord = unknownFields.size();
      try {
        out.add(new Located<>(reader(type).<T>readValue(p), index, at));
      } catch (DatabindException e) {
        rethrowIfFatal(e);
        // One bad record must not hide the next: skip to the end of this record (its id may come after the bad
        // value), then note it.
        try {
          while (!(p.getParsingContext() == arrayContext && p.currentToken() == JsonToken.END_OBJECT)) {
            if (p.nextToken() == null) {
              throw fail(ViolationCode.SYNTAX, p.currentLocation(), "$." + field, "unexpected end of input", null);
            }
          }
        } finally {
          violations.add(bindingViolation(e));
          p.recordId().ifPresent(id -> failedIds.computeIfAbsent(field, k -> new HashSet<>()).add(id));
        }
      }
      for (int i = firstUnknownOfRecord; i < unknownFields.size(); i++) {
        UnknownField u = unknownFields.get(i);
        unknownFields.set(i, new UnknownField(u.at(), u.path(), p.recordId(), u.field(), u.type(), u.known()));
      }
      index++;
    }
    p.watch(null);
    array = "";
    index = -1;
    return out;
  }

  /**
   * A parse error, an input that ends, or a passed limit inside a record ends the whole parse: Jackson wraps them in
   * a binding exception, which would otherwise read as one bad record.
   */
  private static void rethrowIfFatal(DatabindException e) throws IOException {
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      if (c instanceof StreamConstraintsException sce) {
        throw sce;
      }
      if (c instanceof StreamReadException sre && !(c instanceof InputCoercionException)) {
        throw sre;
      }
      if (c instanceof LimitedInputStream.TooLarge || c instanceof Utf8Check.Invalid) {
        throw (IOException) c;
      }
    }
  }

  /** Binds one value from the middle of the stream: the mapper's trailing-token check is for whole documents. */
  private ObjectReader reader(Class<?> type) {
    return readers.computeIfAbsent(type, t -> mapper.readerFor(t)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withHandler(new UnknownFieldHandler()));
  }

  /** Notes an unknown field with its place and skips its value, so that the record still binds. */
  private final class UnknownFieldHandler extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
        Object beanOrClass, String propertyName) throws IOException {
      Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      Collection<Object> known = deserializer.getKnownPropertyNames();
      unknownFields.add(new UnknownField(position(p.currentTokenLocation()), pathOf(p), Optional.empty(),
          propertyName, cleanJackson(type.getName()),
          known == null ? List.of() : known.stream().map(String::valueOf).sorted().toList()));
      p.skipChildren();
      return true;
    }
  }

  private Violation unknownFieldViolation(UnknownField u) {
    String what = "unknown field '" + abbreviate(u.field()) + "' in " + u.type();
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
        message = what + (u.known().isEmpty() ? "" : "; known fields: " + String.join(", ", u.known()))
            + " (DatasetReader.lenient() would ignore it with a warning)";
      }
    }
    return new Violation(ViolationCode.UNKNOWN_FIELD, severity, sourceName, u.at().line(), u.at().column(), u.path(),
        u.recordId(), message);
  }

  private void checkSchemaVersion(SchemaVersion version, Position at) {
    if (version.major() != SUPPORTED_MAJOR) {
      throw new DatasetLoadException(
          List.of(new Violation(ViolationCode.UNSUPPORTED_SCHEMA_VERSION, Severity.ERROR, sourceName, at.line(),
              at.column(), "$.header.schemaVersion", Optional.empty(),
              "the file has schema version " + version.text() + "; this library reads schema versions "
                  + SUPPORTED_MAJOR + ".x.y")),
          null);
    }
  }

  private Violation bindingViolation(DatabindException e) {
    StringBuilder path = new StringBuilder(
        inHeader ? "$.header" : array.isEmpty() ? "$" : "$." + array + "[" + index + "]");
    if (e instanceof JsonMappingException jme) {
      for (JsonMappingException.Reference ref : jme.getPath()) {
        if (ref.getFieldName() != null) {
          path.append('.').append(ref.getFieldName());
        } else if (ref.getIndex() >= 0) {
          path.append('[').append(ref.getIndex()).append(']');
        }
      }
    }
    Throwable cause = e.getCause();
    String causeMessage = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    Matcher missing = MISSING_REQUIRED.matcher(causeMessage);
    if (cause instanceof IllegalStateException && missing.find()) {
      return violation(ViolationCode.SHAPE, e.getLocation(), path.toString(),
          "missing required field(s): " + missing.group(2) + " (in " + missing.group(1) + ")");
    }
    boolean invalidValue = e instanceof ValueInstantiationException
        || cause instanceof IllegalArgumentException
        || cause instanceof IllegalStateException
        || cause instanceof NullPointerException;
    String message;
    if (cause instanceof NullPointerException npe) {
      message = "required field '" + npe.getMessage() + "' is null";
    } else if (invalidValue && cause != null && cause.getMessage() != null) {
      message = cause.getMessage();
    } else {
      message = e.getOriginalMessage();
    }
    message = cleanJackson(message);
    return violation(invalidValue ? ViolationCode.INVALID_VALUE : ViolationCode.SHAPE, e.getLocation(), path.toString(), message);
  }

  /** The violations so far, with the unknown fields met so far, for a parse that ends early. */
  private List<Violation> withUnknownFields() {
    List<Violation> all = new ArrayList<>(violations);
    unknownFields.forEach(u -> all.add(unknownFieldViolation(u)));
    return all;
  }

  private DatasetLoadException fail(
      ViolationCode code, @Nullable JsonLocation at, String path, String message, @Nullable Throwable cause) {
    List<Violation> all = withUnknownFields();
    all.add(violation(code, at, path, message));
    return new DatasetLoadException(all, cause);
  }

  private Violation violation(ViolationCode code, @Nullable JsonLocation at, String path, String message) {
    Position pos = at == null ? new Position(0, 0) : position(at);
    Optional<String> recordId = array.isEmpty() || spy == null ? Optional.empty() : spy.recordId();
    return new Violation(code, Severity.ERROR, sourceName, pos.line(), pos.column(), path, recordId, message);
  }

  private String limitMessage(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (m.contains("nesting depth")) {
      return "arrays and objects nest deeper than " + limits.maxDepth() + ", the limit"
          + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxDepth(...)))";
    }
    if (m.contains("number")) {
      return "a number is longer than " + Limits.MAX_NUMBER_LENGTH + " characters, the limit for numbers"
          + " (no field of the format needs more)";
    }
    if (m.contains("name")) {
      return "a field name is longer than " + limits.maxStringLength() + " characters, the limit"
          + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxStringLength(...)))";
    }
    if (m.contains("document")) {
      return documentTooLarge(limits.maxDocumentBytes());
    }
    return "a string is longer than " + limits.maxStringLength() + " characters, the limit"
        + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxStringLength(...)))";
  }

  static String documentTooLarge(long limit) {
    return "the input is larger than the limit of " + limit + " bytes"
        + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxDocumentBytes(...)))";
  }

  private static String pathOf(@Nullable JsonParser p) {
    if (p == null) {
      return "$";
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(0, "." + abbreviate(c.getCurrentName()));
      }
    }
    return "$" + String.join("", parts);
  }

  private static Position position(JsonLocation at) {
    return new Position(Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
  }

  private static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }

  /** Long names from hostile input would make messages unreadable. */
  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }

  /** Jackson's messages name generated classes; users know the model's interfaces. */
  static String cleanJackson(@Nullable String message) {
    String m = message == null ? "invalid value" : message;
    m = GENERATED_CLASS.matcher(m).replaceAll("$1");
    m = SOURCE_LOCATION.matcher(m).replaceAll("line $1, column $2");
    int through = m.indexOf(" (through reference chain");
    return through > 0 ? m.substring(0, through) : m;
  }
}
