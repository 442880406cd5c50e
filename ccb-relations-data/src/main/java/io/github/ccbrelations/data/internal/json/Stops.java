package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.ccbrelations.data.internal.json.LoadFailure.Opening;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Position;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What stopped a parse, as the violation that ends the load: which code, where, and in which words. It is told from
 * the exception's kind, where the parser stands and the bytes the UTF-8 check still holds, never from a place in an
 * exception's text; jackson-core counts columns in bytes and places some errors past their character.
 */
final class Stops {
  static final String AFTER_THE_DOCUMENT = "unexpected content after the end of the dataset object";

  /** Makes the failure of the load: the violations noted so far, and this one. */
  interface Failures {
    LoadFailure fail(ViolationCode code, Position at, String path, String message, @Nullable Throwable cause);
  }

  private final ReadLimits limits;
  /** Where the dataset object ends, when the parse read it to its closing brace: what follows is out of place. */
  private final @Nullable JsonLocation documentEnd;
  private final Failures failures;

  Stops(ReadLimits limits, @Nullable JsonLocation documentEnd, Failures failures) {
    this.limits = limits;
    this.documentEnd = documentEnd;
    this.failures = failures;
  }

  /**
   * What ended the parse, as the failure of the load: the violations noted so far, and this one. An input that ended
   * early, where the parser stands (at its start, at a byte that is not UTF-8, at a read that failed), ended it,
   * whatever the parser made of that end (the end of a string, of the document).
   */
  LoadFailure of(@Nullable Exception thrown, @Nullable JsonParser p, Utf8Check in) {
    JsonLocation here = p == null ? null : p.currentLocation();
    // Where the parser stood: in the string it was reading (its text is read apart, after the token), or moving on.
    String path = inString(thrown) ? JsonPaths.of(p) : JsonPaths.moving(p);
    Exception e = in.failedRead() != null ? in.failedRead() : thrown;
    ReadStop stop = in.problem() != null ? in.problem() : e instanceof ReadStop s ? s : null;
    if (stop != null) {
      return stop.at == null ? fail(stop.code, here, path, stop.getMessage(), e)
          : fail(stop.code, stop.at, JsonPaths.of(p), stop.getMessage(), e);
    } else if (e instanceof LoadFailure f) {
      return f;
    } else if (e instanceof StreamConstraintsException c) {
      JsonLocation where = c.getLocation() != null ? c.getLocation() : here;
      if (p != null && nameTooLong(p)) {
        // A name too long is one the parser was reading, placed where it stopped; its start, a limit's length before,
        // is the first name after the token the parser stands on, which a second walk of the input can find.
        return fail(ViolationCode.LIMIT_EXCEEDED, where, path, limitMessage(p), e)
            .inALongTokenAfter(p.currentTokenLocation().getByteOffset());
      }
      // A number too long, or nesting too deep, is a value the parser began: placed at the token it stands on as it
      // begins it, the value itself in a list. In an object that token is the field's name, read with the number: the
      // number is the token after it, which a second walk of the input can find.
      LoadFailure f = fail(ViolationCode.LIMIT_EXCEEDED, p == null ? where : p.currentTokenLocation(),
          JsonPaths.of(p), limitMessage(p), e);
      boolean numberAfterName = p != null && !tooDeep(p) && p.currentToken() == JsonToken.FIELD_NAME;
      return numberAfterName ? f.inALongTokenAfter(p.currentTokenLocation().getByteOffset()) : f;
    } else if (e instanceof JsonEOFException eof) {
      Position after = documentEnd == null ? null : in.firstAfterSpace(documentEnd);
      return after != null ? fail(ViolationCode.SYNTAX, after, "$", AFTER_THE_DOCUMENT, e)
          : endOfInput(p, Position.of(eof.getLocation()), path, e);
    } else if (e instanceof StreamReadException r) {
      return syntax(r, thrown, p, in, path);
    }
    return fail(ViolationCode.UNREADABLE, new Position(0, 0), "$", LoadFailure.cannotRead((IOException) e), e);
  }

