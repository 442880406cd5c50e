package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import java.io.PrintStream;
import java.util.List;

/**
 * Looks up bodies and instruments by any name or acronym in fr, nl, en or de, ignoring case and accents, and
 * shows their labels, place in the hierarchy and the CCB's roles there.
 *
 * <pre>
 * mvn -q -Pexample package -DskipTests -Dexample=io.github.ccbrelations.examples.LookupByName -Dexample.args="gthqc HWPCI CSA"
 * </pre>
 */
public final class LookupByName {
  private LookupByName() {}

  /**
   * Looks up each argument.
   *
   * @param args names or acronyms; {@code --lang fr|nl|en|de} for the explanations (default en)
   */
  public static void main(String... args) {
    run(System.out, args);
  }

  static void run(PrintStream out, String... args) {
    Options options = Options.parse(args);
    Dataset data = CcbRelations.bundled();
    List<String> queries = options.arguments.isEmpty()
        ? List.of("gthqc", "HWPCI", "Groupe de travail horizontal sur les questions cybernetiques", "NAVO", "CSA")
        : options.arguments;
    for (String query : queries) {
      out.println("\"" + query + "\"");
      List<Body> bodies = data.bodiesNamed(query);
      List<LegalInstrument> instruments = data.instrumentsNamed(query);
      if (bodies.isEmpty() && instruments.isEmpty()) {
        out.println("  nothing found");
      }
      for (Body body : bodies) {
        out.println("  body " + body.id().value() + " (" + body.kind() + ")");
        for (Label label : body.labels()) {
          out.println("    " + label.language().code() + " " + label.kind() + ": " + label.text());
        }
        data.ancestorsOf(body.id()).forEach(a -> out.println("    part of: " + a.displayName(options.preference())));
        for (Role role : data.rolesInAnyPartOf(body.id())) {
          out.println("    role: " + data.explain(role, options.language));
        }
      }
      for (LegalInstrument li : instruments) {
        out.println("  instrument " + li.id().value() + " (" + li.kind() + ")"
            + li.celex().map(c -> " CELEX " + c.value()).orElse("")
            + li.numac().map(n -> " numac " + n.value()).orElse(""));
        out.println("    " + li.displayName(options.preference()));
      }
    }
  }
}
