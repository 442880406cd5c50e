package io.github.ccbrelations.data.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ccbrelations.data.Dataset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TodayTest {
  private static final ZoneId BRUSSELS = ZoneId.of(Dataset.ZONE_ID);
  private static final long HOUR = 3_600_000L;

  @Test
  void theZoneIsBrussels() {
    assertThat(Dataset.ZONE_ID).isEqualTo("Europe/Brussels");
  }

  @Test
  void agreesWithJavaTimeAroundEveryChangeOfTheClocksFrom1900To2100() {
    ZoneRules rules = BRUSSELS.getRules();
    Instant end = Instant.parse("2100-12-31T23:00:00Z");
    List<Long> instants = new ArrayList<>();
    int changes = 0;
    for (ZoneOffsetTransition t = rules.nextTransition(Instant.parse("1900-01-01T00:00:00Z"));
        t != null && t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
      changes++;
      long at = t.getInstant().toEpochMilli();
      for (long offset : new long[] {-3 * HOUR, -HOUR, -1, 0, 1, HOUR, 3 * HOUR}) {
        instants.add(at + offset);
      }
      // The local midnights on either side of the change, and a millisecond before each.
      LocalDate day = LocalDate.ofInstant(t.getInstant(), BRUSSELS);
      for (LocalDate d = day.minusDays(1); !d.isAfter(day.plusDays(1)); d = d.plusDays(1)) {
        long midnight = d.atStartOfDay(BRUSSELS).toInstant().toEpochMilli();
        instants.add(midnight);
        instants.add(midnight - 1);
      }
    }
    assertThat(changes).as("changes of the clocks found").isGreaterThan(300);
    for (long at : instants) {
      assertThat(Today.inBrussels(at)).as("at %s", Instant.ofEpochMilli(at))
          .isEqualTo(LocalDate.ofInstant(Instant.ofEpochMilli(at), BRUSSELS));
    }
  }

  /** From 1900: before, TimeZone gives +01:00 where java.time gives local mean time, then GMT; no clock is there. */
  @Test
  void agreesWithJavaTimeAtRandomInstantsFrom1900To2200() {
    SplittableRandom random = new SplittableRandom(20261205);
    long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
    long to = Instant.parse("2200-01-01T00:00:00Z").toEpochMilli();
    for (int i = 0; i < 100_000; i++) {
      long at = random.nextLong(from, to);
      assertThat(Today.inBrussels(at)).as("at %s", Instant.ofEpochMilli(at))
          .isEqualTo(LocalDate.ofInstant(Instant.ofEpochMilli(at), BRUSSELS));
    }
  }

  /** The date at each instant is checked above; here, that today is read from the system clock. */
  @Test
  void todayReadsTheSystemClock() {
    LocalDate before = LocalDate.now(BRUSSELS);
    LocalDate today = Today.inBrussels();
    LocalDate after = LocalDate.now(BRUSSELS);
    assertThat(today).isBetween(before, after);
  }
}
