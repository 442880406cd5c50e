package io.github.ccbrelations.data;

import io.github.ccbrelations.data.internal.SafeText;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a dataset, with where it is: the source (file or resource), line and column, JSON path and
 * record id.
 *
 * <p>Line and column are 1-based and are 0 when not known (for example for a violation found after parsing that
 * belongs to no single place). The JSON path has the form {@code $.roles[3].legalBases[0].instrument}.
 *
 * <p>Every text a violation holds is safe to print, whatever the file held: control characters, bidirectional
 * controls and line separators are escaped (a newline as {@code \n}, the terminal escape as
 * <code>&#92;u001b</code>), so a crafted value cannot forge a line of output; and each part is bounded (the source
 * and the JSON path to {@value #MAX_PLACE_LENGTH} characters, the record id to {@value #MAX_ID_LENGTH}, the message
 * to {@value #MAX_MESSAGE_LENGTH}), a longer one cut and followed by {@code "... (N characters)"}.
 */
public final class Violation {
  /** The longest source name and JSON path kept whole. */
  public static final int MAX_PLACE_LENGTH = 300;

  /** The longest record id kept whole; a valid id has at most 80 characters. */
  public static final int MAX_ID_LENGTH = 100;

  /** The longest message kept whole. */
  public static final int MAX_MESSAGE_LENGTH = 1000;

  private final ViolationCode code;
  private final Severity severity;
  private final String source;
  private final int line;
  private final int column;
  private final String jsonPath;
  private final Optional<String> recordId;
  private final String message;

  public Violation(
      ViolationCode code,
      Severity severity,
      String source,
      int line,
      int column,
      String jsonPath,
      Optional<String> recordId,
      String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    // Escaped and bounded here, where every producer of violations passes.
    this.source = SafeText.bounded(Objects.requireNonNull(source, "source"), MAX_PLACE_LENGTH);
    this.line = line;
    this.column = column;
    this.jsonPath = SafeText.bounded(Objects.requireNonNull(jsonPath, "jsonPath"), MAX_PLACE_LENGTH);
    this.recordId = Objects.requireNonNull(recordId, "recordId").map(id -> SafeText.bounded(id, MAX_ID_LENGTH));
    this.message = SafeText.bounded(Objects.requireNonNull(message, "message"), MAX_MESSAGE_LENGTH);
  }

  /**
   * The stable code.
   *
   * @return the code; never null
   */
  public ViolationCode code() {
    return code;
  }

  /**
   * How serious it is.
   *
   * @return the severity; never null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The file path, resource name or stream name the dataset was read from, escaped and bounded.
   *
   * @return the source name; never null
   */
  public String source() {
    return source;
  }

  /**
   * The 1-based line.
   *
   * @return the line; 0 when not known
   */
  public int line() {
    return line;
  }

  /**
   * The 1-based column.
   *
   * @return the column; 0 when not known
   */
  public int column() {
    return column;
  }

  /**
   * The JSON path of the offending value, escaped and bounded.
   *
   * @return a path such as {@code $.roles[3].body}; {@code $} for the whole document; never null
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * The id of the record the violation is in, escaped and bounded.
   *
   * @return the id; empty when it is in no record or the record has no readable id
   */
  public Optional<String> recordId() {
    return recordId;
  }

  /**
   * What is wrong, in words, escaped and bounded.
   *
   * @return the message; never null
   */
  public String message() {
    return message;
  }

  /**
   * The violation on one line: {@code source:line:column: CODE at $.path (record 'id'): message}.
   *
   * @return the text, with no line break and at most a few thousand characters; never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source);
    if (line > 0) {
      s.append(':').append(line).append(':').append(column);
    }
    s.append(": ").append(severity == Severity.WARNING ? "warning " : "").append(code).append(" at ").append(jsonPath);
    recordId.ifPresent(id -> s.append(" (record '").append(id).append("')"));
    return s.append(": ").append(message).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation v
        && code == v.code
        && severity == v.severity
        && source.equals(v.source)
        && line == v.line
        && column == v.column
        && jsonPath.equals(v.jsonPath)
        && recordId.equals(v.recordId)
        && message.equals(v.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, source, line, column, jsonPath, recordId, message);
  }
}
