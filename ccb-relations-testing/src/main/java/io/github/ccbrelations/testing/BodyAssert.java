package io.github.ccbrelations.testing;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyKind;
import io.github.ccbrelations.model.Language;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Body}; obtain one with {@link CcbAssertions#assertThat(Body)} or
 * {@link DatasetAssert#hasBody(String)}.
 */
public class BodyAssert extends AbstractObjectAssert<BodyAssert, Body> {
  /**
   * Assertions on a body; made by {@link CcbAssertions}, by the proxies of
   * {@link CcbSoftAssertions}, and by subclasses.
   *
   * @param actual the body; may be null, which fails every assertion
   */
  protected BodyAssert(Body actual) {
    super(actual, BodyAssert.class);
  }

  /**
   * Verifies the kind of the body.
   *
   * @param kind the expected kind
   * @return this assertion; never null
   * @throws AssertionError if the body is null or of another kind
   */
  public BodyAssert hasKind(BodyKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      failWithMessage("Expected body '%s' to be of kind %s, but it is of kind %s", actual.id().value(), kind,
          actual.kind());
    }
    return this;
  }

  /**
   * Verifies the body this one is part of.
   *
   * @param parentId the id of the parent body
   * @return this assertion; never null
   * @throws AssertionError if the body is null or is part of another body or of none
   */
  public BodyAssert isPartOf(String parentId) {
    isNotNull();
    if (!actual.partOf().map(p -> p.value().equals(parentId)).orElse(false)) {
      failWithMessage("Expected body '%s' to be part of '%s', but it is part of %s", actual.id().value(), parentId,
          actual.partOf().map(p -> "'" + p.value() + "'").orElse("none"));
    }
    return this;
  }

  /**
   * Verifies the official name of the body in one language (its {@code NAME} label; an acronym or another form does
   * not count).
   *
   * @param language the language
   * @param name the expected name, exactly
   * @return this assertion; never null
   * @throws AssertionError if the body is null or has another name, or none, in that language
   */
  public BodyAssert hasName(Language language, String name) {
    isNotNull();
    if (!actual.name(language).map(name::equals).orElse(false)) {
      failWithMessage("Expected body '%s' to be named '%s' in '%s', but %s", actual.id().value(), name,
          language.code(), actual.name(language).map(n -> "its official name there is '" + n + "'")
              .orElse("it has no official name in '" + language.code() + "'"));
    }
    return this;
  }
}
