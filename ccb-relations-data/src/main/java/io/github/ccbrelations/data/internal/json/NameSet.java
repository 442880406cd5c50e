package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.io.ContentReference;
import io.github.ccbrelations.data.violation.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The field names met in one object, to refuse a name given twice: the fields of its type as the bits of a word (by
 * their place in its {@link Fields}), any other name in a set, which only a file with unknown fields fills. For the
 * fields of its type it also keeps where each value starts, so that a refusal of the object's own check that names a
 * field ({@link io.github.ccbrelations.model.InvalidFieldException}) is placed at that value; and the object's own
 * context, which keeps where the object starts, for a refusal about a field it lacks; and where a name the type does
 * not have starts, for an unknown field; and which names it gives, for the fields its citations support. Reused from
 * object to object, it allocates nothing per name of its type.
 */
final class NameSet {
  private long known;
  private final Set<String> others = new HashSet<>();
  private @Nullable Fields fields;
  /** The place in {@link #fields} of the last name added, or -1 for a name the type does not have. */
  private int last = -1;
  /** Where the value of each field given starts, by its place in {@link #fields}. */
  private final int[] valueLine = new int[Long.SIZE];
  private final int[] valueColumn = new int[Long.SIZE];
  /** The parser's context of the object, which keeps where it starts after it closes, until the next object opens. */
  private @Nullable JsonStreamContext object;
  /** Where the last name the type does not have starts: an unknown field is placed at its name, which is rare. */
  private JsonLocation unknownName = JsonLocation.NA;

  /** Empties the set, for an object of these fields, whose own context the parser has just opened. */
  void clear(Fields fields, JsonStreamContext object) {
    this.fields = fields;
    this.object = object;
    known = 0;
    others.clear();
  }

  /**
   * The error for a name given twice in one object: broken JSON for this format, which ends the read like a syntax
   * error. It is placed on the second occurrence of the name.
   */
  static ReadStop duplicate(JsonParser p, String name) {
    String field = SyntaxWords.quoted(JsonPaths.abbreviate(name));
    return new ReadStop(ViolationCode.SYNTAX, p.currentTokenLocation(),
        "the field " + field + " is given twice in its object; the format allows each field once");
  }

  /**
   * Adds the field name the parser stands on, in an object of the given fields.
   *
   * @throws ReadStop if the object has more names than {@link ReadLimits#MAX_FIELDS_PER_OBJECT}
   * @throws ReadStop if the object already had it
   */
  void add(JsonParser p, Fields fields, String name) throws IOException {
    int index = fields.indexOf(name);
    last = index;
    if (index >= 0) {
      if (has(index)) {
        throw duplicate(p, name);
      }
      known |= 1L << index;
    } else {
      if (others.size() + Long.bitCount(known) >= ReadLimits.MAX_FIELDS_PER_OBJECT) {
        throw new ReadStop(ViolationCode.LIMIT_EXCEEDED, p.currentTokenLocation(), "an object has more than "
            + ReadLimits.MAX_FIELDS_PER_OBJECT
            + " fields, the most a reader accepts (the format's largest object has 17)");
      }
      if (!others.add(name)) {
        throw duplicate(p, name);
      }
      unknownName = p.currentTokenLocation();
    }
  }

  /**
   * Where the name added last starts (its opening quote), when the type does not have it: the place of an unknown
   * field. Only such names are placed as they are added; the fields of the type cost no location.
   */
  JsonLocation unknownName() {
    return unknownName;
  }

  /**
   * Notes where the value of the name added last starts, the parser standing on it: its line and column, kept as two
   * ints in arrays reused from object to object.
   */
  void valueStarts(Tokens tokens) {
    if (last >= 0) {
      valueLine[last] = tokens.valueLine();
      valueColumn[last] = tokens.valueColumn();
    }
  }

  /** Where the value of a field of the object starts; null when the object does not give it. */
  @Nullable JsonLocation valueOf(String field) {
    int index = fields == null ? -1 : fields.indexOf(field);
    if (index < 0 || !has(index)) {
      return null;
    }
    return new JsonLocation(ContentReference.unknown(), -1L, -1L, valueLine[index], valueColumn[index]);
  }

  /** Where the object starts: its opening brace. No location is made unless a refusal asks for it. */
  JsonLocation start() {
    return object == null ? JsonLocation.NA : object.startLocation(ContentReference.unknown());
  }

  /** Whether the object gives a field of its type. */
  boolean gives(String field) {
    int index = fields == null ? -1 : fields.indexOf(field);
    return index >= 0 && has(index);
  }

  /** Whether the object gives a field of this name, of its type or not. */
  boolean hasName(String name) {
    return gives(name) || others.contains(name);
  }

  /** The fields of its type that the object gives, in the type's order. */
  List<String> given() {
    List<String> given = new ArrayList<>();
    if (fields != null) {
      for (String name : fields.names()) {
        if (gives(name)) {
          given.add(name);
        }
      }
    }
    return given;
  }

  boolean has(int index) {
    return (known & 1L << index) != 0;
  }

  boolean hasAll(long bits) {
    return (known & bits) == bits;
  }
}
