package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.IdMaps;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * No loop in the body hierarchy, in the succession of bodies, instruments and roles, in the capacities roles are held
 * in, or in the instruments an instrument extends or amends. Linear in the number of records and links, however long
 * the chains: a hostile file may chain a hundred thousand. Each record on a loop is reported once, with the loop read
 * from it. A record that failed to bind is on the links too, so that a loop through it is told in the same run as
 * its own mistakes.
 */
final class Cycles implements Rule {
  @Override
  public void check(Context c) {
    check(c, "bodies", c.doc.bodies(), Body.class, c.ids.bodies, Body::id, one(Body::partOf), "partOf",
        "the body hierarchy loops: ");
    check(c, "bodies", c.doc.bodies(), Body.class, c.ids.bodies, Body::id, one(Body::replacedBy), "replacedBy",
        "the succession of bodies loops: ");
    check(c, "instruments", c.doc.instruments(), LegalInstrument.class, c.ids.instruments, LegalInstrument::id,
        one(LegalInstrument::replacedBy), "replacedBy", "the succession of instruments loops: ");
    check(c, "roles", c.doc.roles(), Role.class, c.ids.roles, Role::id, one(Role::replacedBy), "replacedBy",
        "the succession of roles loops: ");
    check(c, "roles", c.doc.roles(), Role.class, c.ids.roles, Role::id, one(Role::inCapacityOf), "inCapacityOf",
        "roles are held in each other's capacity: ");
    check(c, "instruments", c.doc.instruments(), LegalInstrument.class, c.ids.instruments, LegalInstrument::id,
        LegalInstrument::extendsInstruments, "extends", "instruments extend each other: ");
    check(c, "instruments", c.doc.instruments(), LegalInstrument.class, c.ids.instruments, LegalInstrument::id,
        LegalInstrument::amends, "amends", "instruments amend each other: ");
  }

  /** A link a record has at most one of, as a list. */
  private static <T, K> Function<T, List<K>> one(Function<T, Optional<K>> link) {
    return r -> link.apply(r).map(List::of).orElse(List.of());
  }

  /**
   * Follows the links from every record, those that failed to bind among them, and reports each record on a loop once,
   * for the record that holds its id.
   */
  private static <T, K> void check(Context c, String array, List<Located<T>> bound, Class<T> type,
      Map<K, T> boundById, Function<T, K> idOf, Function<T, List<K>> links, String field, String message) {
    List<Located<T>> records = c.withFailed(bound, type);
    // A link of a record that failed holds nothing where it failed (no stand-in is a link), and a list of links that
    // lost an entry holds the file's others.
    Map<K, T> byId = c.byId(bound, boundById, type, idOf);
    Map<K, Loop<K>> loops = loops(records, byId, idOf, links);
    if (loops.isEmpty()) {
      return;
    }
    Set<K> reported = new HashSet<>();
    for (Located<T> r : records) {
      K start = idOf.apply(r.value());
      Loop<K> loop = loops.get(start);
      if (loop != null && byId.get(start) == r.value() && reported.add(start)) {
        c.error(ViolationCode.CYCLE, r, At.of(array, r.index()).field(field), IdMaps.text(start),
            message + loop.chainFrom());
      }
    }
  }

  /** A loop of links, and where one of its members stands in it: one list shared by all its members. */
  record Loop<K>(List<K> members, int offset) {
    /** The loop read from this member back to it, shortened in the middle when long. */
    String chainFrom() {
      int n = members.size();
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (n > 12 && i == 5) {
          parts.add("... (" + (n - 10) + " more)");
          i = n - 5;
        }
        parts.add(IdMaps.text(members.get((offset + i) % n)));
      }
      parts.add(IdMaps.text(members.get(offset)));
      return String.join(" -> ", parts);
    }
  }

  /**
   * For every key on a loop of the links, a loop through it: a depth-first walk without recursion from each record
   * with a link, along links to records of the map (the first record of each id), each key entered once.
   */
  private static <T, K> Map<K, Loop<K>> loops(List<Located<T>> records, Map<K, T> byId, Function<T, K> idOf,
      Function<T, List<K>> links) {
    // True while a key is on the path, false once every link from it is walked.
    Map<K, Boolean> open = new HashMap<>();
    Map<K, Loop<K>> loops = new HashMap<>();
    List<K> path = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    for (Located<T> r : records) {
      K start = idOf.apply(r.value());
      if (links.apply(r.value()).isEmpty() || open.putIfAbsent(start, true) != null) {
        continue;
      }
      path.add(start);
      next.add(0);
      while (!path.isEmpty()) {
        int top = path.size() - 1;
        K at = path.get(top);
        List<K> from = links.apply(byId.get(at));
        int i = next.get(top);
        if (i == from.size()) {
          open.put(at, false);
          path.remove(top);
          next.remove(top);
          continue;
        }
        next.set(top, i + 1);
        K to = from.get(i);
        Boolean onPath = open.get(to);
        if (onPath == null && byId.containsKey(to)) {
          open.put(to, true);
          path.add(to);
          next.add(0);
        } else if (Boolean.TRUE.equals(onPath)) {
          // One list shared by all the loop's members: a copy per member would be quadratic in a long loop.
          List<K> members = List.copyOf(path.subList(path.indexOf(to), path.size()));
          for (int k = 0; k < members.size(); k++) {
            loops.putIfAbsent(members.get(k), new Loop<>(members, k));
          }
        }
      }
    }
    return loops;
  }
}
