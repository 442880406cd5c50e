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

/**
 * The one configured Jackson mapper of the library. It is built here and nowhere else, and never handed to users:
 * strict about the input (unknown fields, duplicate keys, trailing tokens, nulls for primitives), and writing
 * absent optionals and empty lists as missing fields. It serves the diff, the exports and tests; dataset files are not
 * read with it but with the streaming binder of the data package, which needs no databind at all.
 *
 * <p>No default typing is enabled and none may be: no class name is ever taken from the data.
 */
public final class Mappers {
  private static final JsonMapper MAPPER = build(StreamReadConstraints.defaults());

  private Mappers() {}

  /**
   * The shared mapper; thread-safe once built.
   *
   * @return the mapper; never null
   */
  public static ObjectMapper mapper() {
    return MAPPER;
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
