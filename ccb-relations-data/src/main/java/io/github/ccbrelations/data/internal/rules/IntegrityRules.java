package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.Violation;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.InstrumentId;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import io.github.ccbrelations.model.Source;
import io.github.ccbrelations.model.SourceId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The rules between the records of a bound document, used by the loader and by the validator: a fixed list of rule
 * families run over the document, with the records by id built once. Every violation is collected; none stops the
 * check. A new rule is one class in this package, added to {@link #RULES}, and a
 * {@link io.github.ccbrelations.data.ViolationCode}.
 */
public final class IntegrityRules {
  private static final List<Rule> RULES = List.of(
      new References(),
      new Citations(),
      new Dates(),
      new Identifiers(),
      new Sourced(),
      new Languages(),
      new Cycles(),
      new Acronyms(),
      new Successors(),
      new Redirects());

  /** In file order: by line, then column; violations without a place come last. */
  private static final Comparator<Violation> FILE_ORDER = Comparator
      .comparingInt((Violation v) -> v.line() == 0 ? Integer.MAX_VALUE : v.line())
      .thenComparingInt(Violation::column);

  private IntegrityRules() {}

  /**
   * The violations of a document, with the records by id: when there is no error, they index every record, in file
   * order, and the dataset keeps them instead of building them again.
   *
   * @param violations those found while binding, then those between records, in file order
   */
  public record Checked(List<Violation> violations, Map<SourceId, Source> sources, Map<BodyId, Body> bodies,
      Map<InstrumentId, LegalInstrument> instruments, Map<RoleId, Role> roles) {}

  /**
   * Every violation of the document: those found while binding its records, then those between records, errors
   * and warnings, in file order; with the records by id. The violations of the rules (placed at their record, but for
   * the references and citations the parser placed) are given their places by {@code place} before they join those
   * found while binding.
   *
   * @param place places the rules' violations, in the order given, at the values their paths name
   */
  public static Checked check(ParsedDocument doc, RuleOptions options, UnaryOperator<List<Violation>> place) {
    Context context = new Context(doc, options);
    List<Violation> all = new ArrayList<>(doc.bindingViolations());
    // Without the dataset's top-level shape (an array missing or not an array), rules between records would judge
    // references against records that are not there; the shape violation is the one to fix first.
    if (doc.brokenArrays().isEmpty()) {
      for (Rule rule : RULES) {
        rule.check(context);
      }
    }
    // Repeated ids, found as the context was made, are judged within one array: a broken other array hides none.
    all.addAll(place.apply(context.violations()));
    all.sort(FILE_ORDER);
    return new Checked(List.copyOf(all), context.sources, context.bodies, context.instruments, context.roles);
  }
}
