package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Celex;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Role}; obtain one with {@link DatasetAssert#hasRole(String)} (which knows the dataset) or
 * {@link CcbAssertions#assertThat(Role)}.
 */
public class RoleAssert extends AbstractObjectAssert<RoleAssert, Role> {
  /** The dataset the role is from, for {@link #isBasedOn}; null until {@code hasRole} or {@code within} tells it. */
  @Nullable Dataset dataset;

  /** How {@code within} moves on: at once, or softly. */
  Navigation navigation = Navigation.PLAIN;

  /**
   * Assertions on a role; made by {@link CcbAssertions}, by the proxies of
   * {@link CcbSoftAssertions}, and by subclasses.
   *
   * @param actual the role; may be null, which fails every assertion
   */
  protected RoleAssert(Role actual) {
    super(actual, RoleAssert.class);
  }

  /**
   * The same assertions, resolving instruments in the given dataset (for {@link #isBasedOn(String)}).
   *
   * @param data the dataset the role is from
   * @return a new assertion on the same role, with this one's description; never null
   */
  public RoleAssert within(Dataset data) {
    return navigation.to(this, RoleAssert.class, Role.class, () -> actual, RoleAssert::new, role -> {
      role.dataset = data;
      role.navigation = navigation;
    });
  }

  /**
   * Verifies the holder of the role.
   *
   * @param bodyId the id of the expected holder, such as {@code "ccb"}
   * @return this assertion; never null
   * @throws AssertionError if the role is null or held by another body
   */
  public RoleAssert isHeldBy(String bodyId) {
    isNotNull();
    if (!actual.holder().value().equals(bodyId)) {
      failWithMessage("Expected role '%s' to be held by '%s', but it is held by '%s'", id(), bodyId,
          actual.holder().value());
    }
    return this;
  }

  /**
   * Verifies the body in which the role is held.
   *
   * @param bodyId the id of the expected body, such as {@code "enisa-management-board"}
   * @return this assertion; never null
   * @throws AssertionError if the role is null or held in another body, or in none
   */
  public RoleAssert isIn(String bodyId) {
    isNotNull();
    if (!same(actual.body(), bodyId)) {
      failWithMessage("Expected role '%s' to be held in '%s', but it is held in %s", id(), bodyId,
          describe(actual.body()));
    }
    return this;
  }

  /**
   * Verifies the party on whose behalf the role is held.
   *
   * @param bodyId the id of the expected party, such as {@code "belgium"}
   * @return this assertion; never null
   * @throws AssertionError if the role is null or held on behalf of another party, or of none
   */
  public RoleAssert isOnBehalfOf(String bodyId) {
    isNotNull();
    if (!same(actual.onBehalfOf(), bodyId)) {
      failWithMessage("Expected role '%s' to be held on behalf of '%s', but it is held on behalf of %s", id(), bodyId,
          describe(actual.onBehalfOf()));
    }
    return this;
  }

  /**
   * Verifies the function of the role.
   *
   * @param function the expected function
   * @return this assertion; never null
   * @throws AssertionError if the role is null or has another function
   */
  public RoleAssert hasFunction(RoleFunction function) {
    isNotNull();
    if (actual.function() != function) {
      failWithMessage("Expected role '%s' to have function %s, but it has %s", id(), function, actual.function());
    }
    return this;
  }

  /**
   * Verifies that the role holds on a day, by its own validity ({@link Role#isValidOn(LocalDate)}).
   *
   * @param date the day
   * @return this assertion; never null
   * @throws AssertionError if the role is null or does not hold that day
   */
  public RoleAssert isValidOn(LocalDate date) {
    isNotNull();
    if (!actual.isValidOn(date)) {
      // A role with no validity holds every day, so here it has one.
      failWithMessage("Expected role '%s' to be valid on %s, but it is valid %s", id(), date,
          actual.validity().map(v -> Spans.of(v.from(), v.to())).orElseThrow());
    }
    return this;
  }

  /**
   * Verifies that the role does not hold on a day, by its own validity: the negation of {@link #isValidOn(LocalDate)}.
   *
   * @param date the day
   * @return this assertion; never null
   * @throws AssertionError if the role is null or holds that day; the message says when it is valid
   */
  public RoleAssert isNotValidOn(LocalDate date) {
    isNotNull();
    if (actual.isValidOn(date)) {
      failWithMessage("Expected role '%s' not to be valid on %s, but %s", id(), date,
          actual.validity().map(v -> "it is valid " + Spans.of(v.from(), v.to()))
              .orElse("it has no recorded validity, so it is valid every day"));
    }
    return this;
  }

  /**
   * Verifies that the role rests on an instrument with the given CELEX number, directly (one of its legal bases,
   * whatever their dates) or through a legal basis that transposes it, such as a national law transposing a
   * directive.
   *
   * @param celex the CELEX number, such as {@code "32022L2555"}
   * @return this assertion; never null
   * @throws AssertionError if the role is null or rests on no such instrument; the message lists the CELEX numbers
   *     it rests on
   * @throws IllegalStateException if this assertion does not know the dataset of the role (see {@link #within})
   * @throws IllegalArgumentException if {@code celex} is not a CELEX number (an instrument id, for instance); the
   *     message gives the CELEX number of the instrument with that id, if there is one
   */
  public RoleAssert isBasedOn(String celex) {
    isNotNull();
    Dataset data = dataset();
    try {
      Celex.of(celex);
    } catch (IllegalArgumentException e) {
      // A test that compares a CELEX number with an instrument id could never pass: say so rather than fail later.
      throw new IllegalArgumentException("isBasedOn takes a CELEX number such as 32022L2555, not '" + celex + "'"
          + instrumentCelex(data, celex).map(c -> "; the instrument '" + celex + "' has CELEX number " + c
              + ", or pass InstrumentId.of(\"" + celex + "\")").orElse(""), e);
    }
    Set<String> found = new LinkedHashSet<>();
    restsOn(data).forEach(li -> li.celex().map(Celex::value).ifPresent(found::add));
    if (!found.contains(celex)) {
      failWithMessage("Expected role '%s' to rest on CELEX %s, directly or through a transposing law, but it rests"
          + " on %s", id(), celex, found.isEmpty() ? "no instrument with a CELEX number" : String.join(", ", found));
    }
    return this;
  }

  /**
   * Verifies that the role rests on the instrument with the given id, directly (one of its legal bases, whatever
   * their dates) or through a legal basis that transposes it; for instruments with no CELEX number too, such as a
   * national law or an OSCE decision.
   *
   * @param instrument the instrument id, such as {@code InstrumentId.of("nis2-directive")}
   * @return this assertion; never null
   * @throws AssertionError if the role is null or does not rest on that instrument; the message lists the ids of the
   *     instruments it rests on
   * @throws IllegalStateException if this assertion does not know the dataset of the role (see {@link #within})
   */
  public RoleAssert isBasedOn(InstrumentId instrument) {
    isNotNull();
    List<InstrumentId> found = restsOn(dataset()).stream().map(LegalInstrument::id).toList();
    if (!found.contains(instrument)) {
      failWithMessage("Expected role '%s' to rest on '%s', directly or through a transposing law, but it rests on %s",
          id(), instrument.value(), found.isEmpty() ? "no instrument"
              : found.stream().map(i -> "'" + i.value() + "'").collect(Collectors.joining(", ")));
    }
    return this;
  }

  private Dataset dataset() {
    if (dataset == null) {
      throw new IllegalStateException("isBasedOn needs the role's dataset: use assertThat(dataset).hasRole(id)"
          + " or assertThat(role).within(dataset)");
    }
    return dataset;
  }

  /** The instruments of the role's legal bases and those they transpose, each once, in the order of the bases. */
  private Collection<LegalInstrument> restsOn(Dataset data) {
    Map<InstrumentId, LegalInstrument> found = new LinkedHashMap<>();
    for (LegalBasis basis : actual.legalBases()) {
      data.findInstrument(basis.instrument()).ifPresent(li -> {
        found.put(li.id(), li);
        for (InstrumentId transposed : li.transposes()) {
          data.findInstrument(transposed).ifPresent(t -> found.put(t.id(), t));
        }
      });
    }
    return found.values();
  }

  private static Optional<String> instrumentCelex(Dataset data, String id) {
    try {
      return data.findInstrument(InstrumentId.of(id)).flatMap(LegalInstrument::celex).map(Celex::value);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  private String id() {
    return actual.id().value();
  }

  private static boolean same(Optional<BodyId> actual, String expected) {
    return actual.map(b -> b.value().equals(expected)).orElse(false);
  }

  private static String describe(Optional<BodyId> body) {
    return body.map(b -> "'" + b.value() + "'").orElse("none");
  }
}
