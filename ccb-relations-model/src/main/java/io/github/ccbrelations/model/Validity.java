package io.github.ccbrelations.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The span of time in which a record holds, from an optional start to an optional end, both inclusive.
 *
 * <p>An absent bound means "not known or not limited" on that side. With partial dates, a day is inside when it
 * is not before the first day of {@link #from()} and not after the last day of {@link #to()}.
 */
@Value.Immutable
public interface Validity {
  /**
   * The first day on which the record holds.
   *
   * @return the start; empty when unknown or unbounded
   */
  Optional<PartialDate> from();

  /**
   * The last day on which the record holds.
   *
   * @return the end, inclusive; empty when it still holds or the end is unknown
   */
  Optional<PartialDate> to();

  /**
   * A validity with the bounds given, either or both of which may be absent (an absent bound is open).
   *
   * @param from the start; empty when unknown or unbounded
   * @param to the end, inclusive; empty when it still holds or the end is unknown
   * @return the validity; never null
   * @throws IllegalArgumentException if the end is before the start
   */
  static Validity of(Optional<PartialDate> from, Optional<PartialDate> to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return ImmutableValidity.builder().from(from).to(to).build();
  }

  /**
   * A validity with both bounds given.
   *
   * @param from the start
   * @param to the end, inclusive
   * @return the validity; never null
   * @throws IllegalArgumentException if the end is before the start
   */
  static Validity between(PartialDate from, PartialDate to) {
    return ImmutableValidity.builder().from(from).to(to).build();
  }

  /**
   * A validity that starts on a date and has no known end.
   *
   * @param from the start
   * @return the validity; never null
   */
  static Validity from(PartialDate from) {
    return ImmutableValidity.builder().from(from).build();
  }

  /**
   * A validity that ends on a date and has no known start.
   *
   * @param to the end, inclusive
   * @return the validity; never null
   */
  static Validity until(PartialDate to) {
    return ImmutableValidity.builder().to(to).build();
  }

  /**
   * Whether the record holds on the given day.
   *
   * @param date a day
   * @return true unless the day is before the start or after the end
   */
  default boolean includes(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from().isEmpty() || !date.isBefore(from().get().earliest()))
        && (to().isEmpty() || !date.isAfter(to().get().latest()));
  }

  @Value.Check
  default void check() {
    if (from().isPresent() && to().isPresent() && to().get().latest().isBefore(from().get().earliest())) {
      throw new InvalidFieldException("to",
          "validity ends before it starts: from " + from().get().text() + " to " + to().get().text(), "from");
    }
  }
}
