package io.github.ccbrelations.testing;

import org.assertj.core.api.AbstractAssert;

/**
 * Passes an assertion's description ({@code as(...)}) and representation on to the assertion it moves on to, as
 * AssertJ's own navigation ({@code extracting}) does, so that {@code assertThat(data).as("our copy").hasBody("x")}
 * still names "our copy" when the body's assertion fails.
 */
final class Navigation {
  private Navigation() {}

  static <A extends AbstractAssert<?, ?>> A from(AbstractAssert<?, ?> origin, A next) {
    if (origin.info.hasDescription()) {
      next.info.description(origin.info.description());
    }
    next.info.useRepresentation(origin.info.representation());
    return next;
  }
}
