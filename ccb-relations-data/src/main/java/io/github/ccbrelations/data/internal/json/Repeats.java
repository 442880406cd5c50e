package io.github.ccbrelations.data.internal.json;

import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.BodyRelation;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.RoleSubject;
import io.github.ccbrelations.model.SourceId;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.model.SourceSection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for every list of the format: no entry repeats an earlier one. Two entries are the same when they say
 * the same thing, their sources aside (one entry cites them all): labels of one language, kind and text; legal bases
 * of one instrument, provision and validity; subjects of one instrument, kind and provision; relations of one kind,
 * body and within; sections of one id; anything else (ids, citations, languages, field names) when equal.
 */
final class Repeats {
  /**
   * Lists up to this long are searched entry by entry with {@link #same}, which makes nothing; longer ones (only
   * hostile input has them) by their {@link #key}s. One key per entry for every list, in place of both, made the load
   * of 10k synthetic records 6 % slower (paired, 2026-12-03).
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
        if (before != null && same(before, entry)) {
          return i;
        }
      }
      return -1;
    }
    Integer first = keys.putIfAbsent(key(entry), last);
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
        keys.putIfAbsent(key(entry), i);
      }
    }
    return keys;
  }

  private static boolean same(Object a, Object b) {
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

  /** What {@link #same} compares, as one value: equal keys for the same entries. */
  private static Object key(Object e) {
    if (e instanceof Label x) {
      return List.of(x.language(), x.kind(), x.text());
    } else if (e instanceof LegalBasis x) {
      return List.of(x.instrument(), x.provision(), x.validity());
    } else if (e instanceof RoleSubject x) {
      return List.of(x.instrument(), x.kind(), x.provision());
    } else if (e instanceof BodyRelation x) {
      return List.of(x.kind(), x.body(), x.within());
    } else if (e instanceof SourceSection x) {
      return x.id();
    }
    return e;
  }

  /** What makes an entry the same as another, for the message. */
  static String what(Object e) {
    String sources = ", whatever its sources";
    if (e instanceof Label) {
      return "the same language, kind and text" + sources;
    } else if (e instanceof LegalBasis) {
      return "the same instrument, provision and validity" + sources;
    } else if (e instanceof RoleSubject) {
      return "the same instrument, kind and provision" + sources;
    } else if (e instanceof BodyRelation) {
      return "the same kind, body and within" + sources;
    } else if (e instanceof SourceSection) {
      return "the same id";
    } else if (e instanceof SourceReference) {
      return "the same citation";
    }
    String text = e instanceof Language l ? l.code() : e instanceof BodyId b ? b.value()
        : e instanceof InstrumentId i ? i.value() : e instanceof RoleId r ? r.value()
        : e instanceof SourceId s ? s.value() : e.toString();
    return "'" + DocumentParser.abbreviate(text) + "'";
  }
}
