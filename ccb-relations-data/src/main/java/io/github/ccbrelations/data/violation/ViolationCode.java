package io.github.ccbrelations.data.violation;

/** The stable code of a {@link Violation}; codes are never renamed, only added. */
public enum ViolationCode {
  /**
   * The input cannot be read: an I/O error, a missing file. (An input over the size limit is
   * {@link #LIMIT_EXCEEDED}.)
   */
  UNREADABLE,
  /** The bytes are not well-formed JSON (including trailing content and duplicate keys). */
  SYNTAX,
  /**
   * Well-formed JSON that does not have the dataset's shape: a missing or mistyped field (unknown:
   * {@link #UNKNOWN_FIELD}).
   */
  SHAPE,
  /**
   * A value breaks a rule of its type: a bad id, identifier, date, an invariant of a record, or an entry that repeats
   * an earlier one of its list.
   */
  INVALID_VALUE,
  /** The schema version of the file is not one this library reads. */
  UNSUPPORTED_SCHEMA_VERSION,
  /** Two records of one type share an id. */
  DUPLICATE_ID,
  /**
   * A reference names a record, section or paragraph that does not exist, or a citation supports a field that the
   * object citing it does not give.
   */
  DANGLING_REFERENCE,
  /**
   * Links loop: the body hierarchy, the succession ({@code replacedBy}) of bodies, instruments or roles, the capacities
   * roles are held in, the instruments that extend or amend each other, or a chain of redirects.
   */
  CYCLE,
  /** A role cites no source. */
  UNSOURCED_ROLE,
  /** Two dates of related records are out of order (the date order rules of the validator). */
  INVALID_DATE_ORDER,
  /** A date that cannot be right (the plausible dates rules of the validator). */
  IMPLAUSIBLE_DATE,
  /**
   * A body lacks an official name in a language the {@link io.github.ccbrelations.data.Validator validator} was told
   * to require.
   */
  MISSING_LANGUAGE,
  /** Two bodies have the same acronym in one language, so a lookup by that acronym is ambiguous. */
  SHARED_ACRONYM,
  /** A repealed or ended instrument does not name its successor in {@code replacedBy}; a warning. */
  MISSING_SUCCESSOR,
  /** An identifier does not fit its instrument or its other identifiers (the identifier rules of the validator). */
  IDENTIFIER_MISMATCH,
  /**
   * The input passes one of the reader's {@link io.github.ccbrelations.data.Limits limits}: its size, the nesting
   * depth, the length of a string, a field name or a number, or the number of records. The message names the limit,
   * its value and how to raise it.
   */
  LIMIT_EXCEEDED,
  /**
   * A field the format (of this library's schema version) does not have: an error when reading strictly, a
   * {@link Severity#WARNING} when reading with {@link io.github.ccbrelations.data.DatasetReader#lenient()
   * DatasetReader.lenient()}, which ignores it.
   */
  UNKNOWN_FIELD,
  /**
   * The bytes are not UTF-8: invalid UTF-8 sequences, or a UTF-16 or UTF-32 file. (A UTF-8 byte-order mark is
   * accepted and skipped.)
   */
  ENCODING
}
