package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.text.RoleExplainer;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.search.Match;
import io.github.ccbrelations.search.NameSearch;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Looks up bodies and instruments by any name, acronym or short form in fr, nl, en or de, ignoring case, accents and
 * a leading article, and shows their labels, place in the hierarchy, the roles in them and the roles held by or
 * through them (CERT.be); for a typo, suggests the closest names ({@link NameSearch}).
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
    NameSearch search = NameSearch.of(data);
    for (String query : queries) {
      out.println("\"" + query + "\"");
      List<Body> bodies = data.bodiesNamed(query);
      List<LegalInstrument> instruments = data.instrumentsNamed(query);
      if (bodies.isEmpty() && instruments.isEmpty()) {
        List<Match> near = search.find(query, 3);
        out.println(near.isEmpty() ? "  nothing found" : "  nothing found; did you mean "
            + near.stream().map(m -> m.label() + " (" + m.describe() + ")").collect(Collectors.joining(", ")) + "?");
      }
      for (Body body : bodies) {
        out.println("  body " + body.id().value() + " (" + body.kind() + ")");
        for (Label label : body.labels()) {
          out.println("    " + label.language().code() + " " + label.kind() + ": " + label.text());
        }
        data.ancestorsOf(body.id()).forEach(a -> out.println("    part of: " + a.displayName(options.preference())));
        for (Role role : data.rolesInAnyPartOf(body.id())) {
          out.println("    role: " + RoleExplainer.explain(data, role, options.language));
        }
        for (Role role : data.rolesHeldBy(body.id())) {
          out.println("    held by or through it: " + RoleExplainer.explain(data, role, options.language));
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
