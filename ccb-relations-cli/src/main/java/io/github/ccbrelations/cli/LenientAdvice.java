package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Violation;
import java.util.Map;

/**
 * The library ends the error of an unknown field with advice for a Java caller, {@code DatasetReader.lenient()}; the
 * command line gives the same advice in its own terms, the option {@code --lenient}. Only those endings are changed:
 * the rest of a message may quote the file, which could hold the same words.
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
    for (Map.Entry<String, String> ending : ENDINGS.entrySet()) {
      if (message.endsWith(ending.getKey())) {
        return message.substring(0, message.length() - ending.getKey().length()) + ending.getValue();
      }
    }
    return message;
  }

  /** The violation on one line, as {@link Violation#toString()} writes it, with {@link #message(Violation)}. */
  static String line(Violation v) {
    String line = v.toString();
    // The message ends the line.
    return line.substring(0, line.length() - v.message().length()) + message(v);
  }
}
