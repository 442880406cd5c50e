package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.search.FoundBody;
import io.github.ccbrelations.search.Lookup;
import io.github.ccbrelations.search.NameLookup;
import io.github.ccbrelations.search.NameSearch;
import io.github.ccbrelations.text.RoleExplainer;
import io.github.ccbrelations.text.Terms;
import io.github.ccbrelations.text.Terms.Word;
import java.io.PrintStream;
import java.util.List;

/**
 * Looks up bodies and instruments by any name, acronym or short form in fr, nl, en or de, ignoring case, accents and
 * a leading article, and shows their labels, place in the hierarchy, the roles in them and the roles held by or
 * through them (CERT.be); for a typo, suggests the closest names ({@link NameSearch}). What a name finds comes from
 * {@link NameLookup}, as for {@code ccb-relations find}; this program only prints it, in find's lines and in the words
 * of {@link Terms} for the language chosen.
 *
 * <pre>
 * mvn -q -Pexample package -DskipTests -Dexample=io.github.ccbrelations.examples.LookupByName \
 *     -Dexample.args="gthqc HWPCI CSA NIS2 CERT.be ENSIA"
 * </pre>
 */
public final class LookupByName {
  private LookupByName() {}

  /**
   * Looks up each argument.
   *
   * @param args names or acronyms; {@code --lang fr|nl|en|de} for the lines and explanations (default en)
   */
  public static void main(String... args) {
    run(System.out, args);
  }

  static void run(PrintStream out, String... args) {
    Options options = Options.parse(args);
    Language language = options.language;
    List<Language> order = options.preference();
    String colon = Terms.colon(language);
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
        out.println("  " + Terms.word(Word.NOTHING_FOUND, language)
            + found.didYouMean(language).map(question -> Terms.semicolon(language) + question).orElse(""));
      }
      // The lines of ccb-relations find, in the same words: what a record is, its id, then what it says.
      for (FoundBody f : found.bodies()) {
        Body body = f.body();
        out.println("  " + Terms.record(RecordType.BODY, language) + " " + body.id().value() + colon
            + body.displayName(order) + " (" + Terms.bodyKind(body.kind(), language) + ")");
        for (Label label : body.labels()) {
          out.println("    " + label.language().code() + " " + Terms.labelKind(label.kind(), language) + colon
              + label.text());
        }
        data.ancestorsOf(body.id())
            .forEach(a -> out.println("    " + Terms.word(Word.PART_OF, language) + colon + a.displayName(order)));
        roles(data, f.rolesIn(), "", language, out);
        roles(data, f.rolesHeld(), ", " + Terms.word(Word.HELD_BY_IT, language), language, out);
        roles(data, f.rolesHeldThrough(), ", " + Terms.word(Word.HELD_THROUGH_IT, language), language, out);
      }
      for (LegalInstrument li : found.instruments()) {
        out.println("  " + Terms.record(RecordType.INSTRUMENT, language) + " " + li.id().value() + colon
            + li.displayName(order) + " (" + Terms.instrumentKind(li.kind(), language) + ")"
            + li.celex().map(c -> ", CELEX " + c.value()).orElse("")
            + li.numac().map(n -> ", numac " + n.value()).orElse(""));
      }
    }
  }

  /** Each role by its id, how it stands to the body found, and its explanation. */
  private static void roles(Dataset data, List<Role> roles, String how, Language language, PrintStream out) {
    roles.forEach(r -> out.println("    " + Terms.record(RecordType.ROLE, language) + " " + r.id().value() + how
        + Terms.colon(language) + RoleExplainer.explain(data, r, language)));
  }
}
