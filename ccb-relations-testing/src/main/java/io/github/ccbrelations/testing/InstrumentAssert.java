package io.github.ccbrelations.testing;

import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Lifecycle;
import java.time.LocalDate;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link LegalInstrument}; obtain one with {@link CcbAssertions#assertThat(LegalInstrument)} or
 * {@link DatasetAssert#hasInstrument(String)}.
 */
public class InstrumentAssert extends AbstractObjectAssert<InstrumentAssert, LegalInstrument> {
  /**
   * Assertions on a legal instrument; made by {@link CcbAssertions}, by the proxies of
   * {@link CcbSoftAssertions}, and by subclasses.
   *
   * @param actual the instrument; may be null, which fails every assertion
   */
  protected InstrumentAssert(LegalInstrument actual) {
    super(actual, InstrumentAssert.class);
  }

  /**
   * Verifies the CELEX number of the instrument.
   *
   * @param celex the expected number, such as {@code "32022L2555"}
   * @return this assertion; never null
   * @throws AssertionError if the instrument is null or has another CELEX number, or none
   */
  public InstrumentAssert hasCelex(String celex) {
    isNotNull();
    if (!actual.celex().map(Celex::value).map(celex::equals).orElse(false)) {
      failWithMessage("Expected instrument '%s' to have CELEX number %s, but it has %s", actual.id().value(), celex,
          actual.celex().map(Celex::value).orElse("none"));
    }
    return this;
  }

  /**
   * Verifies that the instrument is in force on a day, by {@link LegalInstrument#isInForceOn(LocalDate)}.
   *
   * @param date the day
   * @return this assertion; never null
   * @throws AssertionError if the instrument is null or not in force that day; the message says when it is in force
   */
  public InstrumentAssert isInForceOn(LocalDate date) {
    isNotNull();
    if (!actual.isInForceOn(date)) {
      Lifecycle life = actual.lifecycleOn(date);
      failWithMessage("Expected instrument '%s' to be in force on %s, but it is in force %s%s", actual.id().value(),
          date, Spans.of(life.start(), life.end()), life.successor().map(s -> ", replaced by '" + s + "'").orElse(""));
    }
    return this;
  }

  /**
   * Verifies that the instrument is not in force on a day: the negation of {@link #isInForceOn(LocalDate)}.
   *
   * @param date the day
   * @return this assertion; never null
   * @throws AssertionError if the instrument is null or in force that day; the message says when it is in force
   */
  public InstrumentAssert isNotInForceOn(LocalDate date) {
    isNotNull();
    if (actual.isInForceOn(date)) {
      Lifecycle life = actual.lifecycleOn(date);
      failWithMessage("Expected instrument '%s' not to be in force on %s, but it is in force %s", actual.id().value(),
          date, Spans.of(life.start(), life.end()));
    }
    return this;
  }

  /**
   * Verifies the instrument that replaced this one.
   *
   * @param successorId the id of the successor, such as {@code "nis2-directive"}
   * @return this assertion; never null
   * @throws AssertionError if the instrument is null or names another successor, or none
   */
  public InstrumentAssert isReplacedBy(String successorId) {
    isNotNull();
    if (!actual.replacedBy().map(InstrumentId::value).map(successorId::equals).orElse(false)) {
      failWithMessage("Expected instrument '%s' to be replaced by '%s', but it is replaced by %s",
          actual.id().value(), successorId, actual.replacedBy().map(r -> "'" + r.value() + "'").orElse("none"));
    }
    return this;
  }
}
