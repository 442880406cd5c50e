package io.github.ccbrelations.search;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.LegalInstrument;

/**
 * A body or instrument found by {@link NameSearch}, with the label that matched best and how close it is.
 *
 * @param record the body or instrument; never null
 * @param label the label of the record closest to what was typed, such as {@code "ENISA"}; never null
 * @param similarity from 0 (nothing in common) to 1 (the same name, as {@code Dataset.bodiesNamed} finds it)
 */
public record Match(Labelled record, String label, double similarity) {
  /**
   * Whether the record has a label equal to what was typed, ignoring case, accents, punctuation and a leading
   * article, or a name that follows from one of its identifiers.
   *
   * @return true for an exact match, false for a suggestion
   */
  public boolean isExact() {
    return similarity == 1.0;
  }

  /**
   * What the record is and its id, such as {@code "body enisa"} or {@code "instrument cybersecurity-act"}.
   *
   * @return the description; never null
   */
  public String describe() {
    if (record instanceof Body body) {
      return "body " + body.id().value();
    }
    return "instrument " + ((LegalInstrument) record).id().value();
  }
}
