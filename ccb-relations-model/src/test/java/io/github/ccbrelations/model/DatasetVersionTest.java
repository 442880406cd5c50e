package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetVersionTest {
  @Test
  void parsesYearMonthAndRelease() {
    DatasetVersion version = DatasetVersion.parse("2026.11.3");

    assertThat(version.year()).isEqualTo(2026);
    assertThat(version.month()).isEqualTo(11);
    assertThat(version.release()).isEqualTo(3);
    assertThat(version.text()).isEqualTo("2026.11.3");
  }

  @Test
  void comparesPartsAsNumbersNotText() {
    Stream<String> shuffled = Stream.of("2026.11.10", "2027.01.0", "2026.11.2", "2025.12.9", "2026.02.0");

    assertThat(shuffled.map(DatasetVersion::parse).sorted().map(DatasetVersion::text))
        .containsExactly("2025.12.9", "2026.02.0", "2026.11.2", "2026.11.10", "2027.01.0");
    assertThat(DatasetVersion.parse("2026.11.0")).isEqualByComparingTo(DatasetVersion.parse("2026.11.0"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026.13.0", "2026.00.0", "2026.1.0", "2026.11.01", "1999.01.0", "2026.11.0.1"})
  void rejectsOutOfRangeOrBadlyPaddedPartsNamingThem(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatasetVersion.parse(text))
        .withMessageContaining("YYYY.MM.N")
        .withMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026.11", "v2026.11.0", "2026-11-0", "2026.11.x", "x", ""})
  void rejectsTextWithoutThreeNumericPartsNamingIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DatasetVersion.parse(text))
        .withMessageContaining("YYYY.MM.N")
        .withMessageContaining("'" + text + "'");
  }
}
