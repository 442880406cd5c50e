package io.github.ccbrelations.export;

import io.github.ccbrelations.data.Terms;
import io.github.ccbrelations.model.LabelKind;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.Language;
import java.util.List;
import java.util.Locale;

/**
 * This library's words for the closed lists (functions, levels, conditions) in fr, nl, en and de, shared by the
 * RDF concept labels, the CSV label columns and the graph pictures; the words themselves are the data module's
 * {@link Terms}.
 */
final class Words {
  private Words() {}




  /** An English label for a constant of a list this library has no translations for: EU_AGENCY, "EU agency". */
  static String humanized(Enum<?> constant) {
    String words = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return words.replace("eu ", "EU ").replace("csirt", "CSIRT").replace("osce", "OSCE").replace("ccb", "CCB");
  }

  /** The constant as a slug for an IRI: SINGLE_POINT_OF_CONTACT, "single-point-of-contact". */
  static String slug(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }


  /**
   * A short label for a picture: an acronym in the preferred languages, else the short name or the name in the
   * first preferred language that has one, else the display name.
   */
  static String shortLabel(Labelled record, List<Language> order) {
    for (Language l : order) {
      List<String> acronyms = record.labels(l, LabelKind.ACRONYM);
      if (!acronyms.isEmpty()) {
        return acronyms.get(0);
      }
    }
    for (Language l : order) {
      List<String> shortNames = record.labels(l, LabelKind.SHORT_NAME);
      if (!shortNames.isEmpty()) {
        return shortNames.get(0);
      }
      if (record.name(l).isPresent()) {
        return record.name(l).get();
      }
    }
    return record.displayName(order);
  }
}
