package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.data.violation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The rules between the records of a bound document, used by the loader and by the validator: a fixed list of rule
 * families run over the document, with the records by id built once. Every violation is collected; none stops the
 * check. A new rule is one class in this package, added to the list in {@link #check}, and a
 * {@link io.github.ccbrelations.data.violation.ViolationCode}.
 */
public final class IntegrityRules {
  private IntegrityRules() {}

  /**
   * Every violation of the document: those found while binding its records, then those between records, errors
   * and warnings, in file order. The violations of the rules (placed at their record, but for the references and
   * citations the parser placed), and those found while binding that are placed at their list
   * ({@link ParsedDocument#atTheirList()}), are given their places by {@code place} before they join the others.
   * Without an error, the document's records by id ({@link ParsedDocument#ids()}) are the dataset's id indexes.
   *
   * @param place places violations, in the order given, at the values their paths name
   */
  public static List<Violation> check(ParsedDocument doc, RuleOptions options, UnaryOperator<List<Violation>> place) {
    Context context = new Context(doc, options);
    List<Violation> all = new ArrayList<>(doc.bindingViolations());
    List<Violation> toPlace = new ArrayList<>(doc.atTheirList());
    all.removeAll(new HashSet<>(toPlace));
    // Without the dataset's top-level shape (an array missing or not an array), rules between records would judge
    // references against records that are not there; the shape violation is the one to fix first.
    if (doc.brokenArrays().isEmpty()) {
      List<Rule> rules = List.of(new References(), new Dates(), new Identifiers(), new Sourced(), new Languages(),
          new Cycles(), new Acronyms(), new Successors(), new Redirects());
      for (Rule rule : rules) {
        rule.check(context);
      }
    }
    // Repeated ids, found as the context was made, are judged within one array: a broken other array hides none.
    toPlace.addAll(context.violations());
    all.addAll(place.apply(toPlace));
    // In file order: by line, then column; violations without a place come last.
    all.sort(Comparator.comparingInt((Violation v) -> v.line() == 0 ? Integer.MAX_VALUE : v.line())
        .thenComparingInt(Violation::column));
    return List.copyOf(all);
  }
}
