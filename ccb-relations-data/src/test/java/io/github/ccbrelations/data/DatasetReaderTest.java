package io.github.ccbrelations.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ccbrelations.data.internal.Mappers;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.DatasetVersion;
import io.github.ccbrelations.model.SchemaVersion;
import io.github.ccbrelations.model.SourceId;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading a dataset file through {@link DatasetReader}: the three inputs, the info, and the size limit. */
class DatasetReaderTest {
  private final DatasetReader reader = DatasetReader.standard();

  @Test
  void pathStreamAndBytesGiveTheSameDataset() {
    byte[] bytes = Fixture.bytes();
    Dataset fromPath = reader.read(Fixture.path()).allTime();
    Dataset fromStream = reader.read(new ByteArrayInputStream(bytes), "stream.json").allTime();
    Dataset fromBytes = reader.read(bytes, "bytes.json").allTime();

    for (Dataset other : new Dataset[] {fromStream, fromBytes}) {
      assertThat(other.info().header()).isEqualTo(fromPath.info().header());
      assertThat(other.info().sha256()).isEqualTo(fromPath.info().sha256());
      assertThat(other.sources()).isEqualTo(fromPath.sources());
      assertThat(other.bodies()).isEqualTo(fromPath.bodies());
      assertThat(other.instruments()).isEqualTo(fromPath.instruments());
      assertThat(other.roles()).isEqualTo(fromPath.roles());
    }
  }

  @Test
  void infoNamesWhereTheDatasetWasReadFrom() {
    byte[] bytes = Fixture.bytes();

    assertThat(reader.read(Fixture.path()).info().sourceName()).isEqualTo(Fixture.path().toString());
    assertThat(reader.read(new ByteArrayInputStream(bytes), "stream.json").info().sourceName())
        .isEqualTo("stream.json");
    assertThat(reader.read(bytes, "bytes.json").info().sourceName()).isEqualTo("bytes.json");
  }

  @Test
  void infoCountsEveryRecordOfTheFile() throws IOException {
    JsonNode file = Mappers.mapper().readTree(Fixture.bytes());
    DatasetInfo info = Fixture.dataset().info();

    assertThat(info.sourceCount()).isEqualTo(file.get("sources").size()).isEqualTo(2);
    assertThat(info.bodyCount()).isEqualTo(file.get("bodies").size()).isEqualTo(13);
    assertThat(info.instrumentCount()).isEqualTo(file.get("instruments").size()).isEqualTo(6);
    assertThat(info.roleCount()).isEqualTo(file.get("roles").size()).isEqualTo(9);
  }

  @Test
  void infoReadsTheVersionsFromTheHeader() {
    DatasetInfo info = Fixture.dataset().info();

    assertThat(info.datasetVersion()).isEqualTo(DatasetVersion.parse("2030.01.0"));
    assertThat(info.schemaVersion()).isEqualTo(SchemaVersion.parse("1.1.0"));
    assertThat(info.header().released()).isEqualTo(LocalDate.of(2030, 1, 15));
    assertThat(info.header().primarySources()).containsExactly(SourceId.of("example-page-fr"));
    assertThat(info.toString())
        .startsWith("ccb-relations 2030.01.0 (schema 1.1.0): 13 bodies, 6 instruments, 9 roles, 2 sources; sha256 ");
  }

  @Test
  void sha256IsTheDigestOfTheExactBytesRead() throws NoSuchAlgorithmException {
    byte[] bytes = Fixture.bytes();
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

    assertThat(Fixture.dataset().info().sha256()).isEqualTo(expected).hasSize(64);
    assertThat(reader.read(Fixture.path()).info().sha256()).isEqualTo(expected);
  }

  @Test
  void sha256ChangesWithTheBytesEvenWhenTheDataDoesNot() {
    byte[] bytes = (Fixture.text() + "\n").getBytes(StandardCharsets.UTF_8);

    Dataset padded = reader.read(bytes, "padded.json").allTime();

    assertThat(padded.roles()).isEqualTo(Fixture.dataset().roles());
    assertThat(padded.info().sha256()).isNotEqualTo(Fixture.dataset().info().sha256());
  }

