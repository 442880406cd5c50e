package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.ContentReference;
import io.github.ccbrelations.data.violation.Violation;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** A load that cannot go on, with the violations found so far (at least one), which the API throws as its own. */
public final class LoadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial")
  private final List<Violation> violations;
  /**
   * When the load stopped in a field name or a number over its length limit: the place of the token before it, as
   * {@link #place}, from which a second walk finds where the name or number starts ({@link Places#placeLongToken});
   * -1 otherwise. Its line and column, not its offset: jackson-core's offset of a name is off once it read on.
   */
  final long longTokenAfter;
  /** The array or object whose start the last violation's message names, at its end; null when it names none. */
  @SuppressWarnings("serial")
  private final @Nullable Opening opening;

  public LoadFailure(List<Violation> violations, Throwable cause) {
    this(violations, cause, -1, null);
  }

  private LoadFailure(List<Violation> violations, Throwable cause, long longTokenAfter, @Nullable Opening opening) {
    super(violations.get(0).toString(), cause, false, false);
    this.violations = List.copyOf(violations);
    this.longTokenAfter = longTokenAfter;
    this.opening = opening;
  }

  /** Every violation found, the one that stopped the load last. */
  public List<Violation> violations() {
    return violations;
  }

  /** Whether the load stopped in a field name or number over its length limit, placed where the parser stood. */
  public boolean stoppedInALongToken() {
    return longTokenAfter >= 0;
  }

  /** This failure, stopped in a field name or number over its length limit that follows the token at a location. */
  LoadFailure inALongTokenAfter(JsonLocation token) {
    return new LoadFailure(violations, getCause(), place(token), null);
  }

  /** A location as one number, later ones greater: its line and its column. */
  static long place(JsonLocation at) {
    return (long) at.getLineNr() << 32 | at.getColumnNr();
  }

  /** This failure, whose last violation's message ends with the words of an opening. */
  LoadFailure naming(Opening opening) {
    return new LoadFailure(violations, getCause(), longTokenAfter, opening);
  }

  /**
   * This failure with its columns in characters, by a conversion of the violations' columns in bytes. The column in
   * the last message, that of the opening it names, is converted too, as one more place.
   */
  public LoadFailure inCharacters(UnaryOperator<List<Violation>> inCharacters) {
    if (opening == null) {
      return new LoadFailure(inCharacters.apply(violations), getCause());
    }
    List<Violation> all = new ArrayList<>(violations);
    Violation last = all.get(all.size() - 1);
    all.add(at(last, opening.line(), opening.column(), last.message()));
    List<Violation> converted = new ArrayList<>(inCharacters.apply(all));
    Opening opened = opening.atColumn(converted.remove(converted.size() - 1).column());
    last = converted.remove(converted.size() - 1);
    String before = last.message().substring(0, last.message().length() - opening.toString().length());
    converted.add(at(last, last.line(), last.column(), before + opened));
    return new LoadFailure(converted, getCause());
  }

  /** This failure with the violation that stopped the load, the last, at another line and column. */
  LoadFailure lastAt(int line, int column) {
    List<Violation> all = new ArrayList<>(violations);
    Violation v = all.remove(all.size() - 1);
    all.add(at(v, line, column, v.message()));
    return new LoadFailure(all, getCause());
  }

  private static Violation at(Violation v, int line, int column, String message) {
    return new Violation(v.code(), v.severity(), v.source(), line, column, v.jsonPath(), v.recordId(), message);
  }

  /**
   * An array or object that a syntax error names by where it starts: the one that an unexpected close marker does not
   * close, or that the input ends inside. Its column is in bytes until {@link #inCharacters} converts it.
   */
  record Opening(boolean array, int line, int column) {
    /** The array or object the parser is in, or null at the top of the document. */
    static @Nullable Opening of(@Nullable JsonParser p) {
      JsonStreamContext c = p == null ? null : p.getParsingContext();
      if (c == null || c.inRoot()) {
        return null;
      }
      JsonLocation start = c.startLocation(ContentReference.unknown());
      return new Opening(c.inArray(), start.getLineNr(), start.getColumnNr());
    }

    Opening atColumn(int column) {
      return new Opening(array, line, column);
    }

    /** "the array that starts at line 1, column 32". */
    @Override
    public String toString() {
      return (array ? "the array" : "the object") + " that starts at line " + line + ", column " + column;
    }
  }

  /**
   * Why a file could not be read, in words a user reads without knowing Java's exception types: "cannot read: no
   * such file", not "cannot read: java.nio.file.NoSuchFileException: /path" (the path is already in the violation).
   */
  public static String cannotRead(IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileSystemException f && f.getReason() != null) {
      reason = f.getReason();
    } else {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return "cannot read: " + reason;
  }
}
