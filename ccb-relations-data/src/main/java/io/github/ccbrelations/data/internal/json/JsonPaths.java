package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The JSON path of where the parser stands ({@code $.roles[3].sources[0]}), from its own contexts, for a violation's
 * place; and a name from the file as a message or path shows it.
 */
final class JsonPaths {
  private JsonPaths() {}

  /** The path of the value the parser stands on, or of the field (or element) whose value it is about to read. */
  static String of(@Nullable JsonParser p) {
    return p == null ? "$" : of(p.getParsingContext());
  }

  /**
   * The path of the place where the parser stopped while moving on from the token it stands on to the next one. On a
   * field name, it was reading the name's colon or the start of its value: the field's path. Elsewhere in an object
   * (after its opening brace or a value), it was at a comma or inside the next name, which its context does not hold
   * yet (it still names the field before): the object's path. In an array, the array's: the parser counts the next
   * element before it has found the comma, or any element at all (a trailing comma is followed by none). At the top
   * level, {@code $}.
   */
  static String moving(@Nullable JsonParser p) {
    if (p == null || p.currentToken() == JsonToken.FIELD_NAME || p.getParsingContext().inRoot()) {
      return of(p);
    }
    return of(p.getParsingContext().getParent());
  }

  /**
   * The path of the value that starts where the parser stopped moving on: the field's, or in an array the entry's,
   * which the parser counts once past the comma before it, and not yet after the opening bracket.
   */
  static String starting(@Nullable JsonParser p) {
    boolean first = p != null && p.getParsingContext().inArray() && !p.getParsingContext().hasCurrentIndex();
    return first ? of(p) + "[0]" : of(p);
  }

  /** The path of a context of the parser: its fields' names and its arrays' indexes, from the root. */
  static String of(@Nullable JsonStreamContext context) {
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        // An array the parser has only opened names no entry yet: its path is its field's.
        if (c.hasCurrentIndex()) {
          parts.add(0, "[" + c.getCurrentIndex() + "]");
        }
      } else if (c.getCurrentName() != null) {
        parts.add(0, "." + abbreviate(c.getCurrentName()));
      }
    }
    return "$" + String.join("", parts);
  }

  /** A name or text from the file, shortened: long names from hostile input would make messages unreadable. */
  static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }
}
