package io.github.ccbrelations.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A date known to a year, a month or a day, as sources give them: {@code "2020"}, {@code "2020-06"} (the page's
 * "juin 2020") or {@code "2021-05-20"}.
 *
 * <p>A partial date stands for the whole span it covers: {@code "2020-06"} is every day of June 2020. Its
 * JSON form is its ISO-8601 text.
 *
 * <pre>{@code
 * PartialDate june2020 = PartialDate.parse("2020-06");
 * june2020.earliest();   // 2020-06-01
 * june2020.latest();     // 2020-06-30
 * }</pre>
 */
@Value.Immutable
public interface PartialDate extends Comparable<PartialDate> {
  /** How much of a partial date is known. */
  enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and the month. */
    MONTH,
    /** A full calendar date. */
    DAY
  }

  /**
   * The ISO-8601 text, as written in the dataset.
   *
   * @return {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; never null
   */
  @Value.Parameter
  String text();

  /**
   * The year.
   *
   * @return a year from 1000 to 9999
   */
  default int year() {
    return Checks.digits(text(), 0, 4);
  }

  /**
   * The month, where known.
   *
   * @return 1 to 12; empty for a year alone
   */
  default Optional<Integer> month() {
    return text().length() >= 7 ? Optional.of(Checks.digits(text(), 5, 7)) : Optional.empty();
  }

  /**
   * The day of the month, where known.
   *
   * @return 1 to 31; empty unless the month is known
   */
  default Optional<Integer> day() {
    return text().length() == 10 ? Optional.of(Checks.digits(text(), 8, 10)) : Optional.empty();
  }

  /**
   * A year alone.
   *
   * @param year from 1000 to 9999
   * @return the partial date; never null
   * @throws IllegalArgumentException if the year is out of range
   */
  static PartialDate ofYear(int year) {
    return parse(String.format(Locale.ROOT, "%04d", year));
  }

  /**
   * A year and a month.
   *
   * @param year from 1000 to 9999
   * @param month from 1 to 12
   * @return the partial date; never null
   * @throws IllegalArgumentException if a part is out of range
   */
  static PartialDate ofMonth(int year, int month) {
    return parse(String.format(Locale.ROOT, "%04d-%02d", year, month));
  }

  /**
   * A full date.
   *
   * @param date the date, with a year from 1000 to 9999
   * @return the partial date; never null
   * @throws IllegalArgumentException if the year is out of range
   */
  static PartialDate of(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return parse(date.toString());
  }

  /**
   * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
   *
   * @param text the ISO-8601 text
   * @return the partial date; never null
   * @throws IllegalArgumentException if the text has another form (an ISO-8601 expanded year such as
   *     {@code "+10000-01-01"} or {@code "-0001"} included) or names no real date, such as {@code "2021-02-30"}
   */
  static PartialDate parse(String text) {
    return ImmutablePartialDate.of(text);
  }

  /**
   * How much of the date is known.
   *
   * @return the precision; never null
   */
  default Precision precision() {
    return day().isPresent() ? Precision.DAY : month().isPresent() ? Precision.MONTH : Precision.YEAR;
  }

  /**
   * The first day the partial date covers.
   *
   * @return for {@code "2020-06"}, 1 June 2020; never null
   */
  default LocalDate earliest() {
    String t = text();
    int month = t.length() >= 7 ? Checks.digits(t, 5, 7) : 1;
    return LocalDate.of(year(), month, t.length() == 10 ? Checks.digits(t, 8, 10) : 1);
  }

  /**
   * The last day the partial date covers.
   *
   * @return for {@code "2020-06"}, 30 June 2020; never null
   */
  default LocalDate latest() {
    String t = text();
    if (t.length() == 10) {
      return earliest();
    }
    if (t.length() >= 7) {
      return YearMonth.of(year(), Checks.digits(t, 5, 7)).atEndOfMonth();
    }
    return LocalDate.of(year(), 12, 31);
  }

  /**
   * Whether the given day falls within the span this partial date covers.
   *
   * @param date a day
   * @return true if {@code earliest() <= date <= latest()}
   */
  default boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(earliest()) && !date.isAfter(latest());
  }

  /** Orders by earliest day, then a less precise date (a longer span) before a more precise one. */
  @Override
  default int compareTo(PartialDate other) {
    int byStart = earliest().compareTo(other.earliest());
    return byStart != 0 ? byStart : other.latest().compareTo(latest());
  }

  @Value.Check
  default void check() {
    // yyyy, yyyy-MM or yyyy-MM-dd in ASCII digits, read by hand: a regex match and its groups cost more than the
    // rest of a date's check, and every date of a file is checked.
    String t = text();
    int n = t.length();
    boolean shape = (n == 4 || n == 7 || n == 10)
        && Checks.allDigits(t, 0, 4)
        && (n < 7 || (t.charAt(4) == '-' && Checks.allDigits(t, 5, 7)))
        && (n < 10 || (t.charAt(7) == '-' && Checks.allDigits(t, 8, 10)));
    if (!shape) {
      throw new IllegalArgumentException(
          "date must be yyyy, yyyy-MM or yyyy-MM-dd, with a year of exactly four digits and no sign: '"
              + Checks.abbreviate(text()) + "'");
    }
    int month = n >= 7 ? Checks.digits(t, 5, 7) : 1;
    int day = n == 10 ? Checks.digits(t, 8, 10) : 1;
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("not a real date: '" + text() + "' (months run from 01 to 12)");
    }
    // The month's length, rather than a LocalDate made for every date checked and dropped.
    int days = Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year()));
    if (day < 1 || day > days) {
      throw new IllegalArgumentException(
          "not a real date: '" + text() + "' (" + t.substring(0, 7) + " has days 01 to " + days + ")");
    }
    if (year() < 1000) {
      throw new IllegalArgumentException("year must be from 1000 to 9999: '" + text() + "'");
    }
  }
}
