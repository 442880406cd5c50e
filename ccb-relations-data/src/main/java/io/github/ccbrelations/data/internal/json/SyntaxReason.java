package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Broken JSON in the library's words: which character or token stands where, and what JSON wants there. jackson-core
 * tells the case; its messages have kept their wording through the 2.x versions this library reads, and a test on the
 * oldest of them keeps the two in step. A message of another wording is given as jackson-core words it, without what
 * only a caller of jackson-core could act on: its advice to enable one of its features (the reader's settings are not
 * the user's to change, and the format is strict JSON), and its place of an earlier token (it names the class of the
 * stream it read, and counts bytes), which the caller gives from the parser's context instead.
 */
final class SyntaxReason {
  /**
   * "enable `JsonReadFeature.X` to allow", "(consider enabling `...` to allow use of ... (...))", "(not recognized as
   * one since Feature 'X' not enabled for parser)".
   */
  private static final Pattern ADVICE = Pattern.compile(
      ":? \\(?(?:consider enabling|enable) `?[\\w.]+`? to allow(?: use of [^()]*\\([^()]*\\))?\\)?"
          + "| \\([^()]*Feature '?\\w+'? not enabled[^()]*\\)");
  /** " (for Object starting at [Source: (io.github...Utf8Check); line: 9, column: 50])", in bytes. */
  private static final Pattern OPENING = Pattern.compile(" \\(for \\w+ starting at \\[Source: [^\\]]*\\]\\)");

  /**
   * "Unexpected character ('x' (code 120))" or "((CTRL-CHAR, code 127))", with " in numeric value" in a number, then
   * what it expected.
   */
  private static final Pattern UNEXPECTED = Pattern.compile(
      "Unexpected character \\((?:'(.)' \\(code [^)]*\\)|\\(CTRL-CHAR, code (\\d+)\\))\\)( in numeric value)?: (.*)",
      Pattern.DOTALL);
  /** "Unrecognized token 'tru': was expecting (JSON String, ...)", "Non-standard token 'NaN'". */
  private static final Pattern TOKEN =
      Pattern.compile("(Unrecognized|Non-standard) token '(.*?)'(?::.*)?", Pattern.DOTALL);
  /** "Unexpected close marker '}': expected ']'", or ": no open Array to close" at the top level. */
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': .*", Pattern.DOTALL);
  private static final String VALUES =
      "JSON's values are strings in double quotes, numbers, objects, arrays, true, false and null";

  /** The cases of jackson-core's messages that the library words, or places, in its own way. */
  private enum Case {
    UNEXPECTED_CHARACTER, UNRECOGNIZED_TOKEN, NON_STANDARD_TOKEN, CLOSE_MARKER, LEADING_ZERO,
    LONE_SURROGATE_IN_A_NAME, OTHER
  }

  private final Case kind;
  /** jackson-core's message, without its advice and its place of an earlier token. */
  private final String message;
  /** The character, token or close marker it names, as messages quote it; empty when it names none. */
  private final String subject;
  /** For an unexpected character: whether it stood in a number, and what jackson-core expected there. */
  private final boolean inNumber;
  private final String expected;

  private SyntaxReason(Case kind, String message, String subject, boolean inNumber, String expected) {
    this.kind = kind;
    this.message = message;
    this.subject = subject;
    this.inNumber = inNumber;
    this.expected = expected;
  }

  /** Reads jackson-core's message of a syntax error once, for its case and what it names. */
  static SyntaxReason read(String jacksonMessage) {
    String message = OPENING.matcher(ADVICE.matcher(jacksonMessage).replaceAll("")).replaceAll("");
    Matcher m = UNEXPECTED.matcher(message);
    if (m.matches()) {
      String c = m.group(1) != null ? quoted(m.group(1))
          : String.format(Locale.ROOT, "U+%04X", Integer.parseInt(m.group(2)));
      return new SyntaxReason(Case.UNEXPECTED_CHARACTER, message, c, m.group(3) != null, m.group(4));
    }
    m = TOKEN.matcher(message);
    if (m.matches()) {
      Case kind = m.group(1).equals("Unrecognized") ? Case.UNRECOGNIZED_TOKEN : Case.NON_STANDARD_TOKEN;
      return new SyntaxReason(kind, message, quoted(m.group(2)), false, "");
    }
    m = CLOSE.matcher(message);
    if (m.matches()) {
      return new SyntaxReason(Case.CLOSE_MARKER, message, quoted(m.group(1)), false, "");
    }
    Case kind = message.startsWith("Invalid numeric value: Leading zeroes") ? Case.LEADING_ZERO
        // jackson-core 2.21 and later: "Broken surrogate pair in field name: ...", "Unexpected low surrogate in ...".
        : message.startsWith("Broken surrogate pair in field name")
            || message.startsWith("Unexpected low surrogate in field name") ? Case.LONE_SURROGATE_IN_A_NAME
        : Case.OTHER;
    return new SyntaxReason(kind, message, "", false, "");
  }

