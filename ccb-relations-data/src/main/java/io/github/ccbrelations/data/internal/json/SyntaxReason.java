package io.github.ccbrelations.data.internal.json;

import java.util.regex.Pattern;

/**
 * jackson-core's description of broken JSON, as a violation says it: what is wrong where ("Unexpected close marker
 * ']': expected '}'"), without what only a caller of jackson-core could act on. Its advice to enable one of its
 * features (the reader's settings are not the user's to change, and the format is strict JSON) is left out, and its
 * place of an earlier token, which names the class of the stream it read, is given as a line and column.
 */
final class SyntaxReason {
  /**
   * "enable `JsonReadFeature.X` to allow", "(consider enabling `...` to allow use of ... (...))", "(not recognized as
   * one since Feature 'X' not enabled for parser)".
   */
  private static final Pattern ADVICE = Pattern.compile(
      ":? \\(?(?:consider enabling|enable) `?[\\w.]+`? to allow(?: use of [^()]*\\([^()]*\\))?\\)?"
          + "| \\([^()]*Feature '?\\w+'? not enabled[^()]*\\)");
  /** "[Source: (io.github...Utf8Check); line: 9, column: 50]". */
  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private SyntaxReason() {}

  /** The message without jackson-core's advice, and with its places of tokens as lines and columns. */
  static String of(String jacksonMessage) {
    String reason = ADVICE.matcher(jacksonMessage).replaceAll("");
    return SOURCE.matcher(reason).replaceAll("line $1, column $2");
  }
}
