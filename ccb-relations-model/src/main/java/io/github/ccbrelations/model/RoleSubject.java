package io.github.ccbrelations.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An instrument a role is about, distinct from its legal bases: a legal basis empowers or obliges the holder, a
 * subject is what the role implements, concerns or is guided by. The CCB's technical support for OSCE confidence-
 * building measure 14 implements PC.DEC/1202 without resting on it.
 *
 * <pre>{@code
 * RoleSubject subject = RoleSubject.builder()
 *     .instrument(InstrumentId.of("osce-pc-decision-1202"))
 *     .kind(SubjectKind.IMPLEMENTS)
 *     .provision("CBM 14")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface RoleSubject {
  /**
   * The instrument.
   *
   * @return the id of a legal instrument record; never null
   */
  InstrumentId instrument();

  /**
   * How the role relates to the instrument.
   *
   * @return the kind; never null
   */
  SubjectKind kind();

  /**
   * The provision within the instrument, such as {@code "Art. 62"} or {@code "CBM 14"}.
   *
   * @return the provision; empty when the instrument as a whole is meant
   */
  Optional<String> provision();

  /**
   * Where the link comes from.
   *
   * @return the references; empty when the link comes from the sources of the role
   */
  List<SourceReference> sources();

  /**
   * A subject on a whole instrument, with no source of its own.
   *
   * @param instrument the instrument
   * @param kind how the role relates to it
   * @return the subject; never null
   */
  static RoleSubject of(InstrumentId instrument, SubjectKind kind) {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(kind, "kind");
    return builder().instrument(instrument).kind(kind).build();
  }

  /**
   * A builder of subjects.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoleSubject}. */
  final class Builder extends ImmutableRoleSubject.Builder {
    /** A new, empty builder; prefer {@link RoleSubject#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    if (provision().isPresent()) {
      refusals.text("provision", -1, "provision", provision().get());
    }
    refusals.noRepeats("", "sources", sources());
    refusals.throwIfAny();
  }
}
