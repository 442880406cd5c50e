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
import org.jspecify.annotations.Nullable;

/**
 * What stopped a parse, as the violation that ends the load: which code, where, and in which words. It is told from
 * the exception's kind and where the parser stands, never from a place in an exception's text. Broken JSON never
 * reaches the parser: {@link JsonGrammar} ends the input at it.
 */
final class Stops {
  static final String AFTER_THE_DOCUMENT = "unexpected content after the end of the dataset object";
  static final String NUMBER_TOO_LONG = "a number is longer than " + ReadLimits.MAX_NUMBER_LENGTH
      + " characters, the limit for numbers (no field of the format needs more)";

  /** Makes the failure of the load: the violations noted so far, and this one. */
  interface Failures {
    LoadFailure fail(ViolationCode code, Position at, String path, String message, @Nullable Throwable cause);
  }

  private final ReadLimits limits;
  private final Failures failures;

  Stops(ReadLimits limits, Failures failures) {
    this.limits = limits;
    this.failures = failures;
  }

  /**
   * What ended the parse, as the failure of the load: the violations noted so far, and this one. An input that ended
   * early, where the parser stands (at its start, at a byte that is not UTF-8 or breaks JSON, at a read that failed),
   * ended it, whatever the parser made of that end (the end of a string, of the document).
   */
  LoadFailure of(@Nullable Exception thrown, @Nullable JsonParser p, CheckedInput in) {
    JsonLocation here = p == null ? null : p.currentLocation();
    // Where the parser stood: in the string it was reading (its text is read apart, after the token), or moving on.
    String path = inString(thrown) ? JsonPaths.of(p) : JsonPaths.moving(p);
    Exception e = in.failedRead() != null ? in.failedRead() : thrown;
    // A limit passed in what the parser read comes before the broken JSON that ended its input.
    boolean limit = e instanceof StreamConstraintsException
        || (e instanceof ReadStop r && r.code == ViolationCode.LIMIT_EXCEEDED);
    ReadStop stop = in.problem() != null && !limit ? in.problem() : e instanceof ReadStop s ? s : null;
    if (stop instanceof JsonGrammar.Broken broken) {
      return broken(broken, p, Position.of(here), path, e);
    } else if (stop != null) {
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
            .inALongTokenAfter(p.currentTokenLocation());
      }
      // A number too long, or nesting too deep, is a value the parser began: placed at the token it stands on as it
      // begins it, the value itself in a list. In an object that token is the field's name, read with the number: the
      // number is the token after it, which a second walk of the input can find.
      LoadFailure f = fail(ViolationCode.LIMIT_EXCEEDED, p == null ? where : p.currentTokenLocation(),
          JsonPaths.of(p), limitMessage(p), e);
      boolean numberAfterName = p != null && !tooDeep(p) && p.currentToken() == JsonToken.FIELD_NAME;
      return numberAfterName ? f.inALongTokenAfter(p.currentTokenLocation()) : f;
    } else if (e instanceof JsonEOFException eof) {
      return endOfInput(p, Position.of(eof.getLocation()), path, e);
    } else if (e instanceof StreamReadException r && in.ended()) {
      // Between the entries of an object or array, which jackson-core reports in words of its own.
      return endOfInput(p, Position.of(r.getLocation()), path, r);
    } else if (e instanceof StreamReadException r) {
      // What the grammar lets through and a version of jackson-core refuses: in its words, at its place.
      return fail(ViolationCode.SYNTAX, r.getLocation(), path, "not JSON: " + r.getOriginalMessage(), r);
    }
    return fail(ViolationCode.UNREADABLE, new Position(0, 0), "$", LoadFailure.cannotRead((IOException) e), e);
  }

  /** Broken JSON, where the grammar ended the input: the words it leaves to what the parser holds there, added. */
  private LoadFailure broken(JsonGrammar.Broken b, @Nullable JsonParser p, Position here, String path,
      @Nullable Exception e) {
    String message = b.getMessage();
    switch (b.needs) {
      case FIELD_NAME -> {
        String field = p != null && p.currentToken() == JsonToken.FIELD_NAME
            ? " " + SyntaxWords.quoted(JsonPaths.abbreviate(p.getParsingContext().getCurrentName())) : "";
        return fail(ViolationCode.SYNTAX, here, path, message + field + ", where a colon must follow", e);
      }
      case OPENING -> {
        Opening unclosed = Opening.of(p);
        return unclosed == null ? fail(b.code, here, path, message, e)
            : fail(b.code, here, path, message + " " + unclosed, e).naming(unclosed);
      }
      case END_OF_INPUT -> {
        return endOfInput(p, here, path, e);
      }
      case NAME_PATH, IN_NAME -> {
        // The name's object: the parser stands in it, after its opening brace or the value before the name.
        String object = p == null ? "$" : JsonPaths.of(p.getParsingContext().getParent());
        boolean named = b.needs == JsonGrammar.Broken.Needs.NAME_PATH;
        return fail(b.code, here, named ? object + "." + JsonPaths.abbreviate(b.name) : object, message, e);
      }
      case VALUE -> {
        return fail(b.code, here, JsonPaths.starting(p), message, e);
      }
      case DOCUMENT -> {
        return fail(b.code, here, "$", message, e);
      }
      default -> {
        return fail(b.code, here, path, message, e);
      }
    }
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
    return NUMBER_TOO_LONG;
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
   * asked for it (or, skipping it, when asked for the next token): the input ended there.
   */
  private static boolean inString(@Nullable Exception thrown) {
    return thrown instanceof JsonEOFException eof && eof.getTokenBeingDecoded() == JsonToken.VALUE_STRING;
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
