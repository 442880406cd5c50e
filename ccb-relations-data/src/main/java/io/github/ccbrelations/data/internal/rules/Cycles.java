package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * No loop in the body hierarchy, in the succession of bodies, instruments and roles, in the capacities roles are held
 * in, or in the instruments an instrument extends. Linear in the number of records, however long the chains: a hostile
 * file may chain a hundred thousand. Each record on a loop is reported once, with the loop read from it.
 */
final class Cycles implements Rule {
  @Override
  public void check(Context c) {
    chains(c, "bodies", c.doc.bodies(), c.bodies, Body::id, Body::partOf, BodyId::value, "partOf",
        "the body hierarchy loops: ");
    chains(c, "bodies", c.doc.bodies(), c.bodies, Body::id, Body::replacedBy, BodyId::value, "replacedBy",
        "the succession of bodies loops: ");
    chains(c, "instruments", c.doc.instruments(), c.instruments, LegalInstrument::id, LegalInstrument::replacedBy,
        InstrumentId::value, "replacedBy", "the succession of instruments loops: ");
    chains(c, "roles", c.doc.roles(), c.roles, Role::id, Role::replacedBy, RoleId::value, "replacedBy",
        "the succession of roles loops: ");
    chains(c, "roles", c.doc.roles(), c.roles, Role::id, Role::inCapacityOf, RoleId::value, "inCapacityOf",
        "roles are held in each other's capacity: ");
    report(c, "instruments", c.doc.instruments(), c.instruments, LegalInstrument::id, InstrumentId::value, "extends",
        "instruments extend each other: ", extensionLoops(c));
  }

  /** Reports the loops of a link a record has at most one of. */
  private static <T, K> void chains(Context c, String array, List<Located<T>> records, Map<K, T> byId,
      Function<T, K> idOf, Function<T, Optional<K>> link, Function<K, String> text, String field, String message) {
    report(c, array, records, byId, idOf, text, field, message,
        chainLoops(records, byId, idOf, link, c.doc.ids().repeated.isEmpty()));
  }

  /** Reports each record on one of the loops once, for the record that holds its id. */
  private static <T, K> void report(Context c, String array, List<Located<T>> records, Map<K, T> byId,
      Function<T, K> idOf, Function<K, String> text, String field, String message, Map<K, Loop<K>> loops) {
    if (loops.isEmpty()) {
      return;
    }
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

    /** The loop of the members given, each of them mapped to it (a copy per member would be quadratic). */
    static <K> void addTo(Map<K, Loop<K>> loops, List<K> members) {
      List<K> shared = List.copyOf(members);
      for (int i = 0; i < shared.size(); i++) {
        loops.putIfAbsent(shared.get(i), new Loop<>(shared, i));
      }
    }
  }

  /** For every key on a loop of one link per record, that loop; each key is visited once. */
  private static <T, K> Map<K, Loop<K>> chainLoops(List<Located<T>> records, Map<K, T> byId, Function<T, K> idOf,
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
            Loop.addTo(out, path.subList(path.indexOf(to), path.size()));
          }
          break;
        }
        path.add(to);
        next = link.apply(target);
      }
    }
    return out;
  }

  private static final int OPEN = 1;
  private static final int DONE = 2;

  /**
   * For every instrument on a loop of {@code extends}, a loop through it. An instrument may extend several, so the
   * links are a graph, walked depth first without recursion (a hostile file may chain many).
   */
  private static Map<InstrumentId, Loop<InstrumentId>> extensionLoops(Context c) {
    Map<InstrumentId, Integer> state = new HashMap<>();
    Map<InstrumentId, Loop<InstrumentId>> loops = new HashMap<>();
    Deque<InstrumentId> path = new ArrayDeque<>();
    Deque<Integer> next = new ArrayDeque<>();
    for (Located<LegalInstrument> r : c.doc.instruments()) {
      InstrumentId start = r.value().id();
      if (state.putIfAbsent(start, OPEN) != null) {
        continue;
      }
      path.push(start);
      next.push(0);
      while (!path.isEmpty()) {
        InstrumentId at = path.peek();
        // Only instruments of the map are entered: the first record of each id.
        List<InstrumentId> links = c.instruments.get(at).extendsInstruments();
        int i = next.pop();
        if (i >= links.size()) {
          state.put(at, DONE);
          path.pop();
          continue;
        }
        next.push(i + 1);
        InstrumentId to = links.get(i);
        Integer s = state.get(to);
        if (s != null && s == OPEN) {
          // The deque holds the path top first: the loop runs from `to` up to `at`, then back to `to`.
          List<InstrumentId> onPath = new ArrayList<>(path);
          List<InstrumentId> members = new ArrayList<>(onPath.subList(0, onPath.indexOf(to) + 1));
          Collections.reverse(members);
          Loop.addTo(loops, members);
        } else if (s == null && c.instruments.containsKey(to)) {
          state.put(to, OPEN);
          path.push(to);
          next.push(0);
        }
      }
    }
    return loops;
  }
}
