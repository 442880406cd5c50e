package io.github.ccbrelations.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A released id that no longer names a record of its own, and the id that replaces it. Ids never change meaning:
 * a renamed or merged record leaves a redirect, so that lookups by the old id still resolve.
 *
 * <pre>{@code
 * Redirect r = Redirect.builder()
 *     .recordType(RecordType.BODY)
 *     .from("old-id")
 *     .to("new-id")
 *     .reason(RedirectReason.RENAMED)
 *     .since(DatasetVersion.parse("2026.12.0"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Redirect {
  /**
   * The type of record both ids name.
   *
   * @return the type; never null
   */
  RecordType recordType();

  /**
   * The old id.
   *
   * @return a slug no live record of that type has; never null
   */
  String from();

  /**
   * The id to use instead: a live record, or another redirect.
   *
   * @return a slug; never null
   */
  String to();

  /**
   * Why the id moved.
   *
   * @return the reason; never null
   */
  RedirectReason reason();

  /**
   * The dataset release from which the old id redirects.
   *
   * @return the version; empty when not recorded
   */
  Optional<DatasetVersion> since();

  /**
   * A builder of redirects.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Redirect}. */
  final class Builder extends ImmutableRedirect.Builder {
    /** A new, empty builder; prefer {@link Redirect#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    refusals.slug("from", "redirect from", from());
    refusals.slug("to", "redirect to", to());
    if (from().equals(to())) {
      refusals.add("to", "a redirect cannot point to itself: '" + from() + "'", "from");
    }
    refusals.throwIfAny();
  }
}
