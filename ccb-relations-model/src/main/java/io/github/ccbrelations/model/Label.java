package io.github.ccbrelations.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A name, acronym or other wording of a record in one language, with the sources that give it.
 *
 * <pre>{@code
 * Label gfce = Label.of(Language.EN, LabelKind.NAME, "Global Forum on Cyber Expertise");
 * }</pre>
 */
@Value.Immutable
public interface Label {
  /**
   * The language of the text.
   *
   * @return the language; never null
   */
  Language language();

  /**
   * What kind of label this is.
   *
   * @return the kind; never null
   */
  LabelKind kind();

  /**
   * The label itself.
   *
   * @return non-blank text without surrounding white space; never null
   */
  String text();

  /**
   * Where the label comes from.
   *
   * @return the references; empty when the label comes from the sources of its record
   */
  List<SourceReference> sources();

  /**
   * A label without a source of its own.
   *
   * @param language the language
   * @param kind the kind
   * @param text the text
   * @return the label; never null
   * @throws IllegalArgumentException if the text is blank
   */
  static Label of(Language language, LabelKind kind, String text) {
    return builder().language(language).kind(kind).text(text).build();
  }

  /**
   * A builder of labels.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Label}. */
  final class Builder extends ImmutableLabel.Builder {
    /** A new, empty builder; prefer {@link Label#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    refusals.text("text", -1, "label", text());
    refusals.noRepeats("", "sources", sources());
    refusals.throwIfAny();
  }
}
