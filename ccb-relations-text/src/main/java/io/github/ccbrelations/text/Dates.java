package io.github.ccbrelations.text;

import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.PartialDate;
import io.github.ccbrelations.model.Validity;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Dates and spans of time in the words of a sentence: "18 octobre 2024", "à partir de juin 2020", "bis Ende 2029". */
final class Dates {
  private Dates() {}

  /** A validity as its sentence says it: "from June 2020 until 17 October 2024"; empty when it has no date. */
  static String span(Validity validity, Language language) {
    List<String> parts = new ArrayList<>();
    validity.from().ifPresent(from -> parts.add(from(from, language)));
    validity.to().ifPresent(to -> parts.add(until(to, language)));
    return String.join(" ", parts);
  }

  /** A day: "18 October 2024", "1er avril 2026", "18 oktober 2024", "1. April 2026". */
  static String day(LocalDate date, Language language) {
    String pattern = language == Language.DE ? "d. MMMM uuuu" : "d MMMM uuuu";
    String text = DateTimeFormatter.ofPattern(pattern, locale(language)).format(date);
    // French writes the first of a month as an ordinal: "1er octobre".
    return language == Language.FR && date.getDayOfMonth() == 1 ? "1er" + text.substring(1) : text;
  }

  private static String from(PartialDate date, Language language) {
    // French "depuis" would be wrong for a start still to come; "à partir de" fits either, contracted before "le".
    // German takes the article before a day as French does ("ab dem 18. Oktober 2024", "ab Juni 2020").
    boolean day = date.precision() == PartialDate.Precision.DAY;
    return switch (language) {
      case EN -> "from ";
      case FR -> day ? "à partir du " : "à partir de ";
      case NL -> "vanaf ";
      case DE -> day ? "ab dem " : "ab ";
    } + date(date, language);
  }

  private static String until(PartialDate date, Language language) {
    // The end is the last day in force (Validity.to), and a month or a year stands for its last day: Dutch "tot"
    // alone would exclude the day, and "until December", "jusqu’en décembre", "bis Dezember" may stop where December
    // starts. So: a day as the end ("jusqu’au 17 octobre", "bis zum 17. Oktober"), else the end of the month or year.
    boolean day = date.precision() == PartialDate.Precision.DAY;
    return switch (language) {
      case EN -> day ? "until " : "until the end of ";
      case FR -> day ? "jusqu’au " : "jusqu’à fin ";
      case NL -> "tot en met ";
      case DE -> day ? "bis zum " : "bis Ende ";
    } + date(date, language);
  }

  private static String date(PartialDate date, Language language) {
    return switch (date.precision()) {
      case YEAR -> Integer.toString(date.year());
      case MONTH -> DateTimeFormatter.ofPattern("MMMM uuuu", locale(language)).format(date.earliest());
      case DAY -> day(date.earliest(), language);
    };
  }

  private static Locale locale(Language language) {
    return Locale.forLanguageTag(language.code());
  }
}
