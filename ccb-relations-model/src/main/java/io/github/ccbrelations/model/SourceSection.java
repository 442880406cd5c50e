package io.github.ccbrelations.model;

import org.immutables.value.Value;

/** A section of a {@link Source}, with the number of paragraphs it has, so that references can be checked. */
@Value.Immutable
public interface SourceSection {
  /**
   * The id of the section within its source.
   *
   * @return a lower-case slug such as {@code "european-level"}; never null
   */
  String id();

  /**
   * The heading of the section as the document gives it.
   *
   * @return the heading; never null
   */
  String heading();

  /**
   * The number of paragraphs in the section.
   *
   * @return at least 1
   */
  int paragraphs();

  /**
   * Makes a section.
   *
   * @param id a slug
   * @param heading the heading
   * @param paragraphs the number of paragraphs
   * @return the section; never null
   * @throws IllegalArgumentException if the id is no slug, the heading is blank or the count is below 1
   */
  static SourceSection of(String id, String heading, int paragraphs) {
    return ImmutableSourceSection.builder().id(id).heading(heading).paragraphs(paragraphs).build();
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    refusals.slug("id", "section id", id());
    refusals.text("heading", -1, "section heading", heading());
    if (paragraphs() < 1) {
      refusals.add("paragraphs", "section '" + id() + "' must have at least one paragraph: " + paragraphs());
    }
    refusals.throwIfAny();
  }
}
