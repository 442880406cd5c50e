package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.violation.Severity;
import io.github.ccbrelations.data.violation.Violation;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.util.Map;

/**
 * The library ends the error of an unknown field with advice for a Java caller, {@code DatasetReader.lenient()}; the
 * command line gives the same advice in its own terms, the option {@code --lenient}. Only the endings of the errors a
 * lenient read would accept are changed: any message may quote the file, which could hold the same words.
 *
 * <p>The library's text is rewritten, not made from typed parts: a {@link Violation} holds one message, which Java
 * callers read whole, so the advice as a part of its own would take a new component of that public record and each
 * of the places that make one, for this class's two endings, which tests pin.
 */
final class LenientAdvice {
  /** The library's endings, each with the command line's in its place. */
  private static final Map<String, String> ENDINGS = Map.of(
      " (DatasetReader.lenient() would ignore it with a warning)", " (--lenient would ignore it with a warning)",
      "; DatasetReader.lenient() reads it, ignoring the fields it does not know",
      "; --lenient reads it, ignoring the fields it does not know");

  private LenientAdvice() {}

  /** The violation's message, with the command line's advice where it has the library's. */
  static String message(Violation v) {
    String message = v.message();
    if (!lenientWouldAccept(v)) {
      return message;
    }
    for (Map.Entry<String, String> ending : ENDINGS.entrySet()) {
      if (message.endsWith(ending.getKey())) {
        return message.substring(0, message.length() - ending.getKey().length()) + ending.getValue();
      }
    }
    return message;
  }

  /** Whether a lenient read would take the violation for a warning and go on: an unknown field, read strictly. */
  private static boolean lenientWouldAccept(Violation v) {
    return v.code() == ViolationCode.UNKNOWN_FIELD && v.severity() == Severity.ERROR;
  }

  /** The violation on one line, as {@link Violation#toString()} writes it, with {@link #message(Violation)}. */
  static String line(Violation v) {
    String line = v.toString();
    // The message ends the line.
    return line.substring(0, line.length() - v.message().length()) + message(v);
  }
}
