package io.github.ccbrelations.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {
  @ParameterizedTest(name = "{0} in [{1}, {2}], successor {3}: {4}")
  @CsvSource({
    "2020-05-31, 2020-06, 2024-10-17, , NOT_YET_VALID",
    "2020-06-01, 2020-06, 2024-10-17, , ACTIVE",
    "2024-10-17, 2020-06, 2024-10-17, , ACTIVE",
    "2024-10-18, 2020-06, 2024-10-17, , ENDED",
    "2024-10-18, 2020-06, 2024-10-17, nis2-directive, SUPERSEDED",
    "2024-10-18, , , nis2-directive, ACTIVE",
    "2024-12-31, , 2024, , ACTIVE",
    "2025-01-01, , 2024, , ENDED",
  })
  void statusFollowsTheRecordedSpanAndSuccessor(
      LocalDate day, String start, String end, String successor, LifecycleStatus expected) {
    Lifecycle lifecycle = Lifecycle.of(day, Optional.ofNullable(start).map(PartialDate::parse),
        Optional.ofNullable(end).map(PartialDate::parse), Optional.ofNullable(successor));
    assertThat(lifecycle.status()).isEqualTo(expected);
    assertThat(lifecycle.isActive()).isEqualTo(expected == LifecycleStatus.ACTIVE);
    assertThat(lifecycle.successor()).isEqualTo(Optional.ofNullable(successor));
    assertThat(lifecycle.date()).isEqualTo(day);
  }
}
