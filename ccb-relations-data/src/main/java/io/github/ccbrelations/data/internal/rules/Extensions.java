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
import java.util.stream.Collectors;

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
    Map<InstrumentId, List<InstrumentId>> loops = new HashMap<>();
    for (Located<LegalInstrument> r : c.doc.instruments) {
      walk(c, r.value().id(), state, loops);
    }
    for (Located<LegalInstrument> r : c.doc.instruments) {
      InstrumentId id = r.value().id();
      List<InstrumentId> loop = loops.remove(id);
      if (loop != null && c.instruments.get(id) == r.value()) {
        c.error(ViolationCode.CYCLE, r, At.of("instruments", r.index()).field("extends"), id.value(),
            "instruments extend each other: " + loop.stream().map(InstrumentId::value).collect(Collectors.joining(
                " -> ")));
      }
    }
  }

  /** Marks every instrument reachable from the start, and notes each loop met, for each of its members. */
  private static void walk(Context c, InstrumentId start, Map<InstrumentId, Integer> state,
      Map<InstrumentId, List<InstrumentId>> loops) {
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
        // The path from the deque's bottom is reversed: the loop runs from `to` down to `at`, then back to `to`.
        List<InstrumentId> onPath = new ArrayList<>(path);
        List<InstrumentId> loop = new ArrayList<>(onPath.subList(0, onPath.indexOf(to) + 1));
        Collections.reverse(loop);
        loop.add(to);
        for (int k = 0; k < loop.size() - 1; k++) {
          List<InstrumentId> from = new ArrayList<>(loop.subList(k, loop.size() - 1));
          from.addAll(loop.subList(0, k + 1));
          loops.putIfAbsent(loop.get(k), from);
        }
      } else if (s == NEW && c.instruments.containsKey(to)) {
        state.put(to, OPEN);
        path.push(to);
        next.push(0);
      }
    }
  }
}
