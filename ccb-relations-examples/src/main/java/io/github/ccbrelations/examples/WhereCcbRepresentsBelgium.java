package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalBasis;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.SourceReference;
import io.github.ccbrelations.text.Terms;
import io.github.ccbrelations.text.Terms.Word;
import java.io.PrintStream;
import java.util.List;

/**
 * Where the CCB (or one of its parts) acts on behalf of Belgium, in what function, and on what legal basis, with
 * the CELEX or numac of each instrument and the paragraph of the page that says so. Every word around the names
 * and identifiers is the library's ({@link Terms}), in the language chosen.
 *
 * <pre>
 * mvn -q -Pexample package -DskipTests -Dexample=io.github.ccbrelations.examples.WhereCcbRepresentsBelgium \
 *     -Dexample.args="--lang fr"
 * </pre>
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
    Language language = options.language;
    List<Language> order = options.preference();
    String colon = Terms.colon(language);
    Dataset data = CcbRelations.bundled();
    for (Role role : data.rolesOnBehalfOf(CcbRelations.BELGIUM)) {
      // A role in no body (the single point of contact, the coordination) is headed by its function instead.
      out.println(role.body().map(b -> data.body(b).displayName(order))
          .orElseGet(() -> "(" + Terms.word(Word.IN_NO_BODY, language) + ") "
              + Terms.function(role.function(), language)));
      out.println("  " + holder(data, role, language));
      out.println("  " + Terms.word(Word.FUNCTION, language) + colon + Terms.function(role.function(), language)
          + role.condition().map(c -> " (" + Terms.condition(c, language) + ")").orElse(""));
      if (role.legalBases().isEmpty()) {
        // A role held as another (the Cooperation Group seat, as single point of contact) rests on that one's bases,
        // and says so as the explanations do: "legal basis as single point of contact".
        out.println("  " + role.inCapacityOf()
            .map(id -> Terms.word(Word.LEGAL_BASIS, language) + " " + Terms.word(Word.AS, language) + " "
                + Terms.function(data.role(id).function(), language) + colon
                + Terms.record(RecordType.ROLE, language) + " " + id.value())
            .orElseGet(() -> Terms.legalBasisStatus(role.legalBasisStatus(), language)));
      }
      for (LegalBasis basis : role.legalBases()) {
        out.println("  " + Terms.word(Word.LEGAL_BASIS, language) + colon + basis(data, basis, language, order));
      }
      for (SourceReference ref : role.sources()) {
        out.println("  " + Terms.record(RecordType.SOURCE, language) + colon + ref.source().value()
            + ref.section().map(s -> ", " + Terms.word(Word.SECTION, language) + " " + s).orElse("")
            + ref.paragraph().map(p -> ", " + Terms.word(Word.PARAGRAPH, language) + " " + p).orElse(""));
      }
    }
  }

  /**
   * The holder of a role, and in brackets the part of it the role is held through: "holder: Centre for Cybersecurity
   * Belgium (through: Federal Cyber Emergency Response Team)". "Through" heads the part as a label does: right after
   * "through", "par" or "durch", a name in its citation form would lack the article or the case they want.
   */
  static String holder(Dataset data, Role role, Language language) {
    List<Language> order = Terms.preference(language);
    String colon = Terms.colon(language);
    return Terms.word(Word.HOLDER, language) + colon + data.body(role.holder()).displayName(order)
        + role.via().map(v -> " (" + Terms.word(Word.THROUGH, language) + colon + data.body(v).displayName(order)
            + ")").orElse("");
  }

  /**
   * A legal basis: its instrument's name, the provision as the language cites it ("art. 14" in French and Dutch),
   * the instrument's CELEX number or numac, and the span in which the basis applies, as the explanations write it.
   */
  private static String basis(Dataset data, LegalBasis basis, Language language, List<Language> order) {
    LegalInstrument li = data.instrument(basis.instrument());
    StringBuilder line = new StringBuilder(li.displayName(order));
    basis.provision().ifPresent(p -> line.append(", ").append(Terms.provision(p, language)));
    li.celex().ifPresent(c -> line.append(" [CELEX ").append(c.value()).append(']'));
    li.numac().ifPresent(n -> line.append(" [numac ").append(n.value()).append(']'));
    basis.validity().map(v -> Terms.span(v, language)).filter(span -> !span.isEmpty())
        .ifPresent(span -> line.append(" (").append(span).append(')'));
    return line.toString();
  }
}
