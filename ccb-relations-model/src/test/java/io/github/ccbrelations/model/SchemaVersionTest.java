package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaVersionTest {
  @Test
  void parsesMajorMinorAndPatch() {
    SchemaVersion version = SchemaVersion.parse("1.12.0");

    assertThat(version.major()).isEqualTo(1);
    assertThat(version.minor()).isEqualTo(12);
    assertThat(version.patch()).isEqualTo(0);
  }

  @Test
  void comparesPartsAsNumbersNotText() {
    Stream<String> shuffled = Stream.of("1.10.0", "2.0.0", "1.2.0", "0.9.9", "1.2.10", "1.2.2");

    assertThat(shuffled.map(SchemaVersion::parse).sorted().map(SchemaVersion::text))
        .containsExactly("0.9.9", "1.2.0", "1.2.2", "1.2.10", "1.10.0", "2.0.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01.0.0", "1.00.0", "1.0.0.0", "1.0.1234567"})
  void rejectsLeadingZerosExtraPartsAndHugeNumbersNamingThem(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SchemaVersion.parse(text))
        .withMessageContaining("MAJOR.MINOR.PATCH")
        .withMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1", "1.0.0-SNAPSHOT", "1..0", "v1.0.0", "a.b.c", ""})
  void rejectsTextWithoutThreeNumericPartsNamingIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SchemaVersion.parse(text))
        .withMessageContaining("MAJOR.MINOR.PATCH")
        .withMessageContaining("'" + text + "'");
  }
}
