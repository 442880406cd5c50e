package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.json.ReadLimits;
import io.github.ccbrelations.data.violation.ViolationCode;

/**
 * The bounds a {@link DatasetReader} puts on its input, so that a hostile or broken file ends in a
 * {@link ViolationCode#LIMIT_EXCEEDED} error rather than an {@link OutOfMemoryError}, a stack overflow or a hang.
 *
 * <p>The defaults are far above any real dataset (the bundled file is about 0.3 MB, nests 8 deep and has a few
 * hundred records) and fit a heap of 256 MiB whatever the input: unknown fields, violations and the names of an object
 * are bounded too ({@link #MAX_VIOLATIONS}, {@link #MAX_FIELDS_PER_OBJECT}). Raise one when you mean to read a larger
 * file, and give the JVM the heap it needs (about sixteen times the file's size):
 *
 * <pre>{@code
 * DatasetReader reader = DatasetReader.standard()
 *     .withLimits(Limits.defaults().withMaxDocumentBytes(1L << 30).withMaxRecords(5_000_000));
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param maxDocumentBytes the largest input in bytes, at least 1
 * @param maxDepth the deepest nesting of arrays and objects, from 8 (what the format needs) to 10,000
 * @param maxStringLength the longest string or field name in characters, at least 1
 * @param maxRecords the largest number of records (sources, bodies, instruments, roles and redirects together), at
 *     least 1
 */
public record Limits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxRecords) {
  /** The default largest input: 16 MiB, fifty times the bundled file; any input within it reads in a 256 MiB heap. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = ReadLimits.DEFAULT_MAX_DOCUMENT_BYTES;

  /** The default deepest nesting of arrays and objects; the format itself nests 8 deep. */
  public static final int DEFAULT_MAX_DEPTH = ReadLimits.DEFAULT_MAX_DEPTH;

  /** The default longest string or field name, in characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = ReadLimits.DEFAULT_MAX_STRING_LENGTH;

  /** The default largest number of records of all types together: 200,000, what a small heap holds indexed. */
  public static final int DEFAULT_MAX_RECORDS = ReadLimits.DEFAULT_MAX_RECORDS;

  /** The longest number, in digits, a reader accepts; no field of the format needs more than a few. */
  public static final int MAX_NUMBER_LENGTH = ReadLimits.MAX_NUMBER_LENGTH;

  /**
   * The most fields an object may have; the format's largest object has 17. Beyond it a read ends in a
   * {@link ViolationCode#LIMIT_EXCEEDED} error, so that the names kept to refuse a duplicate stay few.
   */
  public static final int MAX_FIELDS_PER_OBJECT = ReadLimits.MAX_FIELDS_PER_OBJECT;

  /**
   * The most violations a read or a validation keeps. A strict read that finds more stops with a
   * {@link ViolationCode#LIMIT_EXCEEDED} error after them; past it, lenient warnings and the rules' findings are
   * counted in one last violation ("and N more") instead of being kept.
   */
  public static final int MAX_VIOLATIONS = ReadLimits.MAX_VIOLATIONS;

  private static final Limits DEFAULTS = new Limits(
      DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_RECORDS);

  /**
   * Limits of these values, each in the range its accessor states.
   *
   * @throws IllegalArgumentException if a limit is outside its range; the message names it and its value
   */
  public Limits {
    atLeastOne("maxDocumentBytes", maxDocumentBytes);
    if (maxDepth < 8 || maxDepth > 10_000) {
      throw new IllegalArgumentException("maxDepth must be from 8 to 10000: " + maxDepth);
    }
    atLeastOne("maxStringLength", maxStringLength);
    atLeastOne("maxRecords", maxRecords);
  }

  /**
   * The default limits: {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes, depth {@value #DEFAULT_MAX_DEPTH}, strings of
   * {@value #DEFAULT_MAX_STRING_LENGTH} characters, {@value #DEFAULT_MAX_RECORDS} records.
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * These limits with another largest input size, at least 1 byte.
   *
   * @throws IllegalArgumentException if bytes is below 1
   */
  public Limits withMaxDocumentBytes(long bytes) {
    return new Limits(bytes, maxDepth, maxStringLength, maxRecords);
  }

  /**
   * These limits with another deepest nesting of arrays and objects, from 8 (what the format needs) to 10,000.
   *
   * @throws IllegalArgumentException if depth is outside that range
   */
  public Limits withMaxDepth(int depth) {
    return new Limits(maxDocumentBytes, depth, maxStringLength, maxRecords);
  }

  /**
   * These limits with another longest string (and field name), at least 1 character.
   *
   * @throws IllegalArgumentException if chars is below 1
   */
  public Limits withMaxStringLength(int chars) {
    return new Limits(maxDocumentBytes, maxDepth, chars, maxRecords);
  }

  /**
   * These limits with another largest number of records (sources, bodies, instruments, roles and redirects
   * together), at least 1.
   *
   * @throws IllegalArgumentException if records is below 1
   */
  public Limits withMaxRecords(int records) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, records);
  }

  /** These limits as the plain values the read takes. */
  ReadLimits read() {
    return new ReadLimits(maxDocumentBytes, maxDepth, maxStringLength, maxRecords);
  }

  private static void atLeastOne(String what, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be at least 1: " + value);
    }
  }
}
