package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.model.ListEntries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for every list of the format: no entry repeats an earlier one, the same as the model's
 * {@link ListEntries} says. Here a repeat is found as the list is read, so that it is refused at its place.
 */
final class Repeats {
  /**
   * Lists up to this long are searched entry by entry with {@link ListEntries#same}, which makes nothing; longer ones
   * (only hostile input has them) by their {@link ListEntries#key}s. One key per entry for every list, in place of
   * both, made the load of 10k synthetic records 6 % slower (paired, 2026-12-03).
   */
  private static final int SEARCHED = 16;

  private Repeats() {}

  /**
   * The index of the earlier entry the last of a list repeats, or -1; entries repeated before are null.
   *
   * @param keys the keys of a list longer than {@value #SEARCHED} entries, made here at its first check and kept by
   *     the caller for the next; null before
   */
  static int earlier(List<?> entries, @Nullable Map<Object, Integer> keys) {
    int last = entries.size() - 1;
    Object entry = entries.get(last);
    if (keys == null) {
      for (int i = 0; i < last; i++) {
        Object before = entries.get(i);
        if (before != null && ListEntries.same(before, entry)) {
          return i;
        }
      }
      return -1;
    }
    Integer first = keys.putIfAbsent(ListEntries.key(entry), last);
    return first == null ? -1 : first;
  }

  /** Whether a list has grown long enough to be checked by {@link #keys}. */
  static boolean isLong(List<?> entries) {
    return entries.size() > SEARCHED;
  }

  /** The keys of the entries of a list but its last, with the index of each key's first entry. */
  static Map<Object, Integer> keys(List<?> entries) {
    Map<Object, Integer> keys = new HashMap<>();
    for (int i = 0; i < entries.size() - 1; i++) {
      Object entry = entries.get(i);
      if (entry != null) {
        keys.putIfAbsent(ListEntries.key(entry), i);
      }
    }
    return keys;
  }

  /** What makes an entry the same as another, for the message. */
  static String what(Object e) {
    String sameness = ListEntries.sameness(e);
    if (sameness != null) {
      return sameness;
    }
    // The others (ids, languages, texts, a body's missing names) are named as the file writes them.
    Object json = RecordJson.json(e);
    return "'" + JsonPaths.abbreviate(json instanceof String s ? s : RecordJson.compact(json)) + "'";
  }
}
