package io.github.ccbrelations.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed link from a body to another that is neither a part, a convener nor a successor: ECSO is the European
 * Commission's counterpart within the contractual public-private partnership on cybersecurity.
 *
 * <pre>{@code
 * BodyRelation counterpart = BodyRelation.builder()
 *     .kind(BodyRelationKind.COUNTERPART_OF)
 *     .body(BodyId.of("european-commission"))
 *     .within(BodyId.of("cybersecurity-cppp"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface BodyRelation {
  /**
   * How the body stands towards the other.
   *
   * @return the kind; never null
   */
  BodyRelationKind kind();

  /**
   * The other body.
   *
   * @return the id of a body record; never null
   */
  BodyId body();

  /**
   * The partnership, project or framework within which the relation holds.
   *
   * @return the id of a body record; empty when the relation holds in general
   */
  Optional<BodyId> within();

  /**
   * Where the relation comes from.
   *
   * @return the references; empty when it comes from the sources of the body that holds it
   */
  List<SourceReference> sources();

  /**
   * A builder of relations.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BodyRelation}. */
  final class Builder extends ImmutableBodyRelation.Builder {
    /** A new, empty builder; prefer {@link BodyRelation#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    if (within().isPresent() && within().get().equals(body())) {
      refusals.add("within", "a relation to '" + body().value() + "' cannot hold within that same body", "body");
    }
    refusals.noRepeats("", "sources", sources());
    refusals.throwIfAny();
  }
}
