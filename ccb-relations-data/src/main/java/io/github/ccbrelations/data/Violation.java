package io.github.ccbrelations.data;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a dataset, with where it is: the source (file or resource), line and column, JSON path and
 * record id.
 *
 * <p>Line and column are 1-based and are 0 when not known (for example for a violation found after parsing that
 * belongs to no single place). The JSON path has the form {@code $.roles[3].legalBases[0].instrument}.
 */
public final class Violation {
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
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
    this.recordId = Objects.requireNonNull(recordId, "recordId");
    this.message = Objects.requireNonNull(message, "message");
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
   * The file path, resource name or stream name the dataset was read from.
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
   * The JSON path of the offending value.
   *
   * @return a path such as {@code $.roles[3].body}; {@code $} for the whole document; never null
   */
  public String jsonPath() {
    return jsonPath;
  }

  /**
   * The id of the record the violation is in.
   *
   * @return the id; empty when it is in no record or the record has no readable id
   */
  public Optional<String> recordId() {
    return recordId;
  }

  /**
   * What is wrong, in words.
   *
   * @return the message; never null
   */
  public String message() {
    return message;
  }

  /**
   * The violation on one line: {@code source:line:column: CODE at $.path (record 'id'): message}.
   *
   * @return the text; never null
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
