package io.github.ccbrelations.testing;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;

/**
 * Soft assertions: every failure is collected and reported at the end, all at once, rather than the first one ending
 * the test. Beside AssertJ's own ({@code softly.assertThat("text")}), they assert on datasets, reports, bodies, roles
 * and instruments as {@link CcbAssertions} does.
 *
 * <pre>{@code
 * CcbSoftAssertions.assertSoftly(softly -> {
 *   softly.assertThat(data).hasRole("ccb-csirt").isHeldBy("ccb").isBasedOn("32022L2555");
 *   softly.assertThat(report).inRecord("ccb-csirt").doesNotHaveViolation(ViolationCode.SHAPE);
 * });
 * }</pre>
 *
 * <p>With AssertJ's JUnit 5 extension, {@code @ExtendWith(SoftAssertionsExtension.class)}, a test method takes a
 * {@code CcbSoftAssertions} parameter (or an {@code @InjectSoftAssertions} field) and the extension calls
 * {@link #assertAll()} after it. Or make one with {@code new CcbSoftAssertions()} and call {@code assertAll()}.
 */
public class CcbSoftAssertions extends AbstractSoftAssertions
    implements StandardSoftAssertionsProvider, CcbSoftAssertionsProvider {
  /** Soft assertions with no failure collected yet; also made by AssertJ's {@code SoftAssertionsExtension}. */
  public CcbSoftAssertions() {}

  /**
   * Runs the assertions softly, then fails with every failure they collected, if any.
   *
   * @param softly the assertions, given a {@code CcbSoftAssertions} to assert with
   * @throws AssertionError if an assertion failed; it lists every failure
   */
  public static void assertSoftly(Consumer<CcbSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(CcbSoftAssertions.class, softly::accept);
  }
}
