package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A repealed instrument, or one whose end of validity is on or before the release date, names its successor (a
 * warning: an instrument that lapsed without one keeps it, and a user can accept it by its code). Without the release
 * date as the file gives it, an end of validity waits. Instruments that failed to bind are judged on the fields that
 * hold what the file gives ({@link Context#intact}).
 */
final class Successors implements Rule {
  @Override
  public void check(Context c) {
    List<Located<LegalInstrument>> instruments = c.withFailed(c.doc.instruments(), LegalInstrument.class);
    Map<InstrumentId, List<String>> repealedBy = new HashMap<>();
    for (Located<LegalInstrument> r : instruments) {
      if (!c.intact(r, "repeals")) {
        continue;
      }
      for (InstrumentId repealed : r.value().repeals()) {
        repealedBy.computeIfAbsent(repealed, k -> new ArrayList<>()).add(r.value().id().value());
      }
    }
    for (Located<LegalInstrument> r : instruments) {
      LegalInstrument li = r.value();
      if (li.replacedBy().isPresent() || !c.intact(r, "replacedBy") || !c.intact(r, "endOfValidity")) {
        continue;
      }
      String id = li.id().value();
      // The record lacks replacedBy: its own path, as any object that lacks a field.
      At at = At.of("instruments", r.index());
      List<String> repealers = repealedBy.getOrDefault(li.id(), List.of());
      if (!repealers.isEmpty()) {
        c.warning(ViolationCode.MISSING_SUCCESSOR, r, at, id, "instrument '" + id + "' is repealed by '"
            + String.join("', '", repealers) + "' but names no successor: set replacedBy to '" + repealers.get(0)
            + "'");
      } else if (li.endOfValidity().isPresent() && c.released != null
          && !li.endOfValidity().get().earliest().isAfter(c.released)) {
        c.warning(ViolationCode.MISSING_SUCCESSOR, r, at, id, "instrument '" + id + "' ended ("
            + li.endOfValidity().get().text() + ") but names no successor: set replacedBy if it was replaced");
      }
    }
  }
}
