package io.github.ccbrelations.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Binds the bytes of a dataset file to records in one streaming pass, remembering where each record starts. A record
 * (or the header) that fails to bind, an unknown top-level field, a top-level field of the wrong type and a missing
 * top-level field are noted and the parse goes on, so that one run reports them all. Only broken JSON (a syntax
 * error) and a schema version of another major version stop the parse; they become a {@link DatasetLoadException}
 * with the violations noted so far.
 */
final class DocumentParser {
  /** The schema major version this library reads. */
  static final int SUPPORTED_MAJOR = 1;

  /** Immutables' message for a builder missing required attributes. */
  private static final Pattern MISSING_REQUIRED =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");

  private static final Pattern GENERATED_CLASS =
      Pattern.compile("`?io\\.github\\.ccbrelations\\.model\\.(?:Immutable)?([A-Za-z]+)(?:\\$(?:Json|Builder))?`?");

  private final byte[] bytes;
  private final String sourceName;
  private final ObjectMapper mapper = Mappers.mapper();
  private final List<Violation> violations = new ArrayList<>();
  private final java.util.Map<String, java.util.Set<String>> failedIds = new java.util.HashMap<>();
  private final java.util.Set<String> brokenArrays = new java.util.HashSet<>();
  private boolean inHeader;
  private String array = "";
  private int index = -1;

  private DocumentParser(byte[] bytes, String sourceName) {
    this.bytes = bytes;
    this.sourceName = sourceName;
  }

  static ParsedDocument parse(byte[] bytes, String sourceName) {
    return new DocumentParser(bytes, sourceName).parse();
  }

  private ParsedDocument parse() {
    try (JsonParser p = mapper.createParser(bytes)) {
      return parseDocument(p);
    } catch (DatasetLoadException e) {
      throw e;
    } catch (StreamReadException e) {
      throw fail(ViolationCode.SYNTAX, e.getLocation(), pathOf(e.getProcessor()), cleanJackson(e.getOriginalMessage()), e);
    } catch (DatabindException e) {
      List<Violation> all = new ArrayList<>(violations);
      all.add(bindingViolation(e));
      throw new DatasetLoadException(all, e);
    } catch (IOException e) {
      throw fail(ViolationCode.UNREADABLE, null, "$", "cannot read: " + e, e);
    }
  }

  private ParsedDocument parseDocument(JsonParser p) throws IOException {
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
            checkSchemaVersion(header.schemaVersion(), headerPosition);
          }
        }
        case "sources" -> sources = records(p, field, value, Source.class);
        case "bodies" -> bodies = records(p, field, value, Body.class);
        case "instruments" -> instruments = records(p, field, value, LegalInstrument.class);
        case "roles" -> roles = records(p, field, value, Role.class);
        case "redirects" -> redirects = records(p, field, value, Redirect.class);
        default -> {
          violations.add(violation(ViolationCode.SHAPE, p.currentTokenLocation(), "$." + field,
              "unknown top-level field '" + field + "'; expected header, sources, bodies, instruments, roles, redirects"));
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
  private @Nullable DatasetHeader header(JsonParser p, JsonToken value) throws IOException {
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

  private <T> List<Located<T>> records(JsonParser p, String field, JsonToken value, Class<T> type) throws IOException {
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
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.START_OBJECT) {
        violations.add(violation(ViolationCode.SHAPE, p.currentTokenLocation(), "$." + field + "[" + index + "]",
            "each element of '" + field + "' must be an object, not " + describe(t)));
        p.skipChildren();
        index++;
        continue;
      }
      Position at = position(p.currentTokenLocation());
      try {
        out.add(new Located<>(reader(type).<T>readValue(p), index, at));
      } catch (DatabindException e) {
        // One bad record must not hide the next: note it, then skip to the end of this record.
        violations.add(bindingViolation(e));
        failedIds.computeIfAbsent(field, k -> new java.util.HashSet<>());
        RecordIds.find(bytes, field, index).ifPresent(failedIds.get(field)::add);
        while (!(p.getParsingContext() == arrayContext && p.currentToken() == JsonToken.END_OBJECT)) {
          if (p.nextToken() == null) {
            throw fail(ViolationCode.SYNTAX, p.currentLocation(), "$." + field, "unexpected end of input", null);
          }
        }
      }
      index++;
    }
    array = "";
    index = -1;
    return out;
  }

  /** Binds one value from the middle of the stream: the mapper's trailing-token check is for whole documents. */
  private ObjectReader reader(Class<?> type) {
    return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
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

  private DatasetLoadException fail(ViolationCode code, JsonLocation at, String path, String message, Throwable cause) {
    List<Violation> all = new ArrayList<>(violations);
    all.add(violation(code, at, path, message));
    return new DatasetLoadException(all, cause);
  }

  private Violation violation(ViolationCode code, JsonLocation at, String path, String message) {
    Position pos = at == null ? new Position(0, 0) : position(at);
    Optional<String> recordId = array.isEmpty() ? Optional.empty() : RecordIds.find(bytes, array, index);
    return new Violation(code, Severity.ERROR, sourceName, pos.line(), pos.column(), path, recordId, message);
  }

  private String pathOf(Object processor) {
    if (!(processor instanceof JsonParser p)) {
      return "$";
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add(0, "." + c.getCurrentName());
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

  /** Jackson's messages name generated classes; users know the model's interfaces. */
  static String cleanJackson(String message) {
    String m = message == null ? "invalid value" : message;
    m = GENERATED_CLASS.matcher(m).replaceAll("$1");
    int through = m.indexOf(" (through reference chain");
    return through > 0 ? m.substring(0, through) : m;
  }
}
