package io.github.ccbrelations.data;

/** The stable code of a {@link Violation}; codes are never renamed, only added. */
public enum ViolationCode {
  /** The input cannot be read: an I/O error or more bytes than allowed. */
  UNREADABLE,
  /** The bytes are not well-formed JSON (including trailing content and duplicate keys). */
  SYNTAX,
  /** Well-formed JSON that does not have the dataset's shape: a missing, unknown or mistyped field. */
  SHAPE,
  /** A value breaks a rule of its type: a bad id, identifier, date, or an invariant of a record. */
  INVALID_VALUE,
  /** The schema version of the file is not one this library reads. */
  UNSUPPORTED_SCHEMA_VERSION,
  /** Two records of one type share an id. */
  DUPLICATE_ID,
  /** A reference names a record, section or paragraph that does not exist. */
  DANGLING_REFERENCE,
  /** The body hierarchy or the succession of instruments loops. */
  CYCLE,
  /** A role cites no source. */
  UNSOURCED_ROLE
}
