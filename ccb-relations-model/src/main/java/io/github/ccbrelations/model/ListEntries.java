package io.github.ccbrelations.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When two entries of a list of the dataset format are the same, for the format's rule that no list holds an entry
 * twice. Two entries are the same when they say the same thing, their sources aside (one entry cites them all): labels
 * of one language, kind and text; legal bases of one instrument, provision and validity; subjects of one instrument,
 * kind and provision; relations of one kind, body and within; sections of one id; anything else (ids, citations,
 * languages, field names) when equal.
 *
 * <p>The value types' checks refuse a repeated entry with it, and so does the data module's loader, where it reads the
 * entry; it is public only for that loader, which lives in another module, and is no part of the model's meaning.
 */
public final class ListEntries {
  /**
   * Lists up to this long are searched entry by entry with {@link #same}, which makes nothing; longer ones (only
   * hostile input has them) by their {@link #key}s.
   */
  private static final int SEARCHED = 16;

  private ListEntries() {}

  /**
   * Whether two entries of one list are the same.
   *
   * @param a an entry
   * @param b another entry of the same list
   * @return whether {@code b} repeats {@code a}
   */
  public static boolean same(Object a, Object b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a instanceof Label x && b instanceof Label y) {
      return x.language() == y.language() && x.kind() == y.kind() && x.text().equals(y.text());
    } else if (a instanceof LegalBasis x && b instanceof LegalBasis y) {
      return x.instrument().equals(y.instrument()) && x.provision().equals(y.provision())
          && x.validity().equals(y.validity());
    } else if (a instanceof RoleSubject x && b instanceof RoleSubject y) {
      return x.instrument().equals(y.instrument()) && x.kind() == y.kind() && x.provision().equals(y.provision());
    } else if (a instanceof BodyRelation x && b instanceof BodyRelation y) {
      return x.kind() == y.kind() && x.body().equals(y.body()) && x.within().equals(y.within());
    } else if (a instanceof SourceSection x && b instanceof SourceSection y) {
      return x.id().equals(y.id());
    }
    return a.equals(b);
  }

  /**
   * What {@link #same} compares, as one value: the keys of two entries are equal when the entries are the same.
   *
   * @param entry an entry of a list
   * @return its key; never null
   */
  public static Object key(Object entry) {
    Objects.requireNonNull(entry, "entry");
    if (entry instanceof Label x) {
      return List.of(x.language(), x.kind(), x.text());
    } else if (entry instanceof LegalBasis x) {
      return List.of(x.instrument(), x.provision(), x.validity());
    } else if (entry instanceof RoleSubject x) {
      return List.of(x.instrument(), x.kind(), x.provision());
    } else if (entry instanceof BodyRelation x) {
      return List.of(x.kind(), x.body(), x.within());
    } else if (entry instanceof SourceSection x) {
      return x.id();
    }
    return entry;
  }

  /**
   * What makes an entry the same as another, for a message: {@code "the same citation"}, {@code "the same instrument,
   * provision and validity, whatever its sources"}.
   *
   * @param entry an entry of a list
   * @return the rule; null for an entry that is the same as another only when equal and is best named by its value
   */
  public static @org.jspecify.annotations.Nullable String sameness(Object entry) {
    Objects.requireNonNull(entry, "entry");
    String sources = ", whatever its sources";
    if (entry instanceof Label) {
      return "the same language, kind and text" + sources;
    } else if (entry instanceof LegalBasis) {
      return "the same instrument, provision and validity" + sources;
    } else if (entry instanceof RoleSubject) {
      return "the same instrument, kind and provision" + sources;
    } else if (entry instanceof BodyRelation) {
      return "the same kind, body and within" + sources;
    } else if (entry instanceof SourceSection) {
      return "the same id";
    } else if (entry instanceof SourceReference) {
      return "the same citation";
    }
    return null;
  }

  /**
   * The index of the first entry of a list that repeats an earlier one, or -1. A short list is searched pairwise and
   * makes nothing, as a value's check runs for every record a file loads.
   *
   * @param entries the list
   * @return the index of the second of the first two same entries; -1 when there are none
   */
  public static int firstRepeated(List<?> entries) {
    Objects.requireNonNull(entries, "entries");
    int n = entries.size();
    if (n > SEARCHED) {
      Map<Object, Integer> keys = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (keys.putIfAbsent(key(entries.get(i)), i) != null) {
          return i;
        }
      }
      return -1;
    }
    for (int i = 1; i < n; i++) {
      if (earlier(entries, i) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the first entry before {@code index} that the entry at {@code index} repeats, or -1.
   *
   * @param entries the list
   * @param index an index in the list
   * @return the index of the earlier same entry; -1 when there is none
   */
  public static int earlier(List<?> entries, int index) {
    Objects.requireNonNull(entries, "entries");
    Object entry = entries.get(index);
    for (int i = 0; i < index; i++) {
      if (same(entries.get(i), entry)) {
        return i;
      }
    }
    return -1;
  }
}
