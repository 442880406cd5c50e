package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;

/**
 * The entry point of the AssertJ assertions on datasets, validation reports, bodies, roles and instruments.
 *
 * <pre>{@code
 * import static io.github.ccbrelations.testing.CcbAssertions.assertThat;
 *
 * assertThat(CcbRelations.bundled()).knowsBodies("enisa");
 * assertThat(data).hasRole("ccb-single-point-of-contact-nis").isHeldBy("ccb").isBasedOn("32016L1148");
 * }</pre>
 *
 * <p>Failure messages list every violation or problem on its own line, with its place.
 */
public final class CcbAssertions {
  private CcbAssertions() {}

  /**
   * Assertions on a dataset.
   *
   * @param actual the dataset; may be null, which fails every assertion
   * @return the assertion; never null
   */
  public static DatasetAssert assertThat(Dataset actual) {
    return new DatasetAssert(actual);
  }

  /**
   * Assertions on a validation report.
   *
   * @param actual the report; may be null, which fails every assertion
   * @return the assertion; never null
   */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }

  /**
   * Assertions on a body.
   *
   * @param actual the body; may be null, which fails every assertion
   * @return the assertion; never null
   */
  public static BodyAssert assertThat(Body actual) {
    return new BodyAssert(actual);
  }

  /**
   * Assertions on a role. {@link RoleAssert#isBasedOn(String)} needs the dataset the role is from: use
   * {@link DatasetAssert#hasRole(String)} or {@link RoleAssert#within(Dataset)}.
   *
   * @param actual the role; may be null, which fails every assertion
   * @return the assertion; never null
   */
  public static RoleAssert assertThat(Role actual) {
    return new RoleAssert(actual);
  }

  /**
   * Assertions on a legal instrument.
   *
   * @param actual the instrument; may be null, which fails every assertion
   * @return the assertion; never null
   */
  public static InstrumentAssert assertThat(LegalInstrument actual) {
    return new InstrumentAssert(actual);
  }
}
