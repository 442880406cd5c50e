package io.github.ccbrelations.export;

import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.text.Terms;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the exports share besides the text module's {@link Terms}, the words for the closed lists: the links the
 * pictures draw in fr, nl, en and de, IRI slugs and short labels of records.
 */
final class Words {
  private Words() {}

  /** The links between records that the pictures draw besides roles, with this library's words for them. */
  enum Link {
    DESIGNATED_BY("designated by", "désigné par", "aangewezen bij", "benannt durch"),
    IMPLEMENTS("implements", "met en œuvre", "voert uit", "setzt um"),
    EXECUTES("executes", "exécute", "geeft uitvoering aan", "führt aus"),
    EXTENDS("extends", "complète", "vult aan", "ergänzt"),
    AMENDS("amends", "modifie", "wijzigt", "ändert");

    private final Map<Language, String> words;

    Link(String en, String fr, String nl, String de) {
      words = Map.of(Language.EN, en, Language.FR, fr, Language.NL, nl, Language.DE, de);
    }

    String in(Language language) {
      return words.get(language);
    }
  }

  /** The heading of the group of legal instruments in a picture. */
  static String instrumentsHeading(Language language) {
    return switch (language) {
      case EN -> "Legal instruments";
      case FR -> "Instruments juridiques";
      case NL -> "Rechtsinstrumenten";
      case DE -> "Rechtsinstrumente";
    };
  }

  /** The constant as a slug for an IRI: SINGLE_POINT_OF_CONTACT, "single-point-of-contact". */
  static String slug(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A short label of an instrument for a picture: a short name, else an acronym, another wording, its title. */
  static String shortInstrumentLabel(Labelled record, List<Language> order) {
    // "NIS Directive" reads better than a long title, and better than "NIS".
    return record.displayName(order, List.of(LabelKind.SHORT_NAME, LabelKind.ACRONYM, LabelKind.ALTERNATIVE,
        LabelKind.NAME));
  }

  /**
   * A short label for a picture: in the first preferred language in which the record has any label, its acronym,
   * else a short name, else its name, else another wording; another language only when it has no label in that one.
   */
  static String shortLabel(Labelled record, List<Language> order) {
    return record.displayName(order, List.of(LabelKind.ACRONYM, LabelKind.SHORT_NAME, LabelKind.NAME,
        LabelKind.ALTERNATIVE));
  }
}
