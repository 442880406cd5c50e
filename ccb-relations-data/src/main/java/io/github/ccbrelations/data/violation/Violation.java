package io.github.ccbrelations.data.violation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One thing wrong with a dataset, with where it is.
 *
 * <p>The place is that of the value at fault (or of the field name, for a name given twice or too long): the line and
 * column of its first character, from the parser's location API, and its path. The column counts characters
 * (UTF-16 code units, as a Java string and SARIF do) from the line's start, but for a stream read once
 * ({@link io.github.ccbrelations.data.DatasetReader#read(java.io.InputStream, String)
 * DatasetReader.read(InputStream, String)}), where it counts the bytes of UTF-8, as the parser does.
 * An object that lacks a field (a required one, or one a rule needs, such as a role's {@code sources}) is placed at
 * its opening brace, with its own path: where a reader starts reading it.
 *
 * <p>Every text a violation holds is safe to print, whatever the file held: control characters, bidirectional
 * controls and line separators are escaped (a newline as {@code \n}, the terminal escape as
 * <code>&#92;u001b</code>), so a crafted value cannot forge a line of output; and each part is bounded (the source
 * and the JSON path to {@value #MAX_PLACE_LENGTH} characters, the record id to {@value #MAX_ID_LENGTH}, the message
 * to {@value #MAX_MESSAGE_LENGTH}), a longer one cut and followed by {@code "... (N characters)"}.
 *
 * @param code the stable code
 * @param severity how serious it is
 * @param source the file path, resource name or stream name the dataset was read from
 * @param line the 1-based line; 0 when not known (a file that cannot be read or is over the size limit, a violation
 *     of a loaded dataset), and then {@link #toString()} and the command line's reports give no place at all
 * @param column the 1-based column; 0 when not known
 * @param jsonPath the JSON path of the offending value, such as {@code $.roles[3].legalBases[0].instrument};
 *     {@code $} for the whole document
 * @param recordId the id of the record the violation is in; empty when it is in no record or the record has no
 *     readable id
 * @param message what is wrong, in words
 */
public record Violation(ViolationCode code, Severity severity, String source, int line, int column, String jsonPath,
    Optional<String> recordId, String message) {
  /** The longest source name and JSON path kept whole. */
  public static final int MAX_PLACE_LENGTH = 300;

  /** The longest record id kept whole; a valid id has at most 80 characters. */
  public static final int MAX_ID_LENGTH = 100;

  /** The longest message kept whole. */
  public static final int MAX_MESSAGE_LENGTH = 1000;

  /** Escapes and bounds every text, here, where every producer of violations passes. */
  public Violation {
    requireNonNull(code, "code");
    requireNonNull(severity, "severity");
    source = SafeText.bounded(requireNonNull(source, "source"), MAX_PLACE_LENGTH);
    jsonPath = SafeText.bounded(requireNonNull(jsonPath, "jsonPath"), MAX_PLACE_LENGTH);
    recordId = requireNonNull(recordId, "recordId").map(id -> SafeText.bounded(id, MAX_ID_LENGTH));
    message = SafeText.bounded(requireNonNull(message, "message"), MAX_MESSAGE_LENGTH);
  }

  /**
   * The violation on one line, with no line break and at most a few thousand characters:
   * {@code source:line:column: CODE at $.path (record 'id'): message}; a line or column not known is left out, never
   * written as 0.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source);
    if (line > 0) {
      s.append(':').append(line);
      if (column > 0) {
        s.append(':').append(column);
      }
    }
    s.append(": ").append(severity == Severity.WARNING ? "warning " : "").append(code).append(" at ").append(jsonPath);
    recordId.ifPresent(id -> s.append(" (record '").append(id).append("')"));
    return s.append(": ").append(message).toString();
  }
}
