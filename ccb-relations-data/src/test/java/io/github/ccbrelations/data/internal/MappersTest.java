package io.github.ccbrelations.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The format round-trips losslessly: every record of the fixture, written back with the library's one mapper,
 * is the same JSON tree as in the file, and reads back as an equal record.
 */
class MappersTest {
  private static final Map<String, Function<Dataset, List<?>>> RECORDS = Map.of(
      "sources", Dataset::sources,
      "bodies", Dataset::bodies,
      "instruments", Dataset::instruments,
      "roles", Dataset::roles);
  private static final Map<String, Class<?>> TYPES = Map.of(
      "sources", Source.class,
      "bodies", Body.class,
      "instruments", LegalInstrument.class,
      "roles", Role.class);

  private static final ObjectMapper MAPPER = Mappers.mapper();
  private static JsonNode file;
  private static Dataset data;

  @BeforeAll
  static void readFixture() throws IOException {
    byte[] bytes;
    try (InputStream in = Dataset.class.getResourceAsStream("fixture/small.json")) {
      assertThat(in).as("fixture resource").isNotNull();
      bytes = in.readAllBytes();
    }
    file = MAPPER.readTree(bytes);
    // The all-time view holds every record, whatever the day the test runs.
    data = DatasetReader.standard().read(bytes, "small.json").allTime();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sources", "bodies", "instruments", "roles"})
  void everyRecordWritesBackToTheTreeInTheFile(String array) {
    List<?> records = RECORDS.get(array).apply(data);
    JsonNode inFile = file.get(array);

    assertThat(records).hasSize(inFile.size());
    for (int i = 0; i < records.size(); i++) {
      assertThat(MAPPER.<JsonNode>valueToTree(records.get(i))).as("%s[%d]", array, i).isEqualTo(inFile.get(i));
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sources", "bodies", "instruments", "roles"})
  void everyRecordReadsBackEqualFromWhatItWrites(String array) throws IOException {
    for (Object record : RECORDS.get(array).apply(data)) {
      String json = MAPPER.writeValueAsString(record);

      assertThat(MAPPER.readValue(json, TYPES.get(array))).as(json).isEqualTo(record);
    }
  }

  @Test
  void headerWritesBackToTheTreeInTheFile() {
    assertThat(MAPPER.<JsonNode>valueToTree(data.info().header())).isEqualTo(file.get("header"));
  }

  @Test
  void wholeDatasetWritesBackToTheFile() {
    ObjectNode written = MAPPER.createObjectNode();
    written.set("header", MAPPER.valueToTree(data.info().header()));
    RECORDS.forEach((array, records) -> written.set(array, MAPPER.valueToTree(records.apply(data))));

    assertThat(written).isEqualTo(file);
  }

  @Test
  void absentValuesAndEmptyListsAreLeftOut() {
    JsonNode minimal = MAPPER.valueToTree(data.bodies().get(0));

    assertThat(minimal.has("partOf")).isFalse();
    assertThat(minimal.has("convenedBy")).isFalse();
    assertThat(minimal.has("sources")).isFalse();
    assertThat(minimal.toString()).doesNotContain("null");
  }
}
