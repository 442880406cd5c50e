package io.github.ccbrelations.data.internal.rules;

import io.github.ccbrelations.data.Violation;
import io.github.ccbrelations.data.internal.json.ParsedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A document's records by id without the rules between records, for bytes whose digest the build recorded after
 * checking them (the bundled file): what binding found and repeated ids are still reported. Apart from
 * {@link IntegrityRules}, so that a start-up that needs no rule loads none of their classes.
 */
public final class RecordsById {
  private RecordsById() {}

  /**
   * The records of a document by id, with the violations found while binding and indexing them, as
   * {@link IntegrityRules#check} returns them; the options are those the context holds (the index reads none).
   */
  public static IntegrityRules.Checked of(ParsedDocument doc, RuleOptions options) {
    Context context = new Context(doc, options);
    List<Violation> all = new ArrayList<>(doc.bindingViolations());
    all.addAll(context.violations());
    return new IntegrityRules.Checked(List.copyOf(all), context.sources, context.bodies, context.instruments,
        context.roles);
  }
}
