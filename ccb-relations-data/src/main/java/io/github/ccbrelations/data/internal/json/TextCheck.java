package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the strings of a dataset may hold. A string is Unicode text: a surrogate written as an escape
 * ({@code \ud800}) that is not half of a pair ends the read as an {@code ENCODING} error, in any string or field name,
 * even one that is skipped. A value holds no control character (U+0000 to U+001F, U+007F to U+009F), no
 * bidirectional formatting character (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), no line or
 * paragraph separator (U+2028, U+2029) and no byte-order mark (U+FEFF): they make a name, an id or an identifier
 * render as another, or break the lines of what is printed. Only free-text descriptions may hold tab and line ends
 * (LF, CR).
 */
final class TextCheck {
  private TextCheck() {}

  /**
   * The text of the string the parser stands on, once it is checked: Unicode text, within the length limit.
   *
   * @throws ReadStop if a string value is longer than the parser's limit (it checks the length as it reads the text),
   *     or if it holds a lone surrogate
   */
  static String text(JsonParser p) throws IOException {
    String text = rawText(p);
    surrogates(p, text);
    return text;
  }

  /**
   * The text of the string the parser stands on, within the length limit but not checked further: the caller checks
   * it with {@link #forbidden}, which finds lone surrogates in the same pass.
   *
   * @throws ReadStop if a string value is longer than the parser's limit
   */
  static String rawText(JsonParser p) throws IOException {
    try {
      return p.getText();
    } catch (StreamConstraintsException e) {
      // At the string's start: the parser stopped somewhere in it, a limit's length past it.
      throw new ReadStop(ViolationCode.LIMIT_EXCEEDED, p.currentTokenLocation(), "a string is longer than "
          + Counted.of(p.streamReadConstraints().getMaxStringLength(), "character", "characters") + ", the limit"
          + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxStringLength(...)))");
    }
  }

  /**
   * Refuses the string the parser stands on (whose text is given) if it holds a lone surrogate ({@link JsonGrammar}
   * refuses one in a field name before the parser reads it).
   *
   * @throws ReadStop placed on the string, if it holds a lone surrogate
   */
  static void surrogates(JsonParser p, String text) throws ReadStop {
    String problem = loneSurrogate(text, "string");
    if (problem != null) {
      throw new ReadStop(ViolationCode.ENCODING, p.currentTokenLocation(), problem);
    }
  }

  /** What is wrong with a text that holds a lone surrogate, {@code what} naming the text; null when it holds none. */
  static @Nullable String loneSurrogate(String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      return loneSurrogateMessage(what, c, i + 1);
    }
    return null;
  }

  /** That a text holds a lone surrogate, at a character of it counted from 1 (0 when not known). */
  static String loneSurrogateMessage(String what, char surrogate, int character) {
    String half = Character.isHighSurrogate(surrogate) ? "high surrogate not followed by a low one"
        : "low surrogate not preceded by a high one";
    return "not Unicode text: the " + what + " holds the escape \\u" + String.format(Locale.ROOT, "%04x",
        (int) surrogate) + (character > 0 ? " at character " + character : "") + ", a " + half
        + "; a surrogate is only half of a pair";
  }

  /**
   * Skips the value the parser stands on (and all it holds), refusing lone surrogates in its strings.
   *
   * @throws ReadStop if a string holds a lone surrogate
   */
  static void skip(JsonParser p) throws IOException {
    int depth = 0;
    JsonToken t = p.currentToken();
    while (true) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
      } else if (t == JsonToken.VALUE_STRING) {
        text(p);
      } else if (t == null) {
        return;
      }
      if (depth == 0) {
        return;
      }
      t = p.nextToken();
    }
  }

  /**
   * The first character a value may not hold, described for a message; a lone surrogate is one too, which the caller
   * then refuses with {@link #surrogates} as an encoding error.
   *
   * @param text the value
   * @param freeText whether it is a free-text description, which may hold tab and line ends
   * @return the problem; null when the value holds none
   */
  static @Nullable String forbidden(String text, boolean freeText) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Nearly every character: printable ASCII, or a letter well above the forbidden ranges.
      if ((c >= 0x20 && c < 0x7F) || (c > 0x9F && c < 0x061C)) {
        continue;
      }
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "holds a lone surrogate";
      }
      String kind = kind(c, freeText);
      if (kind != null) {
        return "holds " + kind + " U+" + String.format(Locale.ROOT, "%04X", (int) c) + " at character " + (i + 1)
            + (freeText
                ? "; a description holds no control character but tab, LF and CR, and no bidirectional formatting"
                : "; names, titles, ids, identifiers and the other values hold no control character and no"
                    + " bidirectional formatting")
            + " (they can make a value render as another or break the lines it is printed on)";
      }
    }
    return null;
  }

  private static @Nullable String kind(char c, boolean freeText) {
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return freeText && (c == '\t' || c == '\n' || c == '\r') ? null : "the control character";
    }
    if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return "the bidirectional formatting character";
    }
    if (c == 0x2028 || c == 0x2029) {
      return "the line or paragraph separator";
    }
    if (c == 0xFEFF) {
      return "the byte-order mark";
    }
    return null;
  }
}
