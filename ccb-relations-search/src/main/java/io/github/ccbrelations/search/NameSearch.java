package io.github.ccbrelations.search;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Labelled;
import io.github.ccbrelations.model.LegalInstrument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Finds bodies and instruments by what people type, exact matches first, then near matches ranked by similarity,
 * for "did you mean ENISA?" when someone typed "ENSIA". Exact matches are those of {@link Dataset#bodiesNamed} and
 * {@link Dataset#instrumentsNamed} (case, accents, punctuation and a leading article ignored; names that follow from
 * identifiers included). Near matches compare the typed text with every label and id, each reduced to its
 * {@link Dataset#nameKey key} (a leading article dropped, lower-case letters and digits without accents, as the exact
 * lookups compare them, so "l'ENSIA" and "die ENSIA" find what "ENSIA" finds), by Jaro-Winkler similarity (Apache
 * Commons Text), which forgives swapped and missing letters and weighs the start of a name most; a record is ranked by
 * its closest label, and kept from {@value #SUGGESTION_FLOOR}. Every record is searched, whatever the dataset's day.
 *
 * <pre>{@code
 * NameSearch search = NameSearch.of(CcbRelations.bundled());
 * search.find("ENSIA", 3).get(0).label();   // "ENISA"
 * }</pre>
 */
public final class NameSearch {
  /** The lowest similarity kept as a suggestion: "ENSIA" and "ENISA" are about 0.95, "CSA" and "CRA" 0.8. */
  public static final double SUGGESTION_FLOOR = 0.85;

  private record Entry(Labelled record, String label, String key) {}

  private final Dataset data;
  private final List<Entry> entries = new ArrayList<>();
  private final JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();

  private NameSearch(Dataset data) {
    this.data = data.allTime();
    for (Body body : this.data.bodies()) {
      add(body, body.id().value());
    }
    for (LegalInstrument instrument : this.data.instruments()) {
      add(instrument, instrument.id().value());
    }
  }

  /**
   * A search over a dataset's bodies and instruments; keep it rather than making one per query.
   *
   * @param data the dataset
   * @return the search; never null
   * @throws NullPointerException if {@code data} is null
   */
  public static NameSearch of(Dataset data) {
    return new NameSearch(Objects.requireNonNull(data, "data"));
  }

  /**
   * The records that match what was typed, exact matches first, then near matches by falling similarity.
   *
   * @param typed a name, acronym or short form in fr, nl, en or de, possibly misspelt
   * @param limit the most matches to return
   * @return the matches; empty when nothing is exact or close enough
   * @throws NullPointerException if {@code typed} is null
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public List<Match> find(String typed, int limit) {
    Objects.requireNonNull(typed, "typed");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    String key = Dataset.nameKey(typed);
    Map<Labelled, Match> best = new IdentityHashMap<>();
    for (Entry entry : entries) {
      double score = key.isEmpty() ? 0 : similarity.apply(key, entry.key());
      Match current = best.get(entry.record());
      if (current == null || score > current.similarity()) {
        best.put(entry.record(), new Match(entry.record(), entry.label(), score));
      }
    }
    Map<Labelled, Match> out = new LinkedHashMap<>();
    List<Labelled> exact = new ArrayList<>(data.bodiesNamed(typed));
    exact.addAll(data.instrumentsNamed(typed));
    for (Labelled record : exact) {
      out.put(record, new Match(record, best.get(record).label(), 1.0));
    }
    best.values().stream()
        .filter(m -> m.similarity() >= SUGGESTION_FLOOR && !out.containsKey(m.record()))
        .sorted(Comparator.comparingDouble(Match::similarity).reversed())
        .forEach(m -> out.put(m.record(), new Match(m.record(), m.label(), Math.min(m.similarity(), NEAR))));
    return out.values().stream().limit(limit).toList();
  }

  /** Below 1, so that only an exact match reads as one even when a label's letters are all there. */
  private static final double NEAR = Math.nextDown(1.0);

  private void add(Labelled record, String id) {
    for (Label label : record.labels()) {
      entries.add(new Entry(record, label.text(), Dataset.nameKey(label.text())));
    }
    entries.add(new Entry(record, id, Dataset.nameKey(id)));
  }
}
