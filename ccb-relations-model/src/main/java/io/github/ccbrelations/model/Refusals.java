package io.github.ccbrelations.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields that one value's check refuses, gathered so that a value wrong in several fields names them all at once:
 * the first refusal is thrown, and each later one rides on it as a suppressed exception (see
 * {@link InvalidFieldException}). Messages are made only for a field that fails: a check runs for every record a file
 * loads.
 */
final class Refusals {
  private @Nullable InvalidFieldException first;

  /** Refuses a field, naming the other fields the check read ({@link InvalidFieldException#otherFieldsRead}). */
  void add(String field, String message, String... otherFieldsRead) {
    add(new InvalidFieldException(field, message, otherFieldsRead));
  }

  void add(String field, int index, String message, String... otherFieldsRead) {
    add(new InvalidFieldException(field, index, message, otherFieldsRead));
  }

  void add(InvalidFieldException refusal) {
    if (first == null) {
      first = refusal;
    } else {
      first.addSuppressed(refusal);
    }
  }

  /** Refuses a text that is blank or starts or ends with white space; {@code index} is -1 when it is no list's. */
  void text(String field, int index, String what, String value) {
    if (!Checks.isText(value)) {
      add(field, index, Checks.textRule(what, value));
    }
  }

  void slug(String field, String what, String value) {
    if (value.length() > Checks.MAX_SLUG_LENGTH || !Checks.isSlug(value)) {
      add(field, Checks.slugRule(what, value));
    }
  }

  /** Refuses a list of a field that holds an entry twice, naming the field and the second entry. */
  void distinct(String field, List<?> values) {
    int i = ListEntries.firstRepeated(values);
    if (i >= 0) {
      add(field, i, field + " lists '" + values.get(i) + "' twice");
    }
  }

  /**
   * Refuses a list of a record that holds an entry twice, as {@link #noRepeats(String, String, List)} does, the
   * record's name made only then.
   *
   * @param kind what the record is, such as {@code "role"}
   * @param id the record's id
   */
  void noRepeats(String kind, String id, String field, List<?> entries) {
    if (ListEntries.firstRepeated(entries) >= 0) {
      noRepeats(kind + " '" + id + "' ", field, entries);
    }
  }

  /**
   * Refuses a list that holds an entry twice ({@link ListEntries}), naming the field and the second entry in the
   * loader's words: {@code "legalBases[1] repeats legalBases[0] (the same instrument, provision and validity, whatever
   * its sources); a list holds each entry once"}.
   *
   * @param record the record's name and a space, such as {@code "role 'x' "}; empty for a value within a record
   */
  void noRepeats(String record, String field, List<?> entries) {
    int i = ListEntries.firstRepeated(entries);
    if (i >= 0) {
      Object entry = entries.get(i);
      String sameness = ListEntries.sameness(entry);
      add(field, i, record + field + "[" + i + "] repeats " + field + "[" + ListEntries.earlier(entries, i) + "] ("
          + (sameness == null ? "'" + Checks.abbreviate(entry.toString()) + "'" : sameness)
          + "); a list holds each entry once");
    }
  }

  /** Throws the first refusal, the others suppressed in it; returns when there is none. */
  void throwIfAny() {
    if (first != null) {
      throw first;
    }
  }
}
