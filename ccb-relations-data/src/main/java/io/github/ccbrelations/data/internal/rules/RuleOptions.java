package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.model.Language;
import java.time.Period;
import java.util.Set;

/**
 * The options of the rules between records, as plain values: what a {@link Validator}'s settings come to.
 *
 * @param requiredBodyNames the languages every body must have an official name in
 * @param earliestYear the earliest plausible year of any date
 * @param pastEventTolerance how long after the release date a past event may still be dated
 */
public record RuleOptions(Set<Language> requiredBodyNames, int earliestYear, Period pastEventTolerance) {
  /** No date lies further after the release date. */
  public static final Period HORIZON = Period.ofYears(50);
}
