package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.ViolationCode;
import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * No instrument extends itself through others: the links of {@code extends} form no loop. An instrument may extend
 * several, so the links are a graph, walked depth first without recursion (a hostile file may chain many); each
 * instrument on a loop is reported once, with the loop found from it.
 */
final class Extensions implements Rule {
  private static final int NEW = 0;
  private static final int OPEN = 1;
  private static final int DONE = 2;

  @Override
  public void check(Context c) {
    Map<InstrumentId, Integer> state = new HashMap<>();
    Map<InstrumentId, Cycles.Loop<InstrumentId>> loops = new HashMap<>();
    for (Located<LegalInstrument> r : c.doc.instruments) {
      walk(c, r.value().id(), state, loops);
    }
    for (Located<LegalInstrument> r : c.doc.instruments) {
      InstrumentId id = r.value().id();
      Cycles.Loop<InstrumentId> loop = loops.remove(id);
      if (loop != null && c.instruments.get(id) == r.value()) {
        c.error(ViolationCode.CYCLE, r, At.of("instruments", r.index()).field("extends"), id.value(),
            "instruments extend each other: " + loop.chainFrom(InstrumentId::value));
      }
    }
  }

  /** Marks every instrument reachable from the start, and notes each loop met, for each of its members. */
  private static void walk(Context c, InstrumentId start, Map<InstrumentId, Integer> state,
      Map<InstrumentId, Cycles.Loop<InstrumentId>> loops) {
    if (state.getOrDefault(start, NEW) != NEW) {
      return;
    }
    Deque<InstrumentId> path = new ArrayDeque<>();
    Deque<Integer> next = new ArrayDeque<>();
    path.push(start);
    next.push(0);
    state.put(start, OPEN);
    while (!path.isEmpty()) {
      InstrumentId at = path.peek();
      LegalInstrument record = c.instruments.get(at);
      List<InstrumentId> links = record == null ? List.of() : record.extendsInstruments();
      int i = next.pop();
      if (i >= links.size()) {
        state.put(at, DONE);
        path.pop();
        continue;
      }
      next.push(i + 1);
      InstrumentId to = links.get(i);
      int s = state.getOrDefault(to, NEW);
      if (s == OPEN) {
        // The deque holds the path top first: the loop runs from `to` up to `at`, then back to `to`. Its members
        // share one list, as in Cycles: a copy per member would be quadratic in a long loop's length.
        List<InstrumentId> onPath = new ArrayList<>(path);
        List<InstrumentId> members = new ArrayList<>(onPath.subList(0, onPath.indexOf(to) + 1));
        Collections.reverse(members);
        List<InstrumentId> loop = List.copyOf(members);
        for (int k = 0; k < loop.size(); k++) {
          loops.putIfAbsent(loop.get(k), new Cycles.Loop<>(loop, k));
        }
      } else if (s == NEW && c.instruments.containsKey(to)) {
        state.put(to, OPEN);
        path.push(to);
        next.push(0);
      }
    }
  }
}
