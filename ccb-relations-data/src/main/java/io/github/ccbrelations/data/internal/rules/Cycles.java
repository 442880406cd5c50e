package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * No loop in the body hierarchy, in the succession of bodies, instruments and roles, or in the capacities roles are
 * held in. Linear in the number of records, however long the chains: a hostile file may chain a hundred thousand.
 */
final class Cycles implements Rule {
  @Override
  public void check(Context c) {
    check(c, "bodies", c.doc.bodies, c.bodies, Body::id, Body::partOf, BodyId::value, "partOf",
        "the body hierarchy loops: ");
    check(c, "bodies", c.doc.bodies, c.bodies, Body::id, Body::replacedBy, BodyId::value, "replacedBy",
        "the succession of bodies loops: ");
    check(c, "instruments", c.doc.instruments, c.instruments, LegalInstrument::id, LegalInstrument::replacedBy,
        InstrumentId::value, "replacedBy", "the succession of instruments loops: ");
    check(c, "roles", c.doc.roles, c.roles, Role::id, Role::replacedBy, RoleId::value, "replacedBy",
        "the succession of roles loops: ");
    check(c, "roles", c.doc.roles, c.roles, Role::id, Role::inCapacityOf, RoleId::value, "inCapacityOf",
        "roles are held in each other's capacity: ");
  }

  /** Follows one link from every record and reports each record on a loop once, with the loop read from it. */
  private static <T, K> void check(Context c, String array, List<Located<T>> records, Map<K, T> byId,
      Function<T, K> idOf, Function<T, Optional<K>> link, Function<K, String> text, String field, String message) {
    Map<K, Loop<K>> loops = loops(records, byId, idOf, link, c.doc.ids.repeated.isEmpty());
    Set<K> reported = new HashSet<>();
    for (Located<T> r : records) {
      K start = idOf.apply(r.value());
      Loop<K> loop = loops.get(start);
      if (loop != null && byId.get(start) == r.value() && reported.add(start)) {
        c.error(ViolationCode.CYCLE, r, At.of(array, r.index()).field(field), text.apply(start),
            message + loop.chainFrom(text));
      }
    }
  }

  /** A loop of links, and where one of its members stands in it: one list shared by all its members. */
  record Loop<K>(List<K> members, int offset) {
    /** The loop read from this member back to it, shortened in the middle when long. */
    String chainFrom(Function<K, String> text) {
      int n = members.size();
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (n > 12 && i == 5) {
          parts.add("... (" + (n - 10) + " more)");
          i = n - 5;
        }
        parts.add(text.apply(members.get((offset + i) % n)));
      }
      parts.add(text.apply(members.get(offset)));
      return String.join(" -> ", parts);
    }
  }

  /** For every key on a loop of the links, that loop; one walk per record with a link, each key visited once. */
  private static <T, K> Map<K, Loop<K>> loops(List<Located<T>> records, Map<K, T> byId, Function<T, K> idOf,
      Function<T, Optional<K>> link, boolean uniqueIds) {
    Map<K, Integer> walkOf = new HashMap<>();
    Map<K, Loop<K>> out = new HashMap<>();
    List<K> path = new ArrayList<>();
    int walk = 0;
    for (Located<T> r : records) {
      T record = r.value();
      Optional<K> next = link.apply(record);
      K start = idOf.apply(record);
      // A record whose id another record took first is not in the map: the map's record is walked instead.
      if (next.isEmpty() || !uniqueIds && byId.get(start) != record) {
        continue;
      }
      Integer thisWalk = ++walk;
      if (walkOf.putIfAbsent(start, thisWalk) != null) {
        continue;
      }
      path.clear();
      path.add(start);
      while (next.isPresent()) {
        K to = next.get();
        T target = byId.get(to);
        if (target == null) {
          break;
        }
        Integer seen = walkOf.putIfAbsent(to, thisWalk);
        if (seen != null) {
          if (seen.intValue() == walk) {
            List<K> members = List.copyOf(path.subList(path.indexOf(to), path.size()));
            for (int i = 0; i < members.size(); i++) {
              out.put(members.get(i), new Loop<>(members, i));
            }
          }
          break;
        }
        path.add(to);
        next = link.apply(target);
      }
    }
    return out;
  }
}
