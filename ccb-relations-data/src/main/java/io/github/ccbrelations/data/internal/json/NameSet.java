package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import io.github.ccbrelations.data.Limits;
import io.github.ccbrelations.data.ViolationCode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The field names met in one object, to refuse a name given twice: the fields of its type as the bits of a word (by
 * their place in its {@link Fields}), any other name in a set, which only a file with unknown fields fills. Reused from
 * object to object, it allocates nothing per name.
 */
final class NameSet {
  private long known;
  private final Set<String> others = new HashSet<>();

  void clear() {
    known = 0;
    others.clear();
  }

  /**
   * The error for a name given twice in one object: broken JSON for this format, which ends the read like a syntax
   * error. It is placed on the second occurrence of the name.
   */
  static JsonParseException duplicate(JsonParser p, String name) {
    return new JsonParseException(p, "Duplicate field '" + DocumentParser.abbreviate(name) + "'",
        p.currentTokenLocation());
  }

  /**
   * Adds the field name the parser stands on, in an object of the given fields.
   *
   * @throws ReadStop if the object has more names than {@link Limits#MAX_FIELDS_PER_OBJECT}
   * @throws JsonParseException if the object already had it
   */
  void add(JsonParser p, Fields fields, String name) throws IOException {
    int index = fields.indexOf(name);
    if (index >= 0) {
      if (has(index)) {
        throw duplicate(p, name);
      }
      known |= 1L << index;
    } else {
      if (others.size() + Long.bitCount(known) >= Limits.MAX_FIELDS_PER_OBJECT) {
        throw new ReadStop(ViolationCode.LIMIT_EXCEEDED, p.currentTokenLocation(), "an object has more than "
            + Limits.MAX_FIELDS_PER_OBJECT + " fields, the most a reader accepts (the format's largest object has 17)");
      }
      if (!others.add(name)) {
        throw duplicate(p, name);
      }
    }
  }

  boolean has(int index) {
    return (known & 1L << index) != 0;
  }

  boolean hasAll(long bits) {
    return (known & bits) == bits;
  }
}
