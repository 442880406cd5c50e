package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A value that cannot be bound: the record it is in is not loaded. */
final class ValueFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The violation code: {@code SHAPE} for a value of the wrong kind, {@code INVALID_VALUE} for a bad value. */
  final transient ViolationCode code;
  /**
   * Where: the value's first character (for an object that fails its own check, that of the field the check names, or
   * of the list that holds the entry it names), or the opening brace of an object that lacks a field or fails a check
   * that names none.
   */
  final transient JsonLocation at;
  final String path;
  /**
   * Whether {@code at} is the start of the list that holds the entry {@code path} names: the binder keeps no place of
   * a list's entries, so a second walk of the input, when there is one, finds the entry's.
   */
  final boolean atItsList;
  /** Every failure of the record, this one first. */
  private final transient List<ValueFailure> all;
  /**
   * The record built on stand-ins for its failed and missing fields, which the rules judge where they read none of
   * those ({@link ParsedDocument.FailedRecord}); null for a single value, and for a record that could not be built so.
   */
  final transient @Nullable Object builtOnStandIns;
  /** The fields of {@link #builtOnStandIns} that failed, are missing, or lost an entry of their list. */
  final transient Set<String> failedFields;

  ValueFailure(ViolationCode code, JsonLocation at, String path, String message) {
    this(code, at, path, message, false);
  }

  ValueFailure(ViolationCode code, JsonLocation at, String path, String message, boolean atItsList) {
    super(message, null, false, false);
    this.code = code;
    this.at = at;
    this.path = path;
    this.atItsList = atItsList;
    this.all = List.of(this);
    this.builtOnStandIns = null;
    this.failedFields = Set.of();
  }

  ValueFailure(List<ValueFailure> all) {
    this(all, null, Set.of());
  }

  /** The failures of a record, with the record as built on stand-ins for the fields that failed. */
  ValueFailure(List<ValueFailure> all, @Nullable Object builtOnStandIns, Set<String> failedFields) {
    super(all.get(0).getMessage(), null, false, false);
    this.code = all.get(0).code;
    this.at = all.get(0).at;
    this.path = all.get(0).path;
    this.atItsList = all.get(0).atItsList;
    this.all = List.copyOf(all);
    this.builtOnStandIns = builtOnStandIns;
    this.failedFields = Set.copyOf(failedFields);
  }

  /**
   * Every value of the record that could not be bound, in the order found: the file's for its values, the check's for
   * the fields its own check refused.
   */
  List<ValueFailure> all() {
    return all;
  }
}
