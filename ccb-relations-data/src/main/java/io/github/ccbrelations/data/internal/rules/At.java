package io.github.ccbrelations.data.internal.rules;

import org.jspecify.annotations.Nullable;

/**
 * A JSON path, written out only when a violation names it: a record has a few dozen places a rule may point at, nearly
 * all never named.
 */
final class At {
  private final @Nullable At parent;
  private final @Nullable String field;
  private final int index;

  private At(@Nullable At parent, @Nullable String field, int index) {
    this.parent = parent;
    this.field = field;
    this.index = index;
  }

  /** The record at an index of a top-level array, such as {@code $.bodies[3]}. */
  static At of(String array, int index) {
    return new At(new At(null, array, -1), null, index);
  }

  At field(String name) {
    return new At(this, name, -1);
  }

  At index(int i) {
    return new At(this, null, i);
  }

  /** Fields below this one, written as {@code a.b}. */
  At path(String path) {
    At at = this;
    for (String part : path.split("\\.")) {
      at = at.field(part);
    }
    return at;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    write(out);
    return out.toString();
  }

  private void write(StringBuilder out) {
    if (parent == null) {
      out.append('$');
    } else {
      parent.write(out);
    }
    if (field != null) {
      out.append('.').append(field);
    } else {
      out.append('[').append(index).append(']');
    }
  }
}
