package io.github.ccbrelations.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link from a role or body to the legal instrument it rests on, with the provision where known and the span of
 * time in which it was the basis.
 *
 * <pre>{@code
 * LegalBasis basis = LegalBasis.builder()
 *     .instrument(InstrumentId.of("cybersecurity-act"))
 *     .provision("Art. 62")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface LegalBasis {
  /**
   * The instrument.
   *
   * @return the id of a legal instrument record; never null
   */
  InstrumentId instrument();

  /**
   * The provision within the instrument, such as {@code "Art. 11"} or {@code "CBM 14"}.
   *
   * @return the provision; empty when the instrument as a whole is meant or the article is not known
   */
  Optional<String> provision();

  /**
   * When the instrument was the basis.
   *
   * @return the validity; empty when it is the basis for as long as the record holds
   */
  Optional<Validity> validity();

  /**
   * Where the link comes from.
   *
   * @return the references; empty when the link comes from the sources of the record that holds it
   */
  List<SourceReference> sources();

  /**
   * A basis on a whole instrument, with no source of its own.
   *
   * @param instrument the instrument
   * @return the basis; never null
   */
  static LegalBasis of(InstrumentId instrument) {
    return builder().instrument(instrument).build();
  }

  /**
   * A builder of legal bases.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LegalBasis}. */
  final class Builder extends ImmutableLegalBasis.Builder {
    /** A new, empty builder; prefer {@link LegalBasis#builder()}. */
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
