package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.text.Terms;
import java.io.PrintStream;

/**
 * Where the CCB (or one of its parts) acts on behalf of Belgium, in what function, and on what legal basis, with
 * the CELEX or numac of each instrument and the paragraph of the page that says so.
 */
public final class WhereCcbRepresentsBelgium {
  private WhereCcbRepresentsBelgium() {}

  /**
   * Prints the roles held on behalf of Belgium.
   *
   * @param args {@code --lang fr|nl|en|de} (default en)
   */
  public static void main(String... args) {
    run(System.out, args);
  }

  static void run(PrintStream out, String... args) {
    Options options = Options.parse(args);
    Dataset data = CcbRelations.bundled();
    for (Role role : data.rolesOnBehalfOf(CcbRelations.BELGIUM)) {
      // A role in no body (the single point of contact, the coordination) is headed by its function instead.
      String heading = role.body().map(b -> data.body(b).displayName(options.preference()))
          .orElseGet(() -> "(in no body) " + Terms.function(role.function(), options.language));
      out.println(heading);
      out.println("  holder:   " + data.body(role.holder()).displayName(options.preference())
          + role.via().map(v -> " through " + data.body(v).displayName(options.preference())).orElse(""));
      out.println("  function: " + Terms.function(role.function(), options.language)
          + role.condition().map(c -> " (" + Terms.condition(c, options.language) + ")").orElse(""));
      if (role.legalBases().isEmpty()) {
        // A role held as another (the Cooperation Group seat, as single point of contact) rests on that one's bases.
        out.println(role.inCapacityOf()
            .map(id -> "  legal basis: none of its own; held as "
                + Terms.function(data.role(id).function(), options.language) + " (role " + id.value() + ")")
            .orElse("  legal basis: none stated on the page"));
      }
      for (LegalBasis basis : role.legalBases()) {
        LegalInstrument li = data.instrument(basis.instrument());
        StringBuilder line = new StringBuilder("  legal basis: ").append(li.displayName(options.preference()));
        basis.provision().ifPresent(p -> line.append(", ").append(p));
        li.celex().ifPresent(c -> line.append(" [CELEX ").append(c.value()).append(']'));
        li.numac().ifPresent(n -> line.append(" [numac ").append(n.value()).append(']'));
        basis.validity().ifPresent(v -> line.append(" valid ")
            .append(v.from().map(f -> f.text()).orElse("…")).append(" to ")
            .append(v.to().map(t -> t.text()).orElse("…")));
        out.println(line);
      }
      for (SourceReference ref : role.sources()) {
        out.println("  source:   " + ref.source().value()
            + ref.section().map(s -> ", section " + s).orElse("")
            + ref.paragraph().map(p -> ", paragraph " + p).orElse(""));
      }
    }
  }
}
