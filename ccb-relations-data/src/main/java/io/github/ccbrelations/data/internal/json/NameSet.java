package io.github.ccbrelations.data.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.ccbrelations.data.Limits;

/**
 * The field names met in one object, to refuse a name given twice in linear time however many names the object has,
 * without an allocation per name: a table of names probed from their hash (the parser's names keep theirs), reused
 * from object to object. A {@code HashSet} per object made an entry per name, the largest allocation of a load.
 */
final class NameSet {
  private String[] table = new String[32];
  /** The slots taken, so that emptying the set visits those alone. */
  private int[] taken = new int[16];
  private int size;

  /** Empties the set; a table grown by a huge object is dropped rather than cleared at every later object. */
  void clear() {
    if (table.length > 256) {
      table = new String[32];
      taken = new int[16];
    } else {
      for (int i = 0; i < size; i++) {
        table[taken[i]] = null;
      }
    }
    size = 0;
  }

  /** An object with more fields than any of the format's: a passed limit, which ends the read. */
  static final class TooManyFields extends StreamConstraintsException {
    private static final long serialVersionUID = 1L;

    TooManyFields(JsonParser p) {
      super("an object has more than " + Limits.MAX_FIELDS_PER_OBJECT + " fields", p.currentTokenLocation());
    }
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
   * Adds the field name the parser stands on.
   *
   * @throws TooManyFields if the object has more names than {@link Limits#MAX_FIELDS_PER_OBJECT}
   * @throws JsonParseException if the object already had it
   */
  void add(JsonParser p, String name) throws JsonProcessingException {
    if (size >= Limits.MAX_FIELDS_PER_OBJECT) {
      throw new TooManyFields(p);
    }
    if (!add(name)) {
      throw duplicate(p, name);
    }
  }

  /** Adds a name; false when the object already had it. */
  boolean add(String name) {
    if (2 * (size + 1) > table.length) {
      grow();
    }
    int mask = table.length - 1;
    for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
      String there = table[i];
      if (there == null) {
        table[i] = name;
        taken[size++] = i;
        return true;
      }
      if (there.equals(name)) {
        return false;
      }
    }
  }

  /** Whether the object has a name. */
  boolean contains(String name) {
    int mask = table.length - 1;
    for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
      String there = table[i];
      if (there == null) {
        return false;
      }
      if (there.equals(name)) {
        return true;
      }
    }
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    taken = new int[table.length / 2];
    size = 0;
    for (String name : old) {
      if (name != null) {
        add(name);
      }
    }
  }
}
