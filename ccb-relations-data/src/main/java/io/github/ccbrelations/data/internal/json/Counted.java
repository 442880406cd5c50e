package io.github.ccbrelations.data.internal.json;

/** A count and its noun, which a limit of 1 or one more violation needs in the singular: "1 record", "2 records". */
public final class Counted {
  private Counted() {}

  /**
   * The count and the noun that fits it.
   *
   * @param one the noun for exactly one
   * @param many the noun for any other count, 0 included
   */
  public static String of(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }
}
