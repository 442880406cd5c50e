package io.github.ccbrelations.testing;

import io.github.ccbrelations.model.PartialDate;
import java.util.Optional;

/** A recorded span of days in the words of a failure message: "from 2020-06, with no end recorded". */
final class Spans {
  private Spans() {}

  static String of(Optional<PartialDate> from, Optional<PartialDate> to) {
    if (from.isPresent() && to.isPresent()) {
      return "from " + from.get().text() + " to " + to.get().text();
    }
    if (from.isPresent()) {
      return "from " + from.get().text() + ", with no end recorded";
    }
    if (to.isPresent()) {
      return "until " + to.get().text() + ", with no start recorded";
    }
    return "with no dates recorded";
  }
}
