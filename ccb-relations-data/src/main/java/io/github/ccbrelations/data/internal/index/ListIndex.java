package io.github.ccbrelations.data.internal.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * A read-mostly map from a key to the list of values under it, built once and then frozen, that keeps a key's only
 * value as itself. Most keys of a name index (and of the hierarchy) have one value: storing it without a list saves
 * a list and its array per key, a third of a load's index-building time at 100,000 records. The backing map is a
 * {@link HashMap}, sized once, not an immutable copy ({@code Map.copyOf}): the JDK's immutable maps probe linearly,
 * and ids that differ only in their last characters ("b-1000", "b-1001") have consecutive hash codes that form long
 * runs, which made building and querying a million-record dataset take minutes. {@link HashMap} spreads the hash and
 * bounds a bucket.
 *
 * @param <K> the key
 * @param <V> the value; never a {@link Many}
 */
public final class ListIndex<K, V> {
  /** Two or more values under one key: a list while building, an immutable list once frozen. */
  private static final class Many {
    List<Object> values;

    Many(Object first, Object second) {
      values = new ArrayList<>(4);
      values.add(first);
      values.add(second);
    }
  }

  private final HashMap<K, Object> map;
  /** Every {@link Many} made, so that freezing visits them and not every key. */
  private final List<Many> manys = new ArrayList<>();

  /**
   * An empty index.
   *
   * @param expectedKeys about how many keys it will hold, to size the map once
   */
  public ListIndex(int expectedKeys) {
    this.map = new HashMap<>(Math.max(16, (int) (expectedKeys / 0.75f) + 1));
  }

  /** Adds a value under a key, after the values already there. */
  public void add(K key, V value) {
    Object old = map.putIfAbsent(key, value);
    if (old != null) {
      if (old instanceof Many many) {
        many.values.add(value);
      } else {
        many(key, old, value);
      }
    }
  }

  private void many(K key, Object first, Object second) {
    Many many = new Many(first, second);
    manys.add(many);
    map.put(key, many);
  }

  /**
   * Adds a value under a key unless it is already the last value there: for label indexes, where one record's labels
   * often share a key (the same acronym in four languages) and the labels of a record are added one after another.
   */
  public void addDistinct(K key, V value) {
    Object old = map.putIfAbsent(key, value);
    if (old != null && old != value) {
      if (old instanceof Many many) {
        if (many.values.get(many.values.size() - 1) != value) {
          many.values.add(value);
        }
      } else {
        many(key, old, value);
      }
    }
  }

  /** Makes every list immutable; call once, when the last value is in, before the index is shared. */
  public ListIndex<K, V> freeze() {
    for (int i = 0; i < manys.size(); i++) {
      Many many = manys.get(i);
      many.values = List.copyOf(many.values);
    }
    manys.clear();
    return this;
  }

  /**
   * The values under a key.
   *
   * @return an immutable list, in the order the values were added; empty when there are none
   */
  @SuppressWarnings("unchecked")
  public List<V> get(Object key) {
    Object found = map.get(key);
    if (found == null) {
      return List.of();
    }
    return found instanceof Many many ? (List<V>) many.values : List.of((V) found);
  }
}
