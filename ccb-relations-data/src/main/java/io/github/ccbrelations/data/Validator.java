package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.data.internal.Load;
import io.github.ccbrelations.data.internal.json.ReadLimits;
import io.github.ccbrelations.data.internal.rules.RuleOptions;
import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks a dataset in the ccb-relations format against every rule and reports every violation in one run, each
 * with its stable {@link ViolationCode}, {@link Severity}, source, line and column, JSON path, record id and message.
 * The loader ({@link DatasetReader#read(Path)}) applies the same rules and fails on the errors; the validator
 * returns a {@link ValidationReport} instead of throwing.
 *
 * <p>The rules:
 * <ul>
 *   <li><b>shape</b> ({@code SYNTAX}, {@code ENCODING}, {@code LIMIT_EXCEEDED}, {@code SHAPE}, {@code UNKNOWN_FIELD},
 *       {@code INVALID_VALUE}, {@code UNSUPPORTED_SCHEMA_VERSION}): well-formed UTF-8 JSON within the reader's
 *       {@link Limits}, with the fields of the format and nothing else (see {@link DatasetReader} for lenient
 *       reading), values of the right type and form (ids, CELEX numbers, ELIs, numacs, OSCE decision symbols, dates,
 *       versions) and the invariants of each record, among them that no list holds an entry twice (two entries are
 *       the same when they say the same thing, their sources aside: a legal basis of the same instrument, provision
 *       and validity), reported at the second.
 *       A record that breaks one is reported with its path and still counts by the id it was read with: another
 *       record with that id is a {@code DUPLICATE_ID}, and a reference to it is not dangling. A record whose values
 *       fail or are missing is still checked in the same run for its invariants, and a record that fails in a value
 *       or an invariant is judged by the rules below (dates, identifiers, sources, citations of it, names, acronyms,
 *       successors) on the rest: a check that reads a failed value, a field its invariants refused or a list that
 *       lost an entry waits until it is fixed, and so does every rule on a record whose id failed but those on its
 *       references and citations. A citation that fails is checked in the same way (its source, section, paragraph
 *       and supported fields), on what did not fail in it. Broken JSON ends the check, as the last violation listed.
 *   <li><b>ids</b> ({@code DUPLICATE_ID}): unique per record type, checked even when a top-level array is missing
 *       or broken (which skips the rules below); a redirect starts at a retired id.
 *   <li><b>references</b> ({@code DANGLING_REFERENCE}): every body, role, instrument and source a record names
 *       exists, and so do the section and paragraph a source reference names; the fields a citation
 *       {@code supports} are fields that the object citing it gives; redirects end at a live record.
 *   <li><b>cycles</b> ({@code CYCLE}): none in the body hierarchy, in the succession ({@code replacedBy}) of bodies,
 *       instruments and roles, in {@code inCapacityOf} between roles, or in redirects.
 *   <li><b>sources</b> ({@code UNSOURCED_ROLE}): every role cites at least one source.
 *   <li><b>date order</b> ({@code INVALID_DATE_ORDER}): an instrument does not apply before it enters into force;
 *       a body is not valid before it was founded; a legal basis does not start before its instrument was adopted
 *       nor end after the instrument's end of validity. (The order of dates within one record, such as adoption
 *       before entry into force, is an invariant of the record: {@code INVALID_VALUE}.)
 *   <li><b>plausible dates</b> ({@code IMPLAUSIBLE_DATE}): no date before {@link #earliestYear()} (default
 *       {@value #DEFAULT_EARLIEST_YEAR}); a past event (adoption, publication, foundation, consultation of a source)
 *       not after the release date plus {@link #pastEventTolerance()} (default one year); no date more than
 *       50 years after the release date; the release date in the year and month of the dataset version. A partial
 *       date is implausible only when every day it covers is.
 *   <li><b>identifiers</b> ({@code IDENTIFIER_MISMATCH}): a CELEX number only on EU law (directive, regulation,
 *       decision, Council conclusions or framework), a numac only on a Belgian law or royal decree, an OSCE
 *       decision symbol only on an OSCE decision; a {@code data.europa.eu} ELI names the same year and number as
 *       the CELEX number; another ELI that contains a numac contains the instrument's own.
 *   <li><b>languages</b> ({@code MISSING_LANGUAGE}): by default every record has at least one label (a record
 *       invariant); {@link #requireBodyNamesIn(Language...)} also requires an official name of every body in the
 *       given languages, except where the body says it has none there ({@code noOfficialName}).
 *   <li><b>acronyms</b> ({@code SHARED_ACRONYM}): no two bodies have the same acronym in one language, compared as
 *       name lookups compare (ignoring case, accents and punctuation), except a body and the one that replaced it.
 *   <li><b>successors</b> ({@code MISSING_SUCCESSOR}, a <em>warning</em>): an instrument that another repeals, or
 *       whose end of validity is on or before the release date, names its successor in {@code replacedBy}. An
 *       instrument that lapsed without a successor keeps the warning; accept it by its code.
 * </ul>
 * Every rule but the last is an error.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard()
 *     .requireBodyNamesIn(Language.FR, Language.NL)
 *     .validate(Path.of("my-relations.json"));
 * report.errors().forEach(System.err::println);
 * }</pre>
 *
 * <p>For any bytes, {@code validate} returns a report and never throws.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Validator extends Checker {
  /** The default earliest plausible year of any date. */
  public static final int DEFAULT_EARLIEST_YEAR = 1800;

  /** The default time after the release date within which a past event may still be dated. */
  public static final Period DEFAULT_PAST_EVENT_TOLERANCE = Period.ofYears(1);

  private static final Validator STANDARD =
      new Validator(Set.of(), DEFAULT_EARLIEST_YEAR, DEFAULT_PAST_EVENT_TOLERANCE);

  private final Set<Language> requiredBodyNames;
  private final int earliestYear;
  private final Period pastEventTolerance;

  private Validator(Set<Language> requiredBodyNames, int earliestYear, Period pastEventTolerance) {
    this.requiredBodyNames = requiredBodyNames;
    this.earliestYear = earliestYear;
    this.pastEventTolerance = pastEventTolerance;
  }

  /** The validator with the default options, the rules the loader applies. */
  public static Validator standard() {
    return STANDARD;
  }

  /**
   * A validator that also requires every body to have an official name ({@code NAME} label) in each of the given
   * languages (none to require none), reporting {@link ViolationCode#MISSING_LANGUAGE} otherwise; a body whose
   * {@code noOfficialName} names a language is not required to have a name in it. The other options are kept.
   *
   * @throws NullPointerException if a language is null
   */
  public Validator requireBodyNamesIn(Language... languages) {
    EnumSet<Language> set = EnumSet.noneOf(Language.class);
    for (Language l : requireNonNull(languages, "languages")) {
      set.add(requireNonNull(l, "language"));
    }
    return new Validator(Collections.unmodifiableSet(set), earliestYear, pastEventTolerance);
  }

  /**
   * A validator with another earliest plausible year, from 1000 to 9999 (the years a date of the format can have):
   * dates before it are {@link ViolationCode#IMPLAUSIBLE_DATE}. The other options are kept.
   *
   * @throws IllegalArgumentException if the year is below 1000 or above 9999
   */
  public Validator withEarliestYear(int year) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("earliestYear must be from 1000 to 9999: " + year);
    }
    return new Validator(requiredBodyNames, year, pastEventTolerance);
  }

  /**
   * A validator with another tolerance for past events dated after the release date, a period from zero to 50
   * years such as {@code Period.ofYears(2)}: no date lies more than 50 years after the release date, so a longer
   * tolerance would mean nothing. The other options are kept.
   *
   * @throws IllegalArgumentException if the period is negative in any unit or longer than 50 years
   */
  public Validator withPastEventTolerance(Period tolerance) {
    requireNonNull(tolerance, "tolerance");
    if (tolerance.isNegative() || !withinHorizon(tolerance)) {
      throw new IllegalArgumentException(
          "pastEventTolerance must be from P0D to " + RuleOptions.HORIZON + " with no negative part: " + tolerance);
    }
    return new Validator(requiredBodyNames, earliestYear, tolerance);
  }

  /** Whether a non-negative period reaches no further than the horizon; its parts are bounded before any date sum. */
  private static boolean withinHorizon(Period p) {
    if (p.toTotalMonths() > RuleOptions.HORIZON.toTotalMonths() || p.getDays() > 366 * RuleOptions.HORIZON.getYears()) {
      return false;
    }
    // Months and days together, measured from one fixed day: the bound is about reach, not calendar exactness.
    LocalDate start = LocalDate.of(2000, 1, 1);
    return !start.plus(p).isAfter(start.plus(RuleOptions.HORIZON));
  }

  /** The languages in which every body must have an official name; empty by default. */
  public Set<Language> requiredBodyNames() {
    return requiredBodyNames;
  }

  /** The earliest plausible year of any date; {@value #DEFAULT_EARLIEST_YEAR} by default. */
  public int earliestYear() {
    return earliestYear;
  }

  /** How long after the release date a past event may still be dated; one year by default. */
  public Period pastEventTolerance() {
    return pastEventTolerance;
  }

  /**
   * Validates a loaded dataset against these options, for example for names in more languages than the loader
   * required. A loaded dataset has passed the loader's rules, so the report, which names the dataset's source, holds
   * warnings and what these options add. Every record is checked, whatever the day the dataset answers for. The
   * violations have no line and column (0): a loaded dataset no longer knows them; the JSON paths count records in
   * file order.
   */
  public ValidationReport validate(Dataset dataset) {
    requireNonNull(dataset, "dataset");
    return new ValidationReport(dataset.info().sourceName(), Load.check(dataset.records, options()));
  }

  /** These options as the rules take them. */
  RuleOptions options() {
    return new RuleOptions(requiredBodyNames, earliestYear, pastEventTolerance);
  }

  @Override
  Load load() {
    return new Load(ReadLimits.DEFAULTS, false, options());
  }

  @Override
  public String toString() {
    return "Validator[requiredBodyNames=" + requiredBodyNames + ", earliestYear=" + earliestYear
        + ", pastEventTolerance=" + pastEventTolerance + "]";
  }
}