  static Stream<Arguments> inputs() {
    Function<DatasetReader, Dataset> path = r -> r.read(Fixture.path());
    Function<DatasetReader, Dataset> stream = r -> r.read(new ByteArrayInputStream(Fixture.bytes()), "stream.json");
    Function<DatasetReader, Dataset> bytes = r -> r.read(Fixture.bytes(), "bytes.json");
    return Stream.of(Arguments.of("path", path), Arguments.of("stream", stream), Arguments.of("bytes", bytes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void readsInputOfExactlyTheLimit(String input, Function<DatasetReader, Dataset> read) {
    Dataset data = read.apply(reader.withLimits(Limits.defaults().withMaxDocumentBytes(Fixture.bytes().length)))
        .allTime();

    assertThat(data.roles()).isEqualTo(Fixture.dataset().roles());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void refusesInputOverTheLimitAsLimitExceeded(String input, Function<DatasetReader, Dataset> read) {
    long limit = Fixture.bytes().length - 1L;

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class,
        () -> read.apply(reader.withLimits(Limits.defaults().withMaxDocumentBytes(limit))));

    assertThat(e).isNotNull();
    assertThat(e.violations()).hasSize(1);
    assertThat(e.first().code()).isEqualTo(ViolationCode.LIMIT_EXCEEDED);
    if (input.equals("stream")) {
      // A stream is not measured first: the error is where reading stopped, past the limit.
      assertThat(e.first().line()).isPositive();
    } else {
      assertThat(e.first().jsonPath()).isEqualTo("$");
      assertThat(e.first().recordId()).isEmpty();
    }
    assertThat(e.first().message()).contains("limit of " + limit).contains("withMaxDocumentBytes");
  }

  @Test
  void missingFileIsUnreadableAndNamed(@TempDir Path dir) {
    Path missing = dir.resolve("missing-relations.json");

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class, () -> reader.read(missing));

    assertThat(e).isNotNull().hasMessageContaining(missing.toString());
    assertThat(e.violations()).hasSize(1);
    assertThat(e.first().code()).isEqualTo(ViolationCode.UNREADABLE);
    assertThat(e.first().source()).isEqualTo(missing.toString());
    assertThat(e.first().line()).isZero();
    assertThat(e.first().column()).isZero();
    assertThat(e.first().message()).isEqualTo("cannot read: no such file");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
  }

  @Test
  void aFolderIsUnreadableAndSaidToBeNoFile(@TempDir Path dir) {
    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class, () -> reader.read(dir));
    ValidationReport report = Validator.standard().validate(dir);

    assertThat(e).isNotNull();
    assertThat(e.first().code()).isEqualTo(ViolationCode.UNREADABLE);
    assertThat(e.first().toString()).isEqualTo(dir + ": UNREADABLE at $: cannot read: it is a folder, not a file");
    assertThat(report.violations()).containsExactly(e.first());
  }

  @Test
  void readsACopyOfTheFixtureFromAnyDirectory(@TempDir Path dir) throws IOException {
    Path copy = Files.write(dir.resolve("copy.json"), Fixture.bytes());

    Dataset data = reader.read(copy);

    assertThat(data.info().sourceName()).isEqualTo(copy.toString());
    assertThat(data.info().sha256()).isEqualTo(Fixture.dataset().info().sha256());
  }

  @Test
  void failingStreamIsUnreadable() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };

    DatasetLoadException e = catchThrowableOfType(
        DatasetLoadException.class, () -> reader.read(failing, "failing.json"));

    assertThat(e).isNotNull().hasMessageContaining("failing.json").hasMessageContaining("disk on fire");
    assertThat(e.first().code()).isEqualTo(ViolationCode.UNREADABLE);
  }

  @Test
  void leavesTheStreamOpen() throws IOException {
    boolean[] closed = {false};
    try (InputStream in = new FilterInputStream(new ByteArrayInputStream(Fixture.bytes())) {
      @Override
      public void close() throws IOException {
        closed[0] = true;
        super.close();
      }
    }) {
      reader.read(in, "stream.json");

      assertThat(closed[0]).isFalse();
    }
    assertThat(closed[0]).isTrue();
  }

  @Test
  void validateFindsNothingWrongWithTheFixture() {
    assertThat(reader.validate(Fixture.bytes(), Fixture.NAME).violations()).isEmpty();
    assertThat(reader.validate(Fixture.path()).violations()).isEmpty();
  }

  @Test
  void validateListsTheViolationsThatReadThrows() {
    byte[] broken = Fixture.editRecord("centre-spoc", "\"holder\": \"example-centre\"", "\"holder\": \"nobody\"")
        .getBytes(StandardCharsets.UTF_8);

    DatasetLoadException e = catchThrowableOfType(DatasetLoadException.class, () -> reader.read(broken, "broken.json"));

    assertThat(reader.validate(broken, "broken.json").errors()).isNotEmpty().isEqualTo(e.violations());
  }

  @Test
  void aReaderMadeFromAnotherKeepsItsLeniencyAndLimits() {
    Limits small = Limits.defaults().withMaxDocumentBytes(1L << 20);
    DatasetReader lenient = DatasetReader.lenient().withLimits(small).withValidator(Validator.standard());
    DatasetReader strict = DatasetReader.standard().withValidator(Validator.standard()).withLimits(small);

    assertThat(lenient.isLenient()).isTrue();
    assertThat(strict.isLenient()).isFalse();
    assertThat(lenient.limits()).isEqualTo(small);
    assertThat(strict.limits()).isEqualTo(small);
  }
}
