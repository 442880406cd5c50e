package io.github.ccbrelations.testing;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * How an assertion moves on to the next ({@code hasBody}, {@code within}, {@code inRecord}): directly, or, for soft
 * assertions, to a proxy that collects the next one's failures too. Either way the next one keeps the description
 * ({@code as(...)}) and representation, as AssertJ's own navigation ({@code extracting}) does, so that
 * {@code assertThat(data).as("our copy").hasBody("x")} still names "our copy" when the body's assertion fails.
 */
final class Navigation {
  /** Plain assertions: a failure throws at once. */
  static final Navigation PLAIN = new Navigation(null);

  private final @Nullable SoftAssertionsProvider softly;

  private Navigation(@Nullable SoftAssertionsProvider softly) {
    this.softly = softly;
  }

  /** Soft assertions: the next assertions' failures go to {@code softly}, as the first one's do. */
  static Navigation softly(SoftAssertionsProvider softly) {
    return new Navigation(softly);
  }

  /**
   * The assertion on what {@code actual} finds, made by {@code plain} or as a proxy of {@code type}, then prepared by
   * {@code setup} (for the state a proxy's one-argument constructor cannot take).
   *
   * <p>Softly, a failure to find (no such record) is collected, and the assertions chained after it go to a collector
   * that is thrown away: there is nothing to check, and a null to chain on would end the test with a
   * NullPointerException instead of the failures.
   */
  <A extends AbstractAssert<A, T>, T> A to(AbstractAssert<?, ?> origin, Class<A> type, Class<T> actualType,
      Supplier<T> actual, Function<T, A> plain, Consumer<A> setup) {
    A next;
    if (softly == null) {
      next = plain.apply(actual.get());
    } else {
      try {
        next = softly.proxy(type, actualType, actual.get());
      } catch (AssertionError notFound) {
        softly.collectAssertionError(fromTheCaller(notFound));
        next = new CcbSoftAssertions().proxy(type, actualType, null);
      }
    }
    setup.accept(next);
    return from(origin, next);
  }

  /** The same, for an assertion that holds nothing more than its actual value. */
  <A extends AbstractAssert<A, T>, T> A to(AbstractAssert<?, ?> origin, Class<A> type, Class<T> actualType,
      Supplier<T> actual, Function<T, A> plain) {
    return to(origin, type, actualType, actual, plain, next -> {});
  }

  /**
   * The failure with the frames of this navigation and of the assertions that navigate cut from the top of its stack
   * trace, so that AssertJ's soft assertions, which add the line of the first frame outside AssertJ to each failure,
   * name the line of the test that asserted, not this class's.
   */
  private static AssertionError fromTheCaller(AssertionError failure) {
    StackTraceElement[] frames = failure.getStackTrace();
    int first = 0;
    while (first < frames.length && isNavigating(frames[first].getClassName())) {
      first++;
    }
    failure.setStackTrace(Arrays.copyOfRange(frames, first, frames.length));
    return failure;
  }

  /** A frame of AssertJ, of this class, or of an assertion that navigates, its lambdas and soft proxies included. */
  private static boolean isNavigating(String className) {
    return className.startsWith("org.assertj.") || Stream.of(Navigation.class, DatasetAssert.class, RoleAssert.class,
        ValidationReportAssert.class).map(Class::getName)
        .anyMatch(ours -> className.equals(ours) || className.startsWith(ours + "$"));
  }

  /** Passes the description and representation of {@code origin} on to {@code next}. */
  static <A extends AbstractAssert<?, ?>> A from(AbstractAssert<?, ?> origin, A next) {
    if (origin.info.hasDescription()) {
      next.info.description(origin.info.description());
    }
    next.info.useRepresentation(origin.info.representation());
    return next;
  }
}
