package io.github.ccbrelations.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a record stands on a given day: its status, the day it started or ended where that is recorded, and the
 * record that replaced it.
 *
 * <pre>{@code
 * Lifecycle nis = nisDirective.lifecycleOn(LocalDate.of(2026, 1, 1));
 * nis.status();      // SUPERSEDED
 * nis.successor();   // "nis2-directive"
 * }</pre>
 */
@Value.Immutable
public interface Lifecycle {
  /**
   * The day asked about.
   *
   * @return the day; never null
   */
  LocalDate date();

  /**
   * The status on that day.
   *
   * @return the status; never null
   */
  LifecycleStatus status();

  /**
   * The recorded start of the record.
   *
   * @return the start; empty when not recorded
   */
  Optional<PartialDate> start();

  /**
   * The recorded end of the record (inclusive).
   *
   * @return the end; empty when it has none or it is not recorded
   */
  Optional<PartialDate> end();

  /**
   * The id of the record that replaced this one, whatever the day.
   *
   * @return the successor's id; empty when it was not replaced
   */
  Optional<String> successor();

  /**
   * Works out the lifecycle from a record's recorded span and successor.
   *
   * @param date the day asked about
   * @param start the recorded start, if any
   * @param end the recorded inclusive end, if any
   * @param successor the id of the record that replaced it, if any
   * @return the lifecycle; never null
   */
  static Lifecycle of(LocalDate date, Optional<PartialDate> start, Optional<PartialDate> end,
      Optional<String> successor) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(successor, "successor");
    LifecycleStatus status;
    if (start.isPresent() && date.isBefore(start.get().earliest())) {
      status = LifecycleStatus.NOT_YET_VALID;
    } else if (end.isPresent() && date.isAfter(end.get().latest())) {
      status = successor.isPresent() ? LifecycleStatus.SUPERSEDED : LifecycleStatus.ENDED;
    } else {
      status = LifecycleStatus.ACTIVE;
    }
    return ImmutableLifecycle.builder()
        .date(date)
        .status(status)
        .start(start)
        .end(end)
        .successor(successor)
        .build();
  }

  /**
   * Whether the record holds on the day.
   *
   * @return true when the status is {@link LifecycleStatus#ACTIVE}
   */
  default boolean isActive() {
    return status() == LifecycleStatus.ACTIVE;
  }
}
