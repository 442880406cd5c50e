package io.github.ccbrelations.data.internal.json;

/**
 * The limits of one read as plain values: those a caller may set, already checked by the public {@code Limits} that
 * takes its defaults from here, and the fixed ones.
 */
public record ReadLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxRecords) {
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_MAX_DEPTH = 32;
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;
  public static final int DEFAULT_MAX_RECORDS = 200_000;
  public static final int MAX_NUMBER_LENGTH = 100;
  public static final int MAX_FIELDS_PER_OBJECT = 10_000;
  public static final int MAX_VIOLATIONS = 10_000;

  public static final ReadLimits DEFAULTS = new ReadLimits(
      DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_RECORDS);
}
