package io.github.ccbrelations.model;

import java.util.Locale;
import java.util.Objects;

/** The four languages of the dataset: the three official languages of Belgium and English. */
public enum Language {
  /** French. */
  FR("fr"),
  /** Dutch. */
  NL("nl"),
  /** English. */
  EN("en"),
  /** German. */
  DE("de");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /**
   * The ISO 639-1 code of the language, as used in the JSON dataset.
   *
   * @return {@code "fr"}, {@code "nl"}, {@code "en"} or {@code "de"}; never null
   */
  public String code() {
    return code;
  }

  /**
   * The language with the given ISO 639-1 code, in any case.
   *
   * @param code a code such as {@code "fr"}
   * @return the language; never null
   * @throws IllegalArgumentException if the code is not one of fr, nl, en, de
   */
  public static Language ofCode(String code) {
    Objects.requireNonNull(code, "code");
    String lower = code.toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(lower)) {
        return language;
      }
    }
    throw new IllegalArgumentException("language must be one of fr, nl, en, de: '" + code + "'");
  }

  /**
   * The JDK locale of this language.
   *
   * @return a locale with only the language set; never null
   */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }
}
