package io.github.ccbrelations.search;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.text.Terms;
import java.util.Objects;

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
   * What the record is and its id, in English, such as {@code "body enisa"} or {@code "legal instrument
   * cybersecurity-act"}: {@link #describe(Language)} in {@link Language#EN}.
   *
   * @return the description; never null
   */
  public String describe() {
    return describe(Language.EN);
  }

  /**
   * What the record is, in the words of {@link Terms#record}, and its id, as {@code ccb-relations find} heads the
   * record's line: {@code "entité enisa"}, {@code "Rechtsinstrument cybersecurity-act"}.
   *
   * @param language the language of the words
   * @return the description; never null
   * @throws NullPointerException if {@code language} is null
   */
  public String describe(Language language) {
    Objects.requireNonNull(language, "language");
    if (record instanceof Body body) {
      return Terms.record(RecordType.BODY, language) + " " + body.id().value();
    }
    return Terms.record(RecordType.INSTRUMENT, language) + " " + ((LegalInstrument) record).id().value();
  }
}
