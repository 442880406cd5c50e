package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.Resolution;
import io.github.ccbrelations.data.ValidationReport;
import io.github.ccbrelations.data.Validator;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on a {@link Dataset}; obtain one with {@link CcbAssertions#assertThat(Dataset)}.
 *
 * <pre>{@code
 * assertThat(data).hasBody("enisa");
 * assertThat(data).hasRole("ccb-single-point-of-contact-nis").isHeldBy("ccb");
 * assertThat(data).knowsBodies("enisa", "nis-cooperation-group");
 * assertThat(data).knowsInstruments("nis2-directive").knowsRoles("ccb-csirt");
 * }</pre>
 */
public class DatasetAssert extends AbstractObjectAssert<DatasetAssert, Dataset> {
  /** How {@code hasBody} and the like move on: at once, or softly. */
  Navigation navigation = Navigation.PLAIN;

  /**
   * Assertions on a dataset; made by {@link CcbAssertions}, by the proxies of
   * {@link CcbSoftAssertions}, and by subclasses.
   *
   * @param actual the dataset; may be null, which fails every assertion
   */
  protected DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class);
  }

  /**
   * Verifies that the dataset has no error by {@link Validator#standard()} (warnings allowed).
   *
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or has an error; the message lists every error
   * @deprecated A dataset read by {@code DatasetReader.standard()} (as {@code CcbRelations.bundled()} and the JUnit
   *     extension read) passed these very rules when it loaded, so this cannot fail on it. Validate the file, which
   *     also places each error by line and column:
   *     {@code assertThat(Validator.standard().validate(path)).isValid()}; or check a loaded dataset by a stricter
   *     validator with {@link #isValidBy(Validator)}, or its warnings with {@link #hasNoViolationsExcept}.
   */
  @Deprecated(since = "1.0.0")
  public DatasetAssert isValid() {
    return isValidBy(Validator.standard());
  }

  /**
   * Verifies that the dataset has no error by the given validator, for example one that requires names in more
   * languages.
   *
   * @param validator the validator
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or has an error; the message lists every error
   */
  public DatasetAssert isValidBy(Validator validator) {
    Navigation.from(this, new ValidationReportAssert(report(validator))).isValid();
    return this;
  }

  /**
   * Verifies that every violation {@link Validator#standard()} finds has one of the given codes.
   *
   * @param allowed the codes accepted; none to accept no violation at all, warnings included
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or has a violation with another code; the message lists them
   */
  public DatasetAssert hasNoViolationsExcept(ViolationCode... allowed) {
    Navigation.from(this, new ValidationReportAssert(report(Validator.standard()))).hasNoViolationsExcept(allowed);
    return this;
  }

  private ValidationReport report(Validator validator) {
    isNotNull();
    return validator.validate(actual);
  }

  /**
   * Verifies that the dataset has a body with the given id, and moves on to it.
   *
   * @param id the body id, such as {@code "enisa"}
   * @return assertions on the body, with this one's description; never null
   * @throws AssertionError if the dataset is null or has no such body; for an id that was retired, the message
   *     names the id to use
   */
  public BodyAssert hasBody(String id) {
    return navigation.to(this, BodyAssert.class, Body.class,
        () -> find("body", id, Dataset::resolveBody, b -> b.id().value()), BodyAssert::new);
  }

  /**
   * Verifies that the dataset has a role with the given id, and moves on to it.
   *
   * @param id the role id
   * @return assertions on the role, which know this dataset and have this one's description; never null
   * @throws AssertionError if the dataset is null or has no such role; for an id that was retired, the message
   *     names the id to use
   */
  public RoleAssert hasRole(String id) {
    return navigation.to(this, RoleAssert.class, Role.class,
        () -> find("role", id, Dataset::resolveRole, r -> r.id().value()), RoleAssert::new, role -> {
          role.dataset = actual;
          role.navigation = navigation;
        });
  }

  /**
   * Verifies that the dataset has a legal instrument with the given id, and moves on to it.
   *
   * @param id the instrument id, such as {@code "nis2-directive"}
   * @return assertions on the instrument, with this one's description; never null
   * @throws AssertionError if the dataset is null or has no such instrument; for an id that was retired, the message
   *     names the id to use
   */
  public InstrumentAssert hasInstrument(String id) {
    return navigation.to(this, InstrumentAssert.class, LegalInstrument.class,
        () -> find("legal instrument", id, Dataset::resolveInstrument, i -> i.id().value()), InstrumentAssert::new);
  }

  /**
   * Verifies that the dataset has no body with the given id: the negation of {@link #hasBody(String)}, so a retired id
   * (one a redirect leads away from) passes.
   *
   * @param id the body id
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or has a body with that id
   */
  public DatasetAssert doesNotHaveBody(String id) {
    return hasNo("body", id, Dataset::resolveBody);
  }

  /**
   * Verifies that the dataset has no role with the given id: the negation of {@link #hasRole(String)}, so a retired id
   * passes.
   *
   * @param id the role id
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or has a role with that id
   */
  public DatasetAssert doesNotHaveRole(String id) {
    return hasNo("role", id, Dataset::resolveRole);
  }

  /**
   * Verifies that the dataset has no legal instrument with the given id: the negation of
   * {@link #hasInstrument(String)}, so a retired id passes.
   *
   * @param id the instrument id
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or has an instrument with that id
   */
  public DatasetAssert doesNotHaveInstrument(String id) {
    return hasNo("legal instrument", id, Dataset::resolveInstrument);
  }

  /**
   * Verifies that every id names a body of the dataset that is current on its day and was not retired, as
   * {@link ReferenceCheck#bodies(Dataset, Collection)} checks.
   *
   * @param ids the body ids a project refers to
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or an id is unknown, retired or not current; the message lists
   *     every such id, with the id to use instead where there is one
   * @throws IllegalArgumentException if no id is given, as AssertJ's {@code contains()} does
   */
  public DatasetAssert knowsBodies(String... ids) {
    return knows("knowsBodies", "body", ids, ReferenceCheck::bodies);
  }

  /**
   * Verifies that every id names a legal instrument of the dataset that is in force on its day and was not retired,
   * as {@link ReferenceCheck#instruments(Dataset, Collection)} checks.
   *
   * @param ids the instrument ids a project refers to, such as {@code "nis2-directive"}
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or an id is unknown, retired or not in force; the message lists
   *     every such id, with the id to use instead where there is one
   * @throws IllegalArgumentException if no id is given, as AssertJ's {@code contains()} does
   */
  public DatasetAssert knowsInstruments(String... ids) {
    return knows("knowsInstruments", "instrument", ids, ReferenceCheck::instruments);
  }

  /**
   * Verifies that every id names a role of the dataset that is valid on its day and was not retired, as
   * {@link ReferenceCheck#roles(Dataset, Collection)} checks.
   *
   * @param ids the role ids a project refers to, such as {@code "ccb-csirt"}
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or an id is unknown, retired or not valid; the message lists
   *     every such id, with the id to use instead where there is one
   * @throws IllegalArgumentException if no id is given, as AssertJ's {@code contains()} does
   */
  public DatasetAssert knowsRoles(String... ids) {
    return knows("knowsRoles", "role", ids, ReferenceCheck::roles);
  }

  /**
   * Verifies that no id names a current body of the dataset: each is unknown, retired or names a body that does not
   * exist on the dataset's day. The negation of {@link #knowsBodies(String...)} for each id, as AssertJ's
   * {@code doesNotContain} is of {@code contains}.
   *
   * @param ids the body ids, such as those a project has stopped referring to
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or an id names a current body; the message lists every such id
   * @throws IllegalArgumentException if no id is given
   */
  public DatasetAssert doesNotKnowBodies(String... ids) {
    return knowsNone("doesNotKnowBodies", "body", "bodies", ids, ReferenceCheck::bodies);
  }

  /**
   * Verifies that no id names a legal instrument of the dataset in force on its day: each is unknown, retired or
   * names an instrument not in force then. The negation of {@link #knowsInstruments(String...)} for each id.
   *
   * @param ids the instrument ids, such as {@code "nis-directive"}
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or an id names an instrument in force; the message lists every
   *     such id
   * @throws IllegalArgumentException if no id is given
   */
  public DatasetAssert doesNotKnowInstruments(String... ids) {
    return knowsNone("doesNotKnowInstruments", "instrument", "instruments", ids, ReferenceCheck::instruments);
  }

  /**
   * Verifies that no id names a role of the dataset valid on its day: each is unknown, retired or names a role not
   * valid then. The negation of {@link #knowsRoles(String...)} for each id.
   *
   * @param ids the role ids
   * @return this assertion; never null
   * @throws AssertionError if the dataset is null or an id names a valid role; the message lists every such id
   * @throws IllegalArgumentException if no id is given
   */
  public DatasetAssert doesNotKnowRoles(String... ids) {
    return knowsNone("doesNotKnowRoles", "role", "roles", ids, ReferenceCheck::roles);
  }

  private DatasetAssert knows(String assertion, String noun, String[] ids,
      BiFunction<Dataset, Collection<String>, ReferenceCheck> check) {
    ReferenceCheck result = check(assertion, noun, ids, check);
    if (!result.isClean()) {
      failWithMessage("Expected %s to know every %s, but %s", actual.info().sourceName(), noun, result);
    }
    return this;
  }

  private DatasetAssert knowsNone(String assertion, String noun, String nouns, String[] ids,
      BiFunction<Dataset, Collection<String>, ReferenceCheck> check) {
    ReferenceCheck result = check(assertion, noun, ids, check);
    if (!result.currentIds().isEmpty()) {
      failWithMessage("Expected %s to know none of the %s, but %s", actual.info().sourceName(), nouns,
          result.describeCurrent());
    }
    return this;
  }

  private ReferenceCheck check(String assertion, String noun, String[] ids,
      BiFunction<Dataset, Collection<String>, ReferenceCheck> check) {
    if (ids.length == 0) {
      // A project's list of references that came out empty would otherwise pass, checking nothing.
      throw new IllegalArgumentException(assertion + " needs at least one " + noun + " id; it was given none");
    }
    isNotNull();
    return check.apply(actual, Arrays.asList(ids));
  }

  private <T> DatasetAssert hasNo(String what, String id,
      BiFunction<Dataset, String, Optional<Resolution<T>>> resolve) {
    isNotNull();
    if (resolve.apply(actual, id).filter(found -> !found.redirected()).isPresent()) {
      failWithMessage("Expected %s not to have a %s '%s', but it has one", actual.info().sourceName(), what, id);
    }
    return this;
  }

  /** The live record with the id; a retired id fails, naming the id to use, as a test should not rely on one. */
  private <T> T find(String what, String id, BiFunction<Dataset, String, Optional<Resolution<T>>> resolve,
      Function<T, String> idOf) {
    isNotNull();
    Optional<Resolution<T>> found = resolve.apply(actual, id);
    if (found.isEmpty()) {
      failWithMessage("Expected %s to have a %s '%s', but it has none", actual.info().sourceName(), what, id);
    } else if (found.get().redirected()) {
      String to = idOf.apply(found.get().record());
      failWithMessage("Expected %s to have a %s '%s', but it has none: the id was retired (%s -> %s); use '%s'",
          actual.info().sourceName(), what, id, String.join(" -> ", found.get().redirectPath()), to, to);
    }
    return found.orElseThrow().record();
  }

}
