package io.github.ccbrelations.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pointer into a {@link Source}: which document, which section and paragraph, or which article or table row,
 * and which facts of the citing record it supports.
 *
 * <pre>{@code
 * SourceReference ref = SourceReference.builder()
 *     .source(SourceId.of("ccb-international-relations-fr"))
 *     .section("european-level")
 *     .paragraph(2)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface SourceReference {
  /**
   * The document cited.
   *
   * @return the id of a source record; never null
   */
  SourceId source();

  /**
   * The section of the document, as the id of one of its {@link Source#sections() sections}.
   *
   * @return the section id; empty when the document has no sections or the whole document is meant
   */
  Optional<String> section();

  /**
   * The paragraph within the section, counted from 1.
   *
   * @return the paragraph number; empty when the whole section is meant
   */
  Optional<Integer> paragraph();

  /**
   * A finer place in the document in its own terms, such as {@code "Art. 26"} or {@code "Annex, CBM 14"}.
   *
   * @return the locator; empty when none is needed
   */
  Optional<String> locator();

  /**
   * The facts of the citing record that this reference supports, by JSON field name, such as
   * {@code "celex"} or {@code "inForce"}.
   *
   * @return the field names; empty when it supports the record as a whole
   */
  List<String> supports();

  /**
   * A builder of references.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceReference}. */
  final class Builder extends ImmutableSourceReference.Builder {
    /** A new, empty builder; prefer {@link SourceReference#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    // Each optional read once: the generated accessors make a new Optional at every call, for every reference.
    Refusals refusals = new Refusals();
    Optional<String> section = section();
    Optional<Integer> paragraph = paragraph();
    if (section.isPresent()) {
      refusals.slug("section", "section id", section.get());
    }
    if (paragraph.isPresent() && paragraph.get() < 1) {
      refusals.add("paragraph", "paragraph numbers start at 1: " + paragraph.get());
    } else if (paragraph.isPresent() && section.isEmpty()) {
      refusals.add("paragraph",
          "a paragraph (" + paragraph.get() + ") needs the section it is in, of source '" + source().value() + "'",
          "section", "source");
    }
    Optional<String> locator = locator();
    if (locator.isPresent()) {
      refusals.text("locator", -1, "locator", locator.get());
    }
    List<String> supports = supports();
    for (int i = 0; i < supports.size(); i++) {
      refusals.text("supports", i, "supported field", supports.get(i));
    }
    refusals.distinct("supports", supports);
    refusals.throwIfAny();
  }
}
