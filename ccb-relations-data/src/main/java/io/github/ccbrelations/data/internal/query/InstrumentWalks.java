package io.github.ccbrelations.data.internal.query;

import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.index.View;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The walks along the links between instruments ({@code transposes}, {@code replacedBy}): every link the file
 * records is followed, and the instruments in force on the view's day are kept.
 */
public final class InstrumentWalks {
  private final Records records;
  private final Lookups lookups;

  public InstrumentWalks(Records records, Lookups lookups) {
    this.records = records;
    this.lookups = lookups;
  }

  public List<LegalInstrument> transposingLawsOf(View day, InstrumentId instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return records.transposedBy.get(instrument).stream().filter(i -> inForceOn(day, i)).toList();
  }

  /** Nearest first. */
  public List<LegalInstrument> successorsOf(View day, InstrumentId instrument) {
    Objects.requireNonNull(instrument, "instrument");
    List<LegalInstrument> out = new ArrayList<>();
    Set<InstrumentId> seen = new LinkedHashSet<>(List.of(instrument));
    Optional<InstrumentId> next = lookups.findInstrument(instrument).flatMap(LegalInstrument::replacedBy);
    // The loader refuses succession cycles; the seen set only guards against a pathological chain.
    while (next.isPresent() && seen.add(next.get())) {
      LegalInstrument successor = lookups.instrument(next.get());
      if (inForceOn(day, successor)) {
        out.add(successor);
      }
      next = successor.replacedBy();
    }
    return List.copyOf(out);
  }

  public List<LegalInstrument> predecessorsOf(View day, InstrumentId instrument) {
    Objects.requireNonNull(instrument, "instrument");
    return records.predecessors.get(instrument).stream().filter(i -> inForceOn(day, i)).toList();
  }

  /** The instrument and every law that transposes it, at any depth, whatever the day. */
  List<InstrumentId> withTransposingLaws(InstrumentId instrument) {
    Set<InstrumentId> out = new LinkedHashSet<>(List.of(instrument));
    Deque<InstrumentId> todo = new ArrayDeque<>(out);
    while (!todo.isEmpty()) {
      for (LegalInstrument law : records.transposedBy.get(todo.removeFirst())) {
        if (out.add(law.id())) {
          todo.addLast(law.id());
        }
      }
    }
    return List.copyOf(out);
  }

  static boolean inForceOn(View day, LegalInstrument instrument) {
    return day.instrumentIds.contains(instrument.id());
  }
}
