package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.ContentReference;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.InvalidFieldException;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LocalizedText;
import io.github.ccbrelations.model.PartialDate;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The values of the format read from the token the parser stands on: strings, integers, enum constants spelt
 * exactly, language codes, dates with four-digit years, periods, and any value its type makes from a string. What
 * does not fit is a {@link ValueFailure} placed on the token, with its path, from the parser's location API.
 */
final class Tokens {
  /** The languages by the codes the format writes, in lower case ({@link Language#ofCode} accepts any case). */
  private static final Map<String, Language> LANGUAGES =
      Map.of("fr", Language.FR, "nl", Language.NL, "en", Language.EN, "de", Language.DE);

  private final JsonParser p;
  /** The parser as jackson-core's base class, which gives a token's line and column without a location; or null. */
  private final @Nullable ParserBase base;
  /** How much more than its location's column the base's column is; measured on the first value placed. */
  private int columnShift = Integer.MIN_VALUE;
  /** Where a repeated entry of a list is noted: the failures of the record being read, which go on after it. */
  private final List<ValueFailure> failures;
  /** The violations the read kept before the record being read, which count with its failures to the cap. */
  private int keptBefore;
  /** Where each translation of the localized text being read starts, by its language's ordinal. */
  private final int[] translationLine = new int[Language.values().length];
  private final int[] translationColumn = new int[Language.values().length];

  Tokens(JsonParser p, List<ValueFailure> failures) {
    this.p = p;
    this.base = p instanceof ParserBase b ? b : null;
    this.failures = failures;
  }

  /** Sets how many violations the read kept before the record about to be read. */
  void keptBefore(int violations) {
    keptBefore = violations;
  }

  /**
   * Whether the read has {@link ReadLimits#MAX_VIOLATIONS} violations, with the failures of the record being read: what
   * is left of the record is skipped, and the read ends with it.
   */
  boolean full() {
    return keptBefore + failures.size() >= ReadLimits.MAX_VIOLATIONS;
  }

  /**
   * The fields a value's own check refused: the one the exception names, then those suppressed in it, as many as the
   * cap on violations leaves room for (the first always).
   */
  List<InvalidFieldException> refusals(InvalidFieldException e) {
    List<InvalidFieldException> all = new ArrayList<>();
    all.add(e);
    int room = ReadLimits.MAX_VIOLATIONS - keptBefore - failures.size();
    for (Throwable other : e.getSuppressed()) {
      if (all.size() >= room) {
        break;
      }
      if (other instanceof InvalidFieldException refusal) {
        all.add(refusal);
      }
    }
    return all;
  }

  /** The line where the value the parser stands on starts, as its {@link JsonParser#currentTokenLocation()} says. */
  int valueLine() {
    return base == null ? p.currentTokenLocation().getLineNr() : base.getTokenLineNr();
  }

  /**
   * The column where the value the parser stands on starts, as its {@link JsonParser#currentTokenLocation()} says,
   * without making a location: the binder notes where every value starts, and a location for each was a fifth of what
   * a load allocated. jackson-core's byte parser gives as {@link ParserBase#getTokenColumnNr()} one more than its
   * location's column (2.17 to 2.22), so the difference is measured on the first value, not assumed. Only for a
   * value: a field name's location is that of its opening quote, which the base does not keep as its token's.
   */
  int valueColumn() {
    if (base == null) {
      return p.currentTokenLocation().getColumnNr();
    }
    if (columnShift == Integer.MIN_VALUE) {
      columnShift = base.getTokenColumnNr() - p.currentTokenLocation().getColumnNr();
    }
    return base.getTokenColumnNr() - columnShift;
  }

  /** A date of the format, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, refused by its own check if not. */
  PartialDate partialDate() throws IOException {
    return PartialDate.parse(string());
  }

  Language language() throws IOException {
    String text = string();
    Language language = LANGUAGES.get(text);
    if (language == null) {
      throw notOneOf(text, "language of the format", "fr, nl, en, de");
    }
    return language;
  }

