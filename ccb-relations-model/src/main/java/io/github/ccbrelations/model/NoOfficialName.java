package io.github.ccbrelations.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * A record's statement that it has no official name in some languages, and why, so that official-name coverage is
 * counted over the records that have one. A record that says so for a language carries no
 * {@link LabelKind#NAME} or {@link LabelKind#SHORT_NAME} in it; the page's own wordings stay as other labels.
 *
 * <pre>{@code
 * NoOfficialName dutch = NoOfficialName.builder()
 *     .addLanguages(Language.NL)
 *     .kind(NoNameKind.NOT_A_LANGUAGE_OF_THE_ISSUER)
 *     .reason("Dutch is not an OSCE language")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface NoOfficialName {
  /**
   * The languages without an official name.
   *
   * @return at least one language, each once; never null
   */
  List<Language> languages();

  /**
   * Why there is none, as a kind.
   *
   * @return the kind; never null
   */
  NoNameKind kind();

  /**
   * Why there is none, in the dataset's own words (English).
   *
   * @return non-blank text; never null
   */
  String reason();

  /**
   * The sources that show it.
   *
   * @return the references; empty when the reason rests on what the kind says of the issuer or on the record's
   *     own sources
   */
  List<SourceReference> sources();

  /**
   * A builder of statements.
   *
   * @return a new builder; never null
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NoOfficialName}. */
  final class Builder extends ImmutableNoOfficialName.Builder {
    /** A new, empty builder; prefer {@link NoOfficialName#builder()}. */
    public Builder() {}
  }

  @Value.Check
  default void check() {
    Refusals refusals = new Refusals();
    refusals.text("reason", -1, "reason", reason());
    if (languages().isEmpty()) {
      refusals.add("languages", "noOfficialName needs at least one language");
    }
    int repeated = ListEntries.firstRepeated(languages());
    if (repeated >= 0) {
      refusals.add("languages", repeated, "noOfficialName lists '" + languages().get(repeated).code() + "' twice");
    }
    refusals.noRepeats("", "sources", sources());
    refusals.throwIfAny();
  }
}