  /**
   * Broken JSON, as jackson-core reports it: placed and said from the bytes the UTF-8 check still holds and the
   * parser's context, jackson-core's message telling only the case.
   */
  private LoadFailure syntax(StreamReadException r, @Nullable Exception thrown, @Nullable JsonParser p, Utf8Check in,
      String path) {
    // Every encoding error is the UTF-8 check's (it is stricter than the parser and runs first): this is syntax.
    // Between tokens jackson-core places some errors off the bytes at fault, which the check still holds.
    JsonLocation at = r.getLocation();
    SyntaxReason reason = SyntaxReason.read(r.getOriginalMessage());
    if (at != null && p != null && reason.isLoneSurrogateInAName()) {
      LoadFailure name = loneSurrogateInAName(at, p, in, r);
      if (name != null) {
        return name;
      }
    }
    boolean betweenTokens = at != null && p != null && !inString(thrown);
    // A token it names (or a number it stopped in), or a control character before the place it gives, is what it
    // stopped at, whatever follows; but a character beyond ASCII that begins a "token", or follows a whole value in one
    // (as jackson-core 2.21 and later name them), is that character, out of place: found in the bytes, not the message.
    long strayInToken = at != null && reason.namesAToken() ? in.strayInAToken(at.getByteOffset()) : -1;
    boolean inNumber = reason.inANumber();
    boolean named = (reason.namesAToken() || inNumber) && strayInToken < 0;
    // A control character that ends a token it names is the token's (up to 2.20 it names 'E\u0000' one past it).
    boolean control = at != null && !named && in.controlAt(at.getByteOffset() - 1);
    long probe = strayInToken >= 0 ? strayInToken : at == null ? -1 : at.getByteOffset();
    Utf8Check.Stray stray = betweenTokens && !named && !control ? in.strayAt(p, probe) : null;
    long strayOffset = stray == null ? -1 : probe - stray.back();
    Position strayAt = stray == null ? null : onItsLine(at, strayOffset);
    Position afterTheDocument = documentEnd == null ? null : in.firstAfterSpace(documentEnd);
    if (strayAt != null && afterTheDocument != null && (afterTheDocument.line() < strayAt.line()
        || afterTheDocument.line() == strayAt.line() && afterTheDocument.column() < strayAt.column())) {
      // Other content after the document comes before the character.
      return fail(ViolationCode.SYNTAX, afterTheDocument, "$", AFTER_THE_DOCUMENT, r);
    }
    if (stray != null) {
      // The parser stumbles on the character's bytes, which the UTF-8 check saw pass, and misnames them. After a whole
      // value that it took for the start of a word, as up to 2.20, it stands after the value: the object's path.
      String after = p.currentToken() == JsonToken.FIELD_NAME && in.wholeValueBefore(strayOffset)
          ? JsonPaths.of(p.getParsingContext().getParent()) : path;
      return fail(ViolationCode.SYNTAX, strayAt, after,
          stray.codePoint() == 0xFEFF
              ? "a byte-order mark (U+FEFF) between the values of JSON; only the first character of a file may be one"
              : String.format(Locale.ROOT, "not JSON: the character U+%04X outside a string; between the tokens of"
                  + " JSON only space, tab, LF and CR may stand", stray.codePoint()), r);
    }
    // A control character between tokens (a NUL, a record separator) is placed one past it, a token it cannot read
    // (NaN, +1, tru) past what it read of it, and a trailing comma at the brace or bracket after it.
    Position comma = betweenTokens && !control && !named
        ? in.trailingComma(at.getByteOffset(), at.getLineNr(), at.getColumnNr()) : null;
    if (comma != null) {
      return fail(ViolationCode.SYNTAX, comma, path,
          "not JSON: a comma that no value follows in its object or array; JSON allows no trailing comma", r);
    }
    int back = !betweenTokens ? 0 : control ? 1 : in.tokenBack(at.getByteOffset(), named);
    // A number that the input's end cuts after its point jackson-core names by that point, which it still holds.
    boolean numberCut = betweenTokens && inNumber && in.endedBy(at.getByteOffset() + 1);
    if (back == 0 && !control && betweenTokens && !p.getParsingContext().inRoot()
        && (in.endedBy(at.getByteOffset()) || numberCut)) {
      // Not in a token: between the entries of an object or array, which jackson-core reports in words of its own;
      // or past a number's point, at the end.
      Position end = numberCut ? new Position(at.getLineNr(), at.getColumnNr() + 1) : Position.of(at);
      return endOfInput(p, end, path, r);
    }
    Position place = back == 0 ? Position.of(at) : new Position(at.getLineNr(), at.getColumnNr() - back);
    // A token it cannot read is a value it began: in an array, an entry it has counted, whose path it gives.
    String where = (back > 0 || named) && !control ? JsonPaths.of(p) : path;
    if (betweenTokens && !control && documentEnd != null) {
      // What follows the document, which the parser could not read: said and placed as what it could read is.
      Position after = afterTheDocument == null ? place : afterTheDocument;
      return fail(ViolationCode.SYNTAX, after, "$", AFTER_THE_DOCUMENT, r);
    }
    // A string value the parser skips without reading (one of the wrong type) it reads on the way to the next token:
    // an error in it is the string's, whose path the parser still gives.
    String text = at != null && p != null && p.currentToken() == JsonToken.VALUE_STRING
        && in.stringOpenAt(p.currentTokenLocation().getByteOffset(), at.getByteOffset()) ? JsonPaths.of(p) : where;
    // Not about a token it read: in a string or name, the parser stops at the escape's character or a control
    // character itself; between tokens, one past a control character.
    Utf8Check.Escape escape = at == null || back > 0 ? null : in.escapeAt(at.getByteOffset());
    if (escape != null) {
      return fail(ViolationCode.SYNTAX, place, text, SyntaxReason.of(escape), r);
    }
    int raw = at == null || (back > 0 && !control) ? -1 : in.anyControlAt(at.getByteOffset() - (control ? 1 : 0));
    if (raw >= 0) {
      return fail(ViolationCode.SYNTAX, place, control ? where : text, SyntaxReason.control(raw, !control), r);
    }
    String number = back > 0 && !control ? in.numberBefore(at.getByteOffset(), back) : null;
    String words = "not JSON: " + reason.words(p, number);
    // A close marker of the other kind: the array or object it cannot close is still the parser's context.
    Opening unclosed = reason.closesTheWrongOne(p) ? Opening.of(p) : null;
    if (unclosed != null) {
      return fail(ViolationCode.SYNTAX, place, where, words + " " + unclosed, r).naming(unclosed);
    }
    return fail(ViolationCode.SYNTAX, place, where, words, r);
  }

