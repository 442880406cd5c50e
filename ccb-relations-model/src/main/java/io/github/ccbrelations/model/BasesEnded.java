package io.github.ccbrelations.model;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * What the dataset knows of a role after every legal basis recorded for it has ended: from which day no basis is in
 * force, and whether the role is known to go on. The single point of contact under the NIS Directive rested on the
 * 2019 NIS law until 17 October 2024; no source read names its basis since.
 *
 * <pre>{@code
 * BasesEnded ended = BasesEnded.builder()
 *     .since(LocalDate.of(2024, 10, 18))
 *     .continues(Continuation.UNKNOWN)
 *     .addSources(SourceReference.builder().source(SourceId.of("ccb-news-nis2-royal-decree")).build())
 *     .build();
 * }</pre>
 *
 * <p>The role that holds it checks that {@link #since()} is the day after the latest end of its legal bases.
 */
@Value.Immutable
public interface BasesEnded {
  /**
   * The first day on which no recorded legal basis of the role is in force: the day after the latest one ended.
   *
   * @return the day; never null
   */
  LocalDate since();

  /**
   * Whether the role is known to go on from {@link #since()}.
   *
   * @return the continuation; never null
   */
  Continuation continues();

  /**
   * The sources read for what is known since the bases ended.
   *
   * @return the references; empty when this comes from the sources of the role
   */
  List<SourceReference> sources();

  /**
   * A builder of ended bases.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BasesEnded}. */
  final class Builder extends ImmutableBasesEnded.Builder {
    /** A new, empty builder; prefer {@link BasesEnded#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    refusals.noRepeats("", "sources", sources());
    refusals.throwIfAny();
  }
}
