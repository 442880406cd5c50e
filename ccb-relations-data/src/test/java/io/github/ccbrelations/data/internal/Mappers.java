package io.github.ccbrelations.data.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The tests' one configured Jackson mapper, built here and nowhere else. The library itself needs no databind: dataset
 * files are read by its streaming binder and records written (for the diff) by
 * {@link io.github.ccbrelations.data.internal.json.RecordJson}, both on jackson-core. Tests use databind only to read
 * JSON into trees they compare, strictly (duplicate keys and trailing tokens fail).
 *
 * <p>No default typing is enabled and none may be: no class name is ever taken from the data.
 */
public final class Mappers {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  private Mappers() {}

  /**
   * The shared mapper; thread-safe once built.
   *
   * @return the mapper; never null
   */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
