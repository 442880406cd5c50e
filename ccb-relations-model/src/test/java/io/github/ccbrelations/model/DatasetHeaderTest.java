package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatasetHeaderTest {
  private static DatasetHeader.Builder header() {
    DatasetHeader.Builder builder = DatasetHeader.builder();
    builder
        .datasetVersion(DatasetVersion.parse("2026.11.0"))
        .schemaVersion(SchemaVersion.parse("1.0.0"))
        .released(LocalDate.of(2026, 11, 29));
    return builder;
  }

  @Test
  void keepsItsPrimarySourcesInOrder() {
    DatasetHeader header = header().addPrimarySources(SourceId.of("page-fr"), SourceId.of("page-en")).build();

    assertThat(header.primarySources()).containsExactly(SourceId.of("page-fr"), SourceId.of("page-en"));
  }

  @Test
  void rejectsAHeaderWithoutAPrimarySource() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> header().build())
        .withMessageContaining("at least one primary source");
  }

  @Test
  void rejectsTheSamePrimarySourceTwice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> header().addPrimarySources(SourceId.of("page-fr"), SourceId.of("page-fr")).build())
        .withMessageStartingWith("primarySources lists ")
        .withMessageContaining("page-fr")
        .withMessageEndingWith(" twice");
  }
}
