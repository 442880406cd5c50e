package io.github.ccbrelations.data.internal.json;

/**
 * The bytes of a number or literal of JSON, and of a token that a parser reads as one (a Java name's bytes, the signs
 * and points of numbers): what {@link JsonGrammar} holds back and judges at its end.
 */
final class BareTokens {
  private BareTokens() {}

  /**
   * Where the number or literal of JSON that begins the bytes from {@code start} to {@code end} ends (what follows it
   * is judged apart); -1 when none begins them.
   */
  static int valueEnd(byte[] b, int start, int end) {
    int number = numberEnd(b, start, end);
    if (isNumber(b, start, number) && !leadingZero(b, start, end)) {
      return number;
    }
    // A literal ends at the first byte that is not a letter, digit, '_' or '$' (a control character, a letter beyond
    // ASCII): that byte is then out of place on its own.
    int word = start;
    while (word < end && b[word] >= '$' && b[word] < 0x7F && isWordByte(b[word])) {
      word++;
    }
    return is(b, start, word, "true") || is(b, start, word, "false") || is(b, start, word, "null") ? word : -1;
  }

  /** Whether the bytes from {@code start} to {@code end} are those of an ASCII literal. */
  private static boolean is(byte[] b, int start, int end, String literal) {
    if (end - start != literal.length()) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (b[i] != literal.charAt(i - start)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the start of a token ends that a number of JSON could go on from: a minus sign, digits (a zero alone), a
   * point and the digits after it (the point alone when none follow), an exponent with its sign and digits.
   */
  static int numberEnd(byte[] b, int start, int end) {
    int i = start < end && b[start] == '-' ? start + 1 : start;
    int integer = digits(b, i, end);
    if (integer == i) {
      return i;
    }
    i = b[i] == '0' ? i + 1 : integer;
    if (i < end && b[i] == '.') {
      int fraction = digits(b, i + 1, end);
      if (fraction == i + 1) {
        return i + 1;
      }
      i = fraction;
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      i = digits(b, i, end);
    }
    return i;
  }

  /** Whether the bytes from {@code start} to {@code end}, a {@link #numberEnd}, are a whole number: a digit ends it. */
  static boolean isNumber(byte[] b, int start, int end) {
    return end > start && b[end - 1] >= '0' && b[end - 1] <= '9';
  }

  /** Whether a token is a number that writes a zero before its other digits. */
  static boolean leadingZero(byte[] b, int start, int end) {
    int i = start < end && b[start] == '-' ? start + 1 : start;
    return i + 1 < end && b[i] == '0' && b[i + 1] >= '0' && b[i + 1] <= '9';
  }

  private static int digits(byte[] b, int from, int end) {
    int i = from;
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      i++;
    }
    return i;
  }

  /**
   * A byte of a literal or number of JSON, or of a misspelling of one as a parser reads it (a Java name's): the bytes
   * of a letter beyond ASCII ({@code trué}) and the control characters Java ignores in names are part of it too.
   */
  static boolean isTokenByte(int b) {
    return isWordByte(b) || b == '+' || b == '-' || b == '.';
  }

  /** A byte of a name as a parser reads a misspelt literal: a Java name's, with the bytes of letters beyond ASCII. */
  static boolean isWordByte(int b) {
    return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '$'
        || b >= 0x80 || b <= 0x08 || (b >= 0x0E && b <= 0x1B) || b == 0x7F;
  }
}
