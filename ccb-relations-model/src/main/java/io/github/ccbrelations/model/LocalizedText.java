package io.github.ccbrelations.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A short text in one or more of the dataset's languages; its JSON form is an object keyed by language code,
 * {@code {"fr": "...", "en": "..."}}.
 */
@Value.Immutable
public interface LocalizedText {
  /**
   * The text per language.
   *
   * @return at least one entry, each non-blank; never null
   */
  @Value.NaturalOrder
  java.util.SortedMap<Language, String> values();

  /**
   * Makes a text from its translations.
   *
   * @param values the text per language; at least one
   * @return the text; never null
   * @throws IllegalArgumentException if there is no entry or an entry is blank; an {@link InvalidFieldException}
   *     naming the entry's language code, for a blank entry
   */
  static LocalizedText of(Map<Language, String> values) {
    Objects.requireNonNull(values, "values");
    return ImmutableLocalizedText.builder().putAllValues(values).build();
  }

  /**
   * Makes a text in one language.
   *
   * @param language the language
   * @param text the text
   * @return the text; never null
   * @throws IllegalArgumentException if the text is blank
   */
  static LocalizedText of(Language language, String text) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    return ImmutableLocalizedText.builder().putValues(language, text).build();
  }

  /**
   * The text in one language.
   *
   * @param language the language
   * @return the text; empty when there is no text in that language
   */
  default Optional<String> in(Language language) {
    Objects.requireNonNull(language, "language");
    return Optional.ofNullable(values().get(language));
  }

  /**
   * The text in the first of the given languages that has one, else in any language.
   *
   * @param preferred languages in order of preference
   * @return the text; never null
   */
  default String best(List<Language> preferred) {
    Objects.requireNonNull(preferred, "preferred");
    for (Language language : preferred) {
      String text = values().get(language);
      if (text != null) {
        return text;
      }
    }
    return values().values().iterator().next();
  }

  @Value.Check
  default void check() {
    if (values().isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    // A blank translation names its language: in the format, the field that holds it.
    Refusals refusals = new Refusals();
    for (Map.Entry<Language, String> e : values().entrySet()) {
      if (!Checks.isText(e.getValue())) {
        refusals.text(e.getKey().code(), -1, "text in " + e.getKey().code(), e.getValue());
      }
    }
    refusals.throwIfAny();
  }
}
