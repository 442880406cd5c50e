package io.github.ccbrelations.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * A value's own check refused one of its fields: the field (and, for one entry of a list, the entry) is named in a
 * typed way, so that a reader of a dataset file can place the error at that field's value rather than at the end of
 * the object that holds it. The message is the same as the check has always given.
 *
 * <p>Thrown by the builders and factories of the value types, like any {@link IllegalArgumentException}. A check about
 * a value as a whole, which no one field holds (an empty {@link LocalizedText}), and the checks of the small wrapper
 * types ({@link BodyId}, {@link Celex}, {@link PartialDate}, ...), whose one value is the whole, throw a plain
 * {@link IllegalArgumentException}.
 *
 * <p>A check that refuses more than one field throws the first refusal, and each later one is
 * {@linkplain #getSuppressed() suppressed} in it, in the order of the check: every field at fault is named at once.
 *
 * <p>A refusal that compares its field with others names them too ({@link #otherFieldsRead()}), so that a reader that
 * could not read one of those can tell that the refusal may not hold, and drop it.
 */
public final class InvalidFieldException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final int index;
  // An array, not a List: an exception is serializable, and so must its fields be.
  private final String[] otherFieldsRead;

  InvalidFieldException(String field, String message, String... otherFieldsRead) {
    this(field, -1, message, otherFieldsRead);
  }

  InvalidFieldException(String field, int index, String message, String... otherFieldsRead) {
    super(message);
    this.field = field;
    this.index = index;
    this.otherFieldsRead = otherFieldsRead.clone();
  }

  /**
   * The refused field, as the dataset format names it: the name of its accessor, but {@code extends} and
   * {@code implements} for {@link LegalInstrument#extendsInstruments()} and
   * {@link LegalInstrument#implementsInstruments()}, and the language code ({@code en}) for an entry of a
   * {@link LocalizedText}.
   *
   * @return the field's name; never null
   */
  public String field() {
    return field;
  }

  /**
   * The refused entry of the field, when it is a list and the check is about one of its entries.
   *
   * @return the entry's index from 0; empty when the check is about the field as a whole
   */
  public OptionalInt index() {
    return index < 0 ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * The other fields of the value that the check read to refuse this one, in its test or its message, as the dataset
   * format names them: the {@code holder} of a role refused for acting {@code via} its own holder, the {@code id} of
   * a body refused for being {@code partOf} itself. Every refusal of a record (or of a section) names it by its
   * {@code id}, which is listed only where the check compares a field with it.
   *
   * @return the fields' names; empty when the check read the refused field alone
   */
  public List<String> otherFieldsRead() {
    return List.of(otherFieldsRead);
  }
}
