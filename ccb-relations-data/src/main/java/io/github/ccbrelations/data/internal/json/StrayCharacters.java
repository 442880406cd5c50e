package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.jspecify.annotations.Nullable;

/**
 * Finds the character of more than one byte outside a string that a parser error is about, from the bytes and the
 * parser's state alone (never from the error's message, whose wording is Jackson's to change). Outside a string such
 * a character (U+00E9, U+00A0, U+2028, U+FEFF) is not JSON, and jackson-core stumbles on its bytes at a place that
 * depends on what it expected: where a value starts, one past the second byte; where a comma is expected, at the
 * first byte; where a field name is expected, at the last byte; inside a literal, past the character.
 *
 * <p>Inside a string or a field name the same character is text, and an error next to it is the parser's own: a
 * control character just after it, or a bad escape on it (a backslash, or a backslash, u and hex digits, before it).
 * A control character after it is told from a value's start by where the parser stood: a value is begun at the
 * character itself (the token's place moved there), or after a field name; a string or name had begun before it.
 */
final class StrayCharacters {
  private StrayCharacters() {}

  /**
   * The character the error at an offset is about, and how many bytes before the offset it starts.
   *
   * @return null when the error is about no such character, or about one in a string or name
   */
  static Utf8Check.@Nullable Stray at(Utf8Check in, JsonParser p, long offset) {
    Utf8Check.Stray before = in.characterAt(offset - 1);
    if (before != null && before.back() == length(before.codePoint()) - 1) {
      // One past the character: where a value starts (or after a literal), unless a string holds a control character
      // there.
      long start = offset - 1 - before.back();
      int after = in.byteAt(offset);
      boolean control = after >= 0 && after < 0x20;
      return control && !begunAt(p, start) ? null : new Utf8Check.Stray(before.back() + 1, before.codePoint());
    }
    Utf8Check.Stray on = in.characterAt(offset);
    return on == null || escapeBefore(in, offset - on.back()) ? null : on;
  }

  /** Whether the parser was reading a value that begins at an offset, or the value of a field name. */
  private static boolean begunAt(JsonParser p, long start) {
    JsonLocation token = p.currentTokenLocation();
    return p.currentToken() == JsonToken.FIELD_NAME || (token != null && token.getByteOffset() == start);
  }

  /** Whether a backslash, or a backslash, the letter u and up to three hex digits, stand just before an offset. */
  private static boolean escapeBefore(Utf8Check in, long offset) {
    long i = offset - 1;
    while (i > offset - 4 && isHexDigit(in.byteAt(i))) {
      i--;
    }
    boolean unicode = in.byteAt(i) == 'u' && in.byteAt(i - 1) == '\\';
    return in.byteAt(offset - 1) == '\\' || unicode;
  }

  private static boolean isHexDigit(int b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
  }

  /** The length in UTF-8 of a code point above U+007F. */
  private static int length(int codePoint) {
    return codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
}
