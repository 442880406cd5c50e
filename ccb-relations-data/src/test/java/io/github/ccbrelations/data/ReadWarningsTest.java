package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.BodyId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read that gives its warnings: the fields a lenient read ignored and the rules' warnings, each as {@code validate}
 * lists it, so that a caller learns what was ignored without reading the file twice.
 */
class ReadWarningsTest {
  @TempDir Path folder;

  /** The fixture with a field this version does not know in a body, and one in the header. */
  private static byte[] withUnknownFields() {
    String text = Fixture.editRecord("ruritania", "\"kind\": \"COUNTRY\",",
        "\"kind\": \"COUNTRY\", \"nickname\": \"Ruri\",");
    return Fixture.editOnce(text, "\"released\": \"", "\"x-note\": 1, \"released\": \"")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The fixture with an instrument that is repealed but names no successor, and an acronym drawn like another body's
   * with a Cyrillic letter: two warnings of the rules, the second placed at its value by a second walk of the file.
   */
  private static byte[] withRulesWarnings() {
    String text = Fixture.editRecord("example-directive", "\"replacedBy\": \"example-directive-2\",", "");
    return Fixture.editOnce(text, "\"text\": \"EUXA\"", "\"text\": \"\u0415CC\"").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aLenientReadGivesTheFieldsItIgnoredAsValidateListsThem() throws IOException {
    byte[] bytes = withUnknownFields();
    Path file = Files.write(folder.resolve("newer.json"), bytes);
    List<Violation> expected = DatasetReader.lenient().validate(file).warnings();

    List<Violation> fromPath = new ArrayList<>();
    List<Violation> fromBytes = new ArrayList<>();
    List<Violation> fromStream = new ArrayList<>();
    Dataset dataset = DatasetReader.lenient().read(file, fromPath::add);
    DatasetReader.lenient().read(bytes, file.toString(), fromBytes::add);
    DatasetReader.lenient().read(new ByteArrayInputStream(bytes), file.toString(), fromStream::add);

    assertThat(expected).extracting(Violation::code, Violation::jsonPath).containsExactly(
        tuple(ViolationCode.UNKNOWN_FIELD, "$.header.x-note"),
        tuple(ViolationCode.UNKNOWN_FIELD, "$.bodies[0].nickname"));
    assertThat(fromPath).isEqualTo(expected);
    assertThat(fromBytes).isEqualTo(expected);
    assertThat(fromStream).isEqualTo(expected);
    assertThat(dataset.findBody(BodyId.of("ruritania"))).isPresent();
  }

  @Test
  void aStrictReadGivesTheRulesWarningsPlacedAtTheirValue() throws IOException {
    byte[] bytes = withRulesWarnings();
    Path file = Files.write(folder.resolve("lapsed.json"), bytes);
    List<Violation> expected = DatasetReader.standard().validate(file).warnings();

    List<Violation> fromPath = new ArrayList<>();
    List<Violation> fromBytes = new ArrayList<>();
    DatasetReader.standard().read(file, fromPath::add);
    DatasetReader.standard().read(bytes, file.toString(), fromBytes::add);

    assertThat(expected).extracting(Violation::code, Violation::line).containsExactlyInAnyOrder(
        tuple(ViolationCode.MISSING_SUCCESSOR, 170), tuple(ViolationCode.SHARED_ACRONYM, 99));
    assertThat(fromPath).isEqualTo(expected);
    assertThat(fromBytes).isEqualTo(expected);
  }

  @Test
  void aFileWithoutWarningsGivesNone() {
    List<Violation> warnings = new ArrayList<>();

    DatasetReader.lenient().read(Fixture.path(), warnings::add);

    assertThat(warnings).isEmpty();
  }

  @Test
  void aReadThatFailsPassesNoWarning() {
    String broken = Fixture.editRecord("ruritania", "\"kind\": \"COUNTRY\",",
        "\"kind\": \"COUNTRY\", \"nickname\": \"Ruri\", \"partOf\": \"nowhere\",");
    List<Violation> warnings = new ArrayList<>();

    catchThrowableOfType(DatasetLoadException.class, () -> DatasetReader.lenient()
        .read(broken.getBytes(StandardCharsets.UTF_8), "broken.json", warnings::add));

    assertThat(warnings).isEmpty();
  }
}
