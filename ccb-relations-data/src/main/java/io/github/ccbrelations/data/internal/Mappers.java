package io.github.ccbrelations.data.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one configured Jackson mapper of the library. It is built here and nowhere else, and never handed to users:
 * strict about the input (unknown fields, duplicate keys, trailing tokens, nulls for primitives), and writing
 * absent optionals and empty lists as missing fields. {@link #mapper(int, int, int)} is the same mapper over a parser
 * factory with tighter {@link StreamReadConstraints}, for reading files that come from other people.
 *
 * <p>No default typing is enabled and none may be: no class name is ever taken from the data.
 */
public final class Mappers {
  private static final JsonMapper MAPPER = build(StreamReadConstraints.defaults());
  private static final Map<Constraints, JsonMapper> LIMITED = new ConcurrentHashMap<>();

  private record Constraints(int maxDepth, int maxStringLength, int maxNumberLength) {}

  private Mappers() {}

  /**
   * The shared mapper; thread-safe once built.
   *
   * @return the mapper; never null
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The shared mapper over a parser that refuses deeper nesting, longer strings (and field names) and longer numbers
   * than given, with a {@link com.fasterxml.jackson.core.exc.StreamConstraintsException}. Mappers are cached per
   * set of constraints; they are thread-safe once built.
   *
   * @param maxDepth the deepest nesting of arrays and objects, at least 1
   * @param maxStringLength the longest string or field name in characters, at least 1
   * @param maxNumberLength the longest number in characters, at least 1
   * @return the mapper; never null
   */
  public static ObjectMapper mapper(int maxDepth, int maxStringLength, int maxNumberLength) {
    return LIMITED.computeIfAbsent(new Constraints(maxDepth, maxStringLength, maxNumberLength),
        c -> build(StreamReadConstraints.builder()
            .maxNestingDepth(c.maxDepth())
            .maxStringLength(c.maxStringLength())
            .maxNameLength(c.maxStringLength())
            .maxNumberLength(c.maxNumberLength())
            .build()));
  }

  private static JsonMapper build(StreamReadConstraints constraints) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(constraints)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
        // Strict: a date is a date ("2030-01-15"), never a date-time cut short or a number of days.
        .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
        // Strict: a null is never a way to say "absent" (leave the field out), in a field or in a list.
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
  }
}
