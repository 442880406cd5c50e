package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.search.FoundBody;
import io.github.ccbrelations.search.Lookup;
import io.github.ccbrelations.search.NameLookup;
import io.github.ccbrelations.search.NameSearch;
import io.github.ccbrelations.text.RoleExplainer;
import java.io.PrintStream;
import java.util.List;

/**
 * Looks up bodies and instruments by any name, acronym or short form in fr, nl, en or de, ignoring case, accents and
 * a leading article, and shows their labels, place in the hierarchy, the roles in them and the roles held by or
 * through them (CERT.be); for a typo, suggests the closest names ({@link NameSearch}). What a name finds comes from
 * {@link NameLookup}, as for {@code ccb-relations find}; this program only prints it.
 *
 * <pre>
 * mvn -q -Pexample package -DskipTests -Dexample=io.github.ccbrelations.examples.LookupByName -Dexample.args="gthqc HWPCI CSA NIS2 CERT.be ENSIA"
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
        ? List.of("gthqc", "HWPCI", "Groupe de travail horizontal sur les questions cybernetiques", "NAVO", "CSA",
            "NIS2", "Regulation (EU) 2021/887", "l'Agence de l'Union européenne pour la cybersécurité", "CERT.be",
            "ENSIA")
        : options.arguments;
    NameLookup lookup = NameLookup.of(data);
    for (String query : queries) {
      out.println("\"" + query + "\"");
      Lookup found = lookup.lookUp(query);
      if (found.foundNothing()) {
        out.println("  nothing found" + found.didYouMean().map(question -> "; " + question).orElse(""));
      }
      for (FoundBody f : found.bodies()) {
        Body body = f.body();
        out.println("  body " + body.id().value() + " (" + body.kind() + ")");
        for (Label label : body.labels()) {
          out.println("    " + label.language().code() + " " + label.kind() + ": " + label.text());
        }
        data.ancestorsOf(body.id()).forEach(a -> out.println("    part of: " + a.displayName(options.preference())));
        for (Role role : f.rolesIn()) {
          out.println("    role: " + RoleExplainer.explain(data, role, options.language));
        }
        for (Role role : f.rolesHeld()) {
          out.println("    held by it: " + RoleExplainer.explain(data, role, options.language));
        }
        for (Role role : f.rolesHeldThrough()) {
          out.println("    held through it: " + RoleExplainer.explain(data, role, options.language));
        }
      }
      for (LegalInstrument li : found.instruments()) {
        out.println("  instrument " + li.id().value() + " (" + li.kind() + ")"
            + li.celex().map(c -> " CELEX " + c.value()).orElse("")
            + li.numac().map(n -> " numac " + n.value()).orElse(""));
        out.println("    " + li.displayName(options.preference()));
      }
    }
  }
}
