package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The soft forms of {@link CcbAssertions}' assertions, for a class of soft assertions of one's own that gathers them
 * with others, as AssertJ's {@code SoftAssertionsProvider} interfaces are gathered:
 * {@code class MySoftAssertions extends AbstractSoftAssertions implements CcbSoftAssertionsProvider, ...}. Most tests
 * use {@link CcbSoftAssertions}.
 *
 * <p>A failure is collected rather than thrown, the failures of the assertions an assertion moves on to
 * ({@code hasBody}, {@code hasRole}, {@code hasInstrument}, {@code within}, {@code inRecord}) included. When
 * {@code hasBody} and the like find no record, that failure is collected and the assertions chained on it are skipped.
 */
public interface CcbSoftAssertionsProvider extends SoftAssertionsProvider {
  /**
   * Soft assertions on a dataset.
   *
   * @param actual the dataset; may be null, which fails every assertion
   * @return the assertion; never null
   */
  default DatasetAssert assertThat(Dataset actual) {
    DatasetAssert softly = proxy(DatasetAssert.class, Dataset.class, actual);
    softly.navigation = Navigation.softly(this);
    return softly;
  }

  /**
   * Soft assertions on a validation report.
   *
   * @param actual the report; may be null, which fails every assertion
   * @return the assertion; never null
   */
  default ValidationReportAssert assertThat(ValidationReport actual) {
    ValidationReportAssert softly = proxy(ValidationReportAssert.class, ValidationReport.class, actual);
    softly.navigation = Navigation.softly(this);
    return softly;
  }

  /**
   * Soft assertions on a body.
   *
   * @param actual the body; may be null, which fails every assertion
   * @return the assertion; never null
   */
  default BodyAssert assertThat(Body actual) {
    return proxy(BodyAssert.class, Body.class, actual);
  }

  /**
   * Soft assertions on a role; {@link RoleAssert#isBasedOn} needs {@link RoleAssert#within(Dataset)}, as with
   * {@link CcbAssertions#assertThat(Role)}.
   *
   * @param actual the role; may be null, which fails every assertion
   * @return the assertion; never null
   */
  default RoleAssert assertThat(Role actual) {
    RoleAssert softly = proxy(RoleAssert.class, Role.class, actual);
    softly.navigation = Navigation.softly(this);
    return softly;
  }

  /**
   * Soft assertions on a legal instrument.
   *
   * @param actual the instrument; may be null, which fails every assertion
   * @return the assertion; never null
   */
  default InstrumentAssert assertThat(LegalInstrument actual) {
    return proxy(InstrumentAssert.class, LegalInstrument.class, actual);
  }
}