  /**
   * A lone surrogate escape in a field name, which jackson-core refuses itself from 2.21 on, before it gives the name:
   * said, placed and given a path as the library does on the earlier versions ({@link TextCheck#surrogates}), from the
   * name's bytes, which the UTF-8 check holds. When it no longer holds them all (a name of more than about 1 KiB) or
   * the name holds a control character, at the escape, with the object's path. Null when there is no escape to tell.
   */
  private @Nullable LoadFailure loneSurrogateInAName(JsonLocation at, JsonParser p, Utf8Check in,
      StreamReadException r) {
    // A name stands on its line; the object's context names the field before it, so the object's path is its parent's.
    String object = JsonPaths.of(p.getParsingContext().getParent());
    Utf8Check.Quoted name = in.stringAround(at.getByteOffset());
    String problem = name == null ? null : TextCheck.loneSurrogate(name.text(), "field name");
    if (problem != null) {
      return fail(ViolationCode.ENCODING, onItsLine(at, name.start()), object + "." + JsonPaths.abbreviate(name.text()),
          problem, r);
    }
    Utf8Check.SurrogateEscape escape = in.surrogateEscapeBefore(at.getByteOffset());
    if (escape == null) {
      return null;
    }
    return fail(ViolationCode.ENCODING, onItsLine(at, escape.at()), object,
        TextCheck.loneSurrogateMessage("field name", escape.surrogate(), 0), r);
  }

  /** The place of an offset of the input on the line of a parser's location, whose column counts bytes. */
  private static Position onItsLine(JsonLocation at, long offset) {
    return new Position(at.getLineNr(), at.getColumnNr() + (int) (offset - at.getByteOffset()));
  }

  /**
   * The limit the parser passed while moving to the next token, told from where it stands (never from the text of its
   * exception): nested too deep, at a field name (in an object, after a value), or else in a number. Strings are
   * {@link TextCheck#rawText}'s.
   */
  private String limitMessage(@Nullable JsonParser p) {
    if (tooDeep(p)) {
      return "arrays and objects nest deeper than " + limits.maxDepth() + ", the limit"
          + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxDepth(...)))";
    }
    if (nameTooLong(p)) {
      return "a field name is longer than " + Counted.of(limits.maxStringLength(), "character", "characters")
          + ", the limit"
          + " (raise it with DatasetReader.withLimits(Limits.defaults().withMaxStringLength(...)))";
    }
    return "a number is longer than " + ReadLimits.MAX_NUMBER_LENGTH + " characters, the limit for numbers"
        + " (no field of the format needs more)";
  }

  /** Whether a passed limit is the nesting depth's. */
  private boolean tooDeep(@Nullable JsonParser p) {
    JsonStreamContext c = p == null ? null : p.getParsingContext();
    return c != null && c.getNestingDepth() > limits.maxDepth();
  }

  /** Whether a passed limit is a field name's: not nested too deep, in an object, and not past the name. */
  private boolean nameTooLong(@Nullable JsonParser p) {
    JsonStreamContext c = p == null ? null : p.getParsingContext();
    return c != null && c.getNestingDepth() <= limits.maxDepth() && c.inObject()
        && p.currentToken() != JsonToken.FIELD_NAME;
  }

  /**
   * Whether the parser stopped inside the text of the string it stands on, which it reads apart from the token, when
   * asked for it (or, skipping it, when asked for the next token): the input ended there, or {@link TextCheck} found
   * broken JSON there.
   */
  private static boolean inString(@Nullable Exception thrown) {
    return thrown instanceof TextCheck.BrokenString
        || (thrown instanceof JsonEOFException eof && eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING);
  }

  /** An input that ends early, in the object or array it names (not in a string: jackson-core cannot tell that). */
  private LoadFailure endOfInput(@Nullable JsonParser p, Position at, String path, Exception e) {
    Opening unclosed = Opening.of(p);
    LoadFailure f = fail(ViolationCode.SYNTAX, at, path, "unexpected end-of-input: the input ends inside "
        + (unclosed == null ? "the document" : unclosed), e);
    return unclosed == null ? f : f.naming(unclosed);
  }

  private LoadFailure fail(ViolationCode code, Position at, String path, String message, @Nullable Throwable cause) {
    return failures.fail(code, at, path, message, cause);
  }

  private LoadFailure fail(
      ViolationCode code, @Nullable JsonLocation at, String path, String message, @Nullable Throwable cause) {
    return failures.fail(code, Position.of(at), path, message, cause);
  }
}
