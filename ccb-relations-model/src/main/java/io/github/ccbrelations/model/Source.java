package io.github.ccbrelations.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A document the dataset cites: the CCB's page itself, or an official source for a fact the page does not give.
 */
@Value.Immutable
public interface Source {
  /**
   * The id of the source record.
   *
   * @return the id; never null
   */
  SourceId id();

  /**
   * What kind of document it is.
   *
   * @return the kind; never null
   */
  SourceKind kind();

  /**
   * The title of the document, in its own language.
   *
   * @return the title; never null
   */
  String title();

  /**
   * The language the document is written in.
   *
   * @return the language; empty when the document is in none of the four
   */
  Optional<Language> language();

  /**
   * The publisher, such as "Centre for Cybersecurity Belgium" or "Publications Office of the European Union".
   *
   * @return the publisher; empty when not recorded
   */
  Optional<String> publisher();

  /**
   * The official address of the document.
   *
   * @return an absolute http or https URL; empty only for a document with no address
   */
  Optional<WebUrl> url();

  /**
   * That the address was built from an identifier by a documented pattern, and not read.
   *
   * @return the pattern and identifier; empty when the address was read, or there is none
   */
  Optional<DerivedUrl> urlDerived();

  /**
   * The day the document was consulted for this dataset.
   *
   * @return the day; empty when not recorded
   */
  Optional<LocalDate> consulted();

  /**
   * The sections of the document that references may name.
   *
   * @return the sections in document order; empty when references point at the whole document
   */
  List<SourceSection> sections();

  /**
   * The section with the given id.
   *
   * @param sectionId the section id
   * @return the section; empty when the source has no such section
   */
  default Optional<SourceSection> section(String sectionId) {
    Objects.requireNonNull(sectionId, "sectionId");
    for (SourceSection s : sections()) {
      if (s.id().equals(sectionId)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * A builder of sources.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Source}. */
  final class Builder extends ImmutableSource.Builder {
    /** A new, empty builder; prefer {@link Source#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    refusals.text("title", -1, "source title", title());
    Optional<String> publisher = publisher();
    if (publisher.isPresent()) {
      refusals.text("publisher", -1, "publisher", publisher.get());
    }
    if (urlDerived().isPresent()) {
      DerivedUrl derived = urlDerived().get();
      if (url().isEmpty() || !derived.matches(url().get())) {
        refusals.add("urlDerived", "source '" + id().value() + "' has urlDerived "
            + derived.pattern() + " " + derived.identifier() + " but its url "
            + url().map(u -> "'" + u.value() + "'").orElse("is absent")
            + ": a derived url is the one the pattern builds from the identifier", "url");
      }
      if (consulted().isPresent()) {
        refusals.add("consulted", "source '" + id().value() + "' has urlDerived and consulted "
            + consulted().get() + ": a derived url was not read, so it has no day it was consulted", "urlDerived");
      }
    }
    List<SourceSection> sections = sections();
    for (int i = 1; i < sections.size(); i++) {
      String b = sections.get(i).id();
      for (int j = 0; j < i; j++) {
        if (sections.get(j).id().equals(b)) {
          refusals.add("sections", i, "sections of source '" + id().value() + "' lists '" + b + "' twice");
          break;
        }
      }
    }
    refusals.throwIfAny();
  }
}
