package io.github.ccbrelations.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.DatasetReader;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticDatasetTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(ints = {20, 1_000, 10_000})
  void generatedFilesLoadWithoutErrorsOrWarnings(int records) throws IOException {
    Path file = SyntheticDataset.write(dir.resolve("s.json"), records, SyntheticDataset.DEFAULT_SEED);

    ValidationReport report = DatasetReader.standard().validate(file);
    Dataset data = DatasetReader.standard().read(file);

    assertThat(report.violations()).isEmpty();
    assertThat(data.info().sourceCount() + data.info().bodyCount() + data.info().instrumentCount()
        + data.info().roleCount())
        .isEqualTo(records);
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000})
  void theDatabindPeerBindsTheSameRecords(int records) throws IOException {
    Path file = SyntheticDataset.write(dir.resolve("s.json"), records, SyntheticDataset.DEFAULT_SEED);

    DatabindPeer.File bound = new DatabindPeer().read(Files.readAllBytes(file));
    Dataset data = DatasetReader.standard().read(file).allTime();

    assertThat(bound.header()).isEqualTo(data.info().header());
    assertThat(bound.sources()).isEqualTo(data.sources());
    assertThat(bound.bodies()).isEqualTo(data.bodies());
    assertThat(bound.instruments()).isEqualTo(data.instruments());
    assertThat(bound.roles()).isEqualTo(data.roles());
  }

  @ParameterizedTest
  @ValueSource(ints = {10_000})
  void generatedFilesHaveTheBundledProportionsAndReferences(int records) throws IOException {
    Dataset data = DatasetReader.standard()
        .read(SyntheticDataset.write(dir.resolve("s.json"), records, SyntheticDataset.DEFAULT_SEED))
        .allTime();

    int bodies = data.bodies().size();
    assertThat((double) data.instruments().size() / bodies).isBetween(0.35, 0.45);
    assertThat((double) data.roles().size() / bodies).isBetween(0.8, 0.9);
    assertThat((double) data.sources().size() / bodies).isBetween(1.9, 2.1);
    assertThat(data.roles()).extracting(r -> r.legalBases().size()).contains(0, 1, 2, 3, 4);
    assertThat(data.bodies()).filteredOn(b -> b.partOf().isPresent()).hasSizeGreaterThan(bodies / 10);
    assertThat(data.bodies()).anySatisfy(b -> assertThat(data.ancestorsOf(b.id())).hasSizeGreaterThanOrEqualTo(2));
    assertThat(data.sources()).filteredOn(s -> !s.sections().isEmpty()).isNotEmpty();
    assertThat(data.bodies()).flatExtracting(Body::labels).extracting(l -> l.language().code())
        .contains("fr", "nl", "en", "de");
    Role some = data.roles().get(data.roles().size() / 2);
    assertThat(data.rolesHeldBy(some.holder())).contains(some);
    assertThat(data.instruments()).anySatisfy(i -> assertThat(data.successorsOf(i.id())).isNotEmpty());
    assertThat(data.instruments()).anySatisfy(i -> assertThat(data.transposingLawsOf(i.id())).isNotEmpty());
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000})
  void theSameSeedGivesTheSameBytes(int records) throws IOException {
    Path a = SyntheticDataset.write(dir.resolve("a.json"), records, 7);
    Path b = SyntheticDataset.write(dir.resolve("b.json"), records, 7);

    assertThat(Files.mismatch(a, b)).isEqualTo(-1L);
  }
}
