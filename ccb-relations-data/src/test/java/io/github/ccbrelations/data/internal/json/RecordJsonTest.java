package io.github.ccbrelations.data.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.data.internal.Mappers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The format round-trips losslessly through jackson-core alone: every record of the fixtures, written with
 * {@link RecordJson}, is the same JSON tree as in the file, and a whole document written with it reads back through
 * {@link DatasetReader} as equal records. Between them the fixtures use every field of every record type.
 */
class RecordJsonTest {
  private static final Map<String, Function<Dataset, List<?>>> RECORDS = Map.of(
      "sources", Dataset::sources,
      "bodies", Dataset::bodies,
      "instruments", Dataset::instruments,
      "roles", Dataset::roles,
      "redirects", Dataset::redirects);

  private static byte[] bytes(String fixture) throws IOException {
    try (InputStream in = Dataset.class.getResourceAsStream("fixture/" + fixture)) {
      assertThat(in).as("fixture resource").isNotNull();
      return in.readAllBytes();
    }
  }

  /** The all-time view holds every record, whatever the day the test runs. */
  private static Dataset read(byte[] bytes, String name) {
    return DatasetReader.standard().read(bytes, name).allTime();
  }

  private static JsonNode tree(Object plain) {
    return Mappers.mapper().valueToTree(plain);
  }

  /**
   * A record of the fixtures (schema 1.1.0) as schema 1.2.0 writes it: a role's {@code concerns} become subjects of
   * kind CONCERNS, after those the file already gives, where the writer puts them.
   */
  private static JsonNode upgraded(JsonNode record) {
    if (!record.has("concerns")) {
      return record;
    }
    ObjectNode out = Mappers.mapper().createObjectNode();
    ArrayNode subjects = Mappers.mapper().createArrayNode();
    record.path("subjects").forEach(subjects::add);
    record.get("concerns").forEach(id -> subjects.addObject().put("instrument", id.asText()).put("kind", "CONCERNS"));
    record.properties().forEach(f -> {
      if (f.getKey().equals("concerns")) {
        out.set("subjects", subjects);
      } else if (!f.getKey().equals("subjects")) {
        out.set(f.getKey(), f.getValue());
      }
    });
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"small.json", "days.json"})
  void everyRecordWritesBackToTheTreeInTheFile(String fixture) throws IOException {
    byte[] bytes = bytes(fixture);
    JsonNode file = Mappers.mapper().readTree(bytes);
    Dataset data = read(bytes, fixture);

    assertThat(tree(RecordJson.tree(data.info().header()))).isEqualTo(file.get("header"));
    RECORDS.forEach((array, records) -> {
      List<?> written = records.apply(data);
      JsonNode inFile = file.path(array);
      assertThat(written).as(array).hasSize(inFile.size());
      for (int i = 0; i < written.size(); i++) {
        assertThat(tree(RecordJson.tree(written.get(i)))).as("%s[%d]", array, i).isEqualTo(upgraded(inFile.get(i)));
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"small.json", "days.json"})
  void aDocumentWrittenWithItReadsBackAsEqualRecords(String fixture) throws IOException {
    Dataset data = read(bytes(fixture), fixture);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("header", RecordJson.tree(data.info().header()));
    RECORDS.forEach((array, records) ->
        document.put(array, records.apply(data).stream().map(RecordJson::tree).toList()));
    Dataset back = read(RecordJson.compact(document).getBytes(StandardCharsets.UTF_8), "written-" + fixture);

    assertThat(back.info().header()).isEqualTo(data.info().header());
    RECORDS.forEach((array, records) -> assertThat(records.apply(back)).as(array).isEqualTo(records.apply(data)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"small.json", "days.json"})
  void writesFieldsInTheModelsOrderWhichTheDiffListsChangesIn(String fixture) throws IOException {
    Dataset data = read(bytes(fixture), fixture);
    Map<Fields, List<?>> records = Map.of(Fields.SOURCE, data.sources(), Fields.BODY, data.bodies(),
        Fields.INSTRUMENT, data.instruments(), Fields.ROLE, data.roles(), Fields.REDIRECT, data.redirects());
    records.forEach((fields, ofType) -> ofType.forEach(record ->
        assertThat(fields.names()).as(fields.type()).containsSubsequence(RecordJson.tree(record).keySet())));
    assertThat(RecordJson.tree(data.info().header()).keySet())
        .containsExactly("datasetVersion", "schemaVersion", "released", "primarySources");
  }

  @ParameterizedTest
  @ValueSource(strings = {"small.json", "days.json"})
  void compactTextParsesBackToTheSameTree(String fixture) throws IOException {
    Dataset data = read(bytes(fixture), fixture);
    for (Object record : data.roles()) {
      Map<String, Object> tree = RecordJson.tree(record);
      String text = RecordJson.compact(tree);

      assertThat(Mappers.mapper().readTree(text)).isEqualTo(tree(tree));
      assertThat(text).doesNotContain("null").doesNotContain("[]");
    }
  }
}
