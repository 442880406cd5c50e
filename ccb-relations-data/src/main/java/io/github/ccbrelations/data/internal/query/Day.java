package io.github.ccbrelations.data.internal.query;

import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.index.View;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Lifecycle;
import io.github.ccbrelations.model.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The mode of one dataset value (today by a clock, a fixed day, or all time) and the view of the records it answers
 * with; the lifecycle of a record is taken on its day.
 */
public final class Day {
  private final Records records;
  /** The view of a fixed day or of all time; null for the dataset as loaded, which answers for today. */
  private final @Nullable View fixed;
  private final Clock clock;
  private final AtomicReference<@Nullable View> today = new AtomicReference<>();

  private Day(Records records, @Nullable View fixed, Clock clock) {
    this.records = records;
    this.fixed = fixed;
    this.clock = clock;
  }

  /** The mode of the dataset as loaded: today, by the clock. */
  public static Day today(Records records, Clock clock) {
    return new Day(records, null, clock);
  }

  /** A fixed day, whatever the clock. */
  public Day on(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return new Day(records, new View(records, Optional.of(date)), clock);
  }

  /** Every record, whatever its dates. */
  public Day allTime() {
    return new Day(records, new View(records, Optional.empty()), clock);
  }

  /** The same mode with another clock: a fixed day stays fixed. */
  public Day withClock(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return new Day(records, fixed, clock);
  }

  /** The records that hold on the day of this call. */
  public View view() {
    if (fixed != null) {
      return fixed;
    }
    LocalDate now = LocalDate.now(clock);
    View current = today.get();
    if (current == null || !current.date.orElseThrow().equals(now)) {
      // Built once a day; two threads racing at midnight build the same view twice, which is harmless.
      current = new View(records, Optional.of(now));
      today.set(current);
    }
    return current;
  }

  public Lifecycle lifecycleOf(Role role) {
    Objects.requireNonNull(role, "role");
    return role.lifecycleOn(lifecycleDay());
  }

  public Lifecycle lifecycleOf(Body body) {
    Objects.requireNonNull(body, "body");
    return body.lifecycleOn(lifecycleDay());
  }

  public Lifecycle lifecycleOf(LegalInstrument instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return instrument.lifecycleOn(lifecycleDay());
  }

  /** The all-time view has no day: a lifecycle there is taken today, by the clock. */
  private LocalDate lifecycleDay() {
    return view().date.orElseGet(() -> LocalDate.now(clock));
  }
}
