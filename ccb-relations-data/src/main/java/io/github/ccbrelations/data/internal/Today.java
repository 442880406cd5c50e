package io.github.ccbrelations.data.internal;

import java.time.LocalDate;
import java.util.TimeZone;

/**
 * Today's date in Brussels by the system clock, read through {@link TimeZone}. The rules are those of
 * {@code java.time} (both read the JDK's {@code tzdb.dat}), but {@code ZoneId.of} first asks every provider of zone
 * rules on the class path, and {@code java.time} spins a class for the rule of summer time: about 25 ms in a fresh
 * JVM, against 6 to 11 this way, and 11 ms less for {@code bundled()} and its first answer (#19). {@code TodayTest}
 * checks that the two agree from 1900, around every change of the clocks; before 1900, a time no system clock shows,
 * {@link TimeZone} gives +01:00 where {@code java.time} gives local mean time, then GMT.
 */
public final class Today {
  /** The zone in which the dataset's "today" is taken: the data is about Belgium. */
  public static final String ZONE_ID = "Europe/Brussels";

  private static final long MILLIS_PER_DAY = 86_400_000L;
  /** Never handed out: a {@link TimeZone} can be changed. */
  private static final TimeZone BRUSSELS = brussels();

  private Today() {}

  private static TimeZone brussels() {
    TimeZone zone = TimeZone.getTimeZone(ZONE_ID);
    // An id the JDK does not know gives GMT, silently; ZoneId.of would refuse it, and so does this.
    if (!zone.getID().equals(ZONE_ID)) {
      throw new IllegalStateException("this Java runtime has no time zone " + ZONE_ID);
    }
    return zone;
  }

  /** Today's date in Brussels by the system clock. */
  public static LocalDate inBrussels() {
    return inBrussels(System.currentTimeMillis());
  }

  /** The date in Brussels at an instant, in milliseconds since the epoch. */
  static LocalDate inBrussels(long epochMillis) {
    return LocalDate.ofEpochDay(Math.floorDiv(epochMillis + BRUSSELS.getOffset(epochMillis), MILLIS_PER_DAY));
  }
}
