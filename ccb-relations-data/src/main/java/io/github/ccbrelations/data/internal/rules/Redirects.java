package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.ParsedDocument.Located;
import io.github.ccbrelations.data.violation.ViolationCode;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Redirect;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A redirect starts at a retired id, no other starts there, and its chain ends at a live record without a loop. A
 * redirect that failed to bind in another field (its reason, its version) is followed too, so that its chain is judged
 * in the same run.
 */
final class Redirects implements Rule {
  @Override
  public void check(Context c) {
    List<Located<Redirect>> redirects = new ArrayList<>();
    // The origins of redirects that failed in their type or target: a chain that reaches one waits for it.
    Set<String> waiting = new HashSet<>();
    for (Located<Redirect> r : c.withFailed(c.doc.redirects(), Redirect.class)) {
      if (c.intact(r, "recordType") && c.intact(r, "from") && c.intact(r, "to")) {
        redirects.add(r);
      } else if (c.intact(r, "from")) {
        waiting.add(r.value().from());
      }
    }
    Map<RecordType, Map<String, Redirect>> byFrom = new EnumMap<>(RecordType.class);
    for (Located<Redirect> r : redirects) {
      Redirect redirect = r.value();
      At at = At.of("redirects", r.index()).field("from");
      Map<String, Redirect> ofType = byFrom.computeIfAbsent(redirect.recordType(), k -> new HashMap<>());
      if (ofType.putIfAbsent(redirect.from(), redirect) != null) {
        c.error(ViolationCode.DUPLICATE_ID, r, at, redirect.from(),
            "another redirect of " + redirect.recordType() + " already starts at '" + redirect.from() + "'");
      }
      if (c.isKnown(redirect.recordType(), redirect.from())) {
        c.error(ViolationCode.DUPLICATE_ID, r, at, redirect.from(), "'" + redirect.from()
            + "' is still the id of a live " + redirect.recordType() + " record; a redirect starts at a retired id");
      }
    }
    // Where each chain of redirects ends, found once per id (a long chain is walked once, not once per link).
    Map<RecordType, Map<String, String>> ends = new EnumMap<>(RecordType.class);
    for (Located<Redirect> r : redirects) {
      Redirect redirect = r.value();
      At at = At.of("redirects", r.index()).field("to");
      Map<String, Redirect> ofType = byFrom.get(redirect.recordType());
      Map<String, String> endOf = ends.computeIfAbsent(redirect.recordType(), k -> new HashMap<>());
      String end = endOf(c, redirect.recordType(), redirect.from(), redirect.to(), ofType, endOf);
      if (end == null) {
        c.error(ViolationCode.CYCLE, r, at, redirect.from(), "redirects loop: " + chain(redirect, ofType));
      } else if (!c.isKnown(redirect.recordType(), end) && !waiting.contains(end)) {
        c.error(ViolationCode.DANGLING_REFERENCE, r, at, redirect.from(),
            "redirect to unknown " + redirect.recordType() + " '" + end + "'");
      }
    }
  }

  /**
   * The id a chain of redirects from {@code from} (first hop {@code to}) ends at: a live record, or the first id
   * that is neither live nor redirected; null when the chain loops.
   */
  private static @Nullable String endOf(Context c, RecordType type, String from, String to,
      Map<String, Redirect> ofType, Map<String, String> memo) {
    final String loop = "(loop)";
    Set<String> path = new LinkedHashSet<>(List.of(from));
    String next = to;
    String end = null;
    while (end == null) {
      if (c.isKnown(type, next) || !ofType.containsKey(next)) {
        end = next;
      } else if (memo.containsKey(next)) {
        end = memo.get(next);
      } else if (!path.add(next)) {
        end = loop;
      } else {
        next = ofType.get(next).to();
      }
    }
    // Ids on a loop, and ids that lead into one, all end in the loop. The start is left out: a repeated redirect may
    // start there too, towards another end.
    path.remove(from);
    for (String id : path) {
      memo.put(id, end);
    }
    return end.equals(loop) ? null : end;
  }

  /** The chain of a looping redirect, shortened when long. */
  private static String chain(Redirect redirect, Map<String, Redirect> ofType) {
    List<String> path = new ArrayList<>(List.of(redirect.from()));
    String next = redirect.to();
    while (!path.contains(next) && path.size() < 10 && ofType.containsKey(next)) {
      path.add(next);
      next = ofType.get(next).to();
    }
    return String.join(" -> ", path) + " -> " + (path.contains(next) ? next : next + " -> ...");
  }
}