  /**
   * The message said in the library's words, without a place: a close marker inside an array or object wants the
   * caller to add the words of what it cannot close. The parser tells where it stopped, if there is one;
   * {@code number}, the text of the number the parser stopped in, from its first character, if it did.
   */
  String words(@Nullable JsonParser p, @Nullable String number) {
    return switch (kind) {
      case UNEXPECTED_CHARACTER -> number != null && (inNumber || expected.startsWith("expected a valid value"))
          && !expected.startsWith("JSON spec does not allow numbers to have plus signs")
          ? quoted(number) + " is not a number of JSON, which writes a digit after a minus sign, a decimal point and"
              + " an exponent"
          : unexpected(subject, inNumber, expected, fieldBeforeItsColon(p));
      case UNRECOGNIZED_TOKEN -> subject + " is not a value of JSON; " + VALUES;
      case NON_STANDARD_TOKEN -> subject + " is not a number of JSON, which has no NaN and no infinity";
      case CLOSE_MARKER -> subject + (closesTheWrongOne(p) ? " cannot close" : " closes no array or object");
      case LEADING_ZERO -> "a number with a leading zero; JSON writes no zero before the other digits of a number";
      case LONE_SURROGATE_IN_A_NAME, OTHER -> message;
    };
  }

  /** The name whose colon the parser looks for, if it stands on one. */
  private static @Nullable String fieldBeforeItsColon(@Nullable JsonParser p) {
    return p != null && p.currentToken() == JsonToken.FIELD_NAME
        ? JsonPaths.abbreviate(p.getParsingContext().getCurrentName()) : null;
  }

  /** A character that jackson-core did not expect where it stands, and what it expected there. */
  private static String unexpected(String c, boolean inNumber, String expected, @Nullable String field) {
    if (expected.startsWith("was expecting comma to separate Object")) {
      return c + " after a value in an object, where a comma or '}' must follow";
    } else if (expected.startsWith("was expecting comma to separate Array")) {
      return c + " after an entry of an array, where a comma or ']' must follow";
    } else if (expected.startsWith("was expecting double-quote to start field name")) {
      return c + " where a field name must start; JSON writes a field name as a string in double quotes";
    } else if (expected.startsWith("was expecting a colon")) {
      return c + " after the field name" + (field == null ? "" : " " + quoted(field)) + ", where a colon must follow";
    } else if (expected.startsWith("expected a valid value")) {
      return c + " where a value must start; " + VALUES;
    } else if (expected.startsWith("expected a value")) {
      return "a value is missing before " + c;
    } else if (expected.startsWith("maybe a (non-standard) comment")) {
      return c + " starts no token of JSON, which has no comments";
    } else if (expected.startsWith("JSON spec does not allow numbers to have plus signs")) {
      return "a number with a plus sign; JSON writes a number without one";
    } else if (expected.startsWith("Expected space separating root-level values")) {
      return c + " right after a value at the top level, where only white space may follow";
    } else if (inNumber) {
      return c + " in a number, where JSON wants a digit";
    }
    return "Unexpected character (" + c + "): " + expected;
  }

  /** Whether it is of a lone surrogate escape in a field name, which jackson-core refuses itself from 2.21 on. */
  boolean isLoneSurrogateInAName() {
    return kind == Case.LONE_SURROGATE_IN_A_NAME;
  }

  /** Whether it names a token that jackson-core read and could not take for a value ("tru", "NaN", "+1"). */
  boolean namesAToken() {
    return kind == Case.UNRECOGNIZED_TOKEN || kind == Case.NON_STANDARD_TOKEN
        || message.contains("allow numbers to have plus signs");
  }

  /** Whether it is of a character that a number of JSON cannot go on with. */
  boolean inANumber() {
    return kind == Case.UNEXPECTED_CHARACTER && inNumber;
  }

  /**
   * Whether it is of a close marker in an array or object that it cannot close, which is still the parser's context
   * (at the top level jackson-core 2.17 says which marker it expected there too).
   */
  boolean closesTheWrongOne(@Nullable JsonParser p) {
    return kind == Case.CLOSE_MARKER && p != null && !p.getParsingContext().inRoot();
  }

  /** A character, token or name as messages quote it: in single quotes, or in double quotes if it holds one. */
  static String quoted(String text) {
    return text.indexOf('\'') >= 0 ? '"' + text + '"' : "'" + text + "'";
  }

  /** A broken escape, in the library's words: jackson-core names a character of several bytes by its first byte. */
  static String of(Utf8Check.Escape escape) {
    int c = escape.codePoint();
    String character = String.format(Locale.ROOT, "U+%04X", c)
        + (Character.isLetterOrDigit(c) || (c > 0x20 && c < 0x7F) ? " '" + Character.toString(c) + "'" : "");
    return escape.unicode()
        ? "not JSON: " + character + " where \\u needs four hex digits (0-9, a-f, A-F)"
        : "not JSON: " + character + " after a backslash, which starts no escape of JSON; the escapes are \\\", \\\\,"
            + " \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hex digits";
  }

  /**
   * A control character where JSON does not allow it: as it stands, unescaped, in a string or a name; between tokens,
   * where only four white-space characters may stand (as the other characters outside a string are told).
   */
  static String control(int control, boolean inText) {
    if (!inText) {
      return String.format(Locale.ROOT, "not JSON: the control character U+%04X outside a string; between the tokens"
          + " of JSON only space, tab, LF and CR may stand", control);
    }
    String escape = switch (control) {
      case '\b' -> "\\b";
      case '\t' -> "\\t";
      case '\n' -> "\\n";
      case '\f' -> "\\f";
      case '\r' -> "\\r";
      default -> String.format(Locale.ROOT, "\\u%04X", control);
    };
    return String.format(Locale.ROOT, "not JSON: the control character U+%04X unescaped in a string or name; JSON"
        + " writes it %s", control, escape);
  }
}