  /** A constant of one of the format's enum types, spelt exactly as its name. */
  <E extends Enum<E>> E enumValue(Class<E> type) throws IOException {
    String text = string();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      StringJoiner accepted = new StringJoiner(", ");
      for (E constant : type.getEnumConstants()) {
        accepted.add(constant.name());
      }
      throw notOneOf(text, type.getSimpleName(), accepted.toString());
    }
  }

  private ValueFailure notOneOf(String text, String type, String accepted) {
    return failure(ViolationCode.SHAPE,
        "\"" + JsonPaths.abbreviate(text) + "\" is not a " + type + "; one of: " + accepted);
  }

  /**
   * A text per language: an object whose fields are language codes. A key that is not a language is placed at the
   * key, a translation that is not a string or holds what a value may not at its value, each noted in turn, and the
   * object then ends with {@link ObjectWalk#NOTED}. Each blank translation is placed at its value, with its path; an
   * object with none, wrong as a whole, at its start.
   */
  LocalizedText localizedText() throws IOException {
    beginObject();
    // The object's own context keeps where it starts after it closes: no location is made unless it fails.
    JsonStreamContext object = p.getParsingContext();
    Map<Language, String> values = new EnumMap<>(Language.class);
    // The keys given, failed or not: a language by its bit, another key (only a broken text has one) in a set.
    int languages = 0;
    Set<String> others = Set.of();
    int failuresBefore = failures.size();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String code = p.currentName();
      Language language = LANGUAGES.get(code);
      if (language != null ? (languages & 1 << language.ordinal()) != 0 : others.contains(code)) {
        throw NameSet.duplicate(p, code);
      }
      if (full()) {
        throw ObjectWalk.NOTED;
      }
      if (language != null) {
        languages |= 1 << language.ordinal();
      } else {
        others = others.isEmpty() ? new HashSet<>() : others;
        others.add(code);
        failures.add(failure(ViolationCode.SHAPE, "'" + JsonPaths.abbreviate(code)
            + "' is not a language of the format; the languages are fr, nl, en, de"));
      }
      p.nextToken();
      if (language == null) {
        TextCheck.skip(p);
        continue;
      }
      translationLine[language.ordinal()] = valueLine();
      translationColumn[language.ordinal()] = valueColumn();
      try {
        values.put(language, string());
      } catch (ValueFailure f) {
        failures.add(f);
        TextCheck.skip(p);
      }
    }
    try {
      LocalizedText text = LocalizedText.of(values);
      if (failures.size() == failuresBefore) {
        return text;
      }
    } catch (InvalidFieldException e) {
      for (InvalidFieldException translation : refusals(e)) {
        blank(translation);
      }
    } catch (IllegalArgumentException e) {
      // No translation at all: not news when a key or a translation failed.
      if (failures.size() == failuresBefore) {
        throw new ValueFailure(ViolationCode.INVALID_VALUE, object.startLocation(ContentReference.unknown()),
            JsonPaths.of(p), String.valueOf(e.getMessage()));
      }
    }
    throw ObjectWalk.NOTED;
  }

  /** Notes a blank translation at its value; the closed object's context is its parent's, which names it: its path. */
  private void blank(InvalidFieldException e) {
    int i = Language.ofCode(e.field()).ordinal();
    failures.add(new ValueFailure(ViolationCode.INVALID_VALUE,
        new JsonLocation(ContentReference.unknown(), -1L, -1L, translationLine[i], translationColumn[i]),
        JsonPaths.of(p) + "." + e.field(), String.valueOf(e.getMessage())));
  }

  /** A calendar date, {@code YYYY-MM-DD}, and nothing more. */
  LocalDate date() throws IOException {
    String text = string();
    // A time follows the date's ten characters; a space or a T anywhere else is only a malformed date.
    if (text.length() > 11 && (text.charAt(10) == 'T' || text.charAt(10) == ' ')) {
      throw failure(ViolationCode.SHAPE,
          "'" + JsonPaths.abbreviate(text) + "' is a date and time; a date has no time component: YYYY-MM-DD");
    }
    if (text.length() != 10) {
      throw failure(ViolationCode.INVALID_VALUE,
          "'" + JsonPaths.abbreviate(text) + "' is not a calendar date of the form YYYY-MM-DD");
    }
    return PartialDate.parse(text).earliest();
  }

  /** A period of time that passes (P1Y, P6M), refused at its value when it is not one or is zero or negative. */
  Period period() throws IOException {
    String text = string();
    Period period;
    try {
      period = Period.parse(text);
    } catch (DateTimeException e) {
      throw failure(ViolationCode.INVALID_VALUE,
          "'" + JsonPaths.abbreviate(text) + "' is not an ISO-8601 period such as P1Y or P6M");
    }
    if (period.isZero() || period.isNegative()) {
      throw failure(ViolationCode.INVALID_VALUE, "'" + JsonPaths.abbreviate(text) + "' is not a positive period");
    }
    return period;
  }

  String string() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_STRING) {
      throw wrongKind("a string", t);
    }
    String text = TextCheck.rawText(p);
    JsonStreamContext owner = p.getParsingContext().getParent();
    String problem = TextCheck.forbidden(text, owner != null && "description".equals(owner.getCurrentName()));
    if (problem != null) {
      // A lone surrogate, wherever it stands, is an encoding error that ends the read.
      TextCheck.surrogates(p, text);
      throw failure(ViolationCode.INVALID_VALUE, where() + " " + problem);
    }
    return text;
  }

  int integer() throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongKind("an integer", t);
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw failure(ViolationCode.SHAPE, "the number " + JsonPaths.abbreviate(p.getText())
          + " is out of range of int (" + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ")");
    }
    return p.getIntValue();
  }

  /**
   * An integer of 1 or more (a count, the number of a paragraph), refused at its value when it is less, with the rule
   * alone: the object's own check says the same with the object's name, but only once the object is read.
   *
   * @param rule what the value must be, as the message says it before the value
   */
  int integerFromOne(String rule) throws IOException {
    int value = integer();
    if (value < 1) {
      throw failure(ViolationCode.INVALID_VALUE, rule + ": " + value);
    }
    return value;
  }

  void beginArray() throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongKind("an array", p.currentToken());
    }
  }

  /**
   * The list the parser stands on, to read entry by entry; the parser must stand on an array, and ends on its closing
   * bracket. An entry that repeats an earlier one ({@link Repeats}) is noted as a failure of the record, placed at its
   * start, and left out; the list goes on.
   *
   * <pre>{@code
   * Tokens.Entries<BodyId> entries = tokens.list();
   * while (entries.next()) {
   *   entries.add(ids.bodyId());
   * }
   * return entries.values();
   * }</pre>
   */
  <T> Entries<T> list() throws IOException {
    beginArray();
    return new Entries<>();
  }

  /** A list being read, as {@link #list} shows. */
  final class Entries<T> {
    private final List<T> out = new ArrayList<>();
    private @Nullable Map<Object, Integer> keys;
    /** Whether an entry was left out (a repeat, or one that failed): a null holds its place, as in the file. */
    private boolean leftOut;
    /** The context of the entry being read: an object entry's keeps where it starts after it closes. */
    private @Nullable JsonStreamContext entry;

    private Entries() {}

    /** Moves the parser onto the next entry; false at the list's closing bracket. */
    boolean next() throws IOException {
      if (p.nextToken() == JsonToken.END_ARRAY) {
        return false;
      }
      entry = p.getParsingContext();
      return true;
    }

    /** Adds the entry just read, the parser on its end (a value, a closing brace); a repeat is noted, not added. */
    void add(T value) {
      out.add(value);
      if (keys == null && Repeats.isLong(out)) {
        keys = Repeats.keys(out);
      }
      int earlier = Repeats.earlier(out, keys);
      if (earlier >= 0) {
        leftOut = true;
        failures.add(repeat(Objects.requireNonNull(entry), earlier, out.set(out.size() - 1, null)));
        if (full()) {
          // A list of endless repeats ends here, with its record, and the read with it: no more are kept.
          throw ObjectWalk.NOTED;
        }
      }
    }

    /** Leaves out the entry just read, which failed, keeping its place. */
    void failed() {
      out.add(null);
      leftOut = true;
    }

    /** Whether an entry was left out: one that failed, or a repeat. */
    boolean leftOut() {
      return leftOut;
    }

    /** The entries read, but the repeats and those that failed. */
    List<T> values() {
      if (leftOut) {
        out.removeIf(Objects::isNull);
      }
      return out;
    }
  }

  /** An entry that repeats the one at {@code earlier}, the parser standing on its end (a value, a closing brace). */
  private ValueFailure repeat(JsonStreamContext entry, int earlier, Object value) {
    JsonLocation at = p.currentToken() == JsonToken.END_OBJECT ? entry.startLocation(ContentReference.unknown())
        : p.currentTokenLocation();
    return new ValueFailure(ViolationCode.INVALID_VALUE, at, JsonPaths.of(p), where() + " repeats element "
        + earlier + " (" + Repeats.what(value) + "); a list holds each entry once");
  }

  void beginObject() throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongKind("an object", p.currentToken());
    }
  }

  ValueFailure wrongKind(String expected, @Nullable JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return failure(ViolationCode.SHAPE, where() + " is null; a field without a value is left out, and a list"
          + " holds no null");
    }
    return failure(ViolationCode.SHAPE, where() + " must be " + expected + ", not " + kindOf(t));
  }

  /** The field (or list element) the parser stands on, for messages. */
  String where() {
    JsonStreamContext c = p.getParsingContext();
    if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
      c = c.getParent();
    }
    if (c == null) {
      return "the value";
    }
    if (c.inArray()) {
      JsonStreamContext parent = c.getParent();
      String list = parent == null || parent.getCurrentName() == null ? "" : " of '" + parent.getCurrentName() + "'";
      return "element " + Math.max(0, c.getCurrentIndex()) + list;
    }
    return c.getCurrentName() == null ? "the value" : "'" + JsonPaths.abbreviate(c.getCurrentName()) + "'";
  }

  /** The token the parser stands on, named as {@link DocumentParser#describe} names it, with its value. */
  String kindOf(@Nullable JsonToken t) throws IOException {
    if (t == null) {
      return "the end of the input";
    }
    String kind = describe(t);
    if (t == JsonToken.VALUE_STRING) {
      return kind + " (\"" + JsonPaths.abbreviate(TextCheck.text(p)) + "\")";
    }
    return t.isNumeric() || t.isBoolean() ? kind + " (" + JsonPaths.abbreviate(p.getText()) + ")" : kind;
  }

  /**
   * A failure placed on the token the parser stands on: a value, or the closing brace of an object (whose path the
   * parser's context then gives, since a closed object's context is its parent's).
   */
  ValueFailure failure(ViolationCode code, String message) {
    return new ValueFailure(code, p.currentTokenLocation(), JsonPaths.of(p), message);
  }

  /** The kind of a token, for messages: "an array", "a string". */
  static String describe(JsonToken t) {
    return switch (t) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.toString();
    };
  }
}
