package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * What ends a read other than broken JSON, in the library's words: a passed limit, input that is not Unicode text, or
 * a field given twice in one object. It is told apart by its type, never by the text of a parser's exception.
 */
class ReadStop extends IOException {
  private static final long serialVersionUID = 1L;

  final transient ViolationCode code;
  /**
   * Where, with the path of the value the parser stands on; null for a stop met below the parser, in its input, which
   * is placed where the parser stands as it moves on.
   */
  final transient @Nullable JsonLocation at;

  ReadStop(ViolationCode code, @Nullable JsonLocation at, String message) {
    super(message);
    this.code = code;
    this.at = at;
  }
}
