package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.violation.SafeText;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.RecordType;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.search.FoundBody;
import io.github.ccbrelations.search.Lookup;
import io.github.ccbrelations.search.NameLookup;
import io.github.ccbrelations.text.RoleExplainer;
import io.github.ccbrelations.text.Terms.Word;
import io.github.ccbrelations.text.Terms;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code ccb-relations find NAME...}: bodies and instruments by any name or acronym, with the CCB's roles in, by and
 * through each body, as {@link NameLookup} finds them.
 */
final class FindCommand {
  static final Usage USAGE = new Usage("find",
      "Looks up bodies and legal instruments by any name, acronym, short form or id in fr, nl, en or de, ignoring "
          + "case, accents, punctuation and a leading article (NAVO finds NATO; 2021/887, 1202, a CELEX number "
          + "such as 32019R0881 and a numac such as 2024005260 find the act so numbered), and shows their names, "
          + "where they belong and what the CCB does in, by or through them today, in the language of --lang.",
      "Exit status: 0 every name found something, 1 a name found nothing (said on standard error in the language of "
          + "--lang, with the closest names for a typo) or the --data file is not a valid dataset, 2 the --data file "
          + "cannot be read or the command line is wrong.",
      List.of(new Positional("NAME", 1, Positional.MANY, "names, acronyms or ids, such as NAVO or gthqc")),
      List.of(DataOption.OPTION, LenientOption.OPTION, LanguageOption.OPTION));

  private final LanguageOption lang;
  private final DataOption data;
  private final List<String> names;

  FindCommand(Arguments arguments) {
    lang = new LanguageOption(arguments);
    data = new DataOption(arguments);
    names = arguments.names();
  }

  int call(InputStream stdin, PrintWriter out, PrintWriter err) {
    Dataset dataset = data.load(stdin, err);
    NameLookup lookup = NameLookup.of(dataset);
    int status = ExitStatus.OK;
    for (String name : names) {
      Lookup found = lookup.lookUp(name);
      if (found.foundNothing()) {
        err.println("ccb-relations: " + NotFound.find(name, found, lang.language));
        status = ExitStatus.FAILED;
        continue;
      }
      out.println("\"" + SafeText.escaped(name) + "\"");
      found.bodies().forEach(b -> printBody(dataset, b, out));
      found.instruments().forEach(i -> printInstrument(i, out));
    }
    out.flush();
    return status;
  }

  private void printBody(Dataset dataset, FoundBody found, PrintWriter out) {
    Language language = lang.language;
    String colon = Terms.colon(language);
    Body body = found.body();
    out.println("  " + Terms.record(RecordType.BODY, language) + " " + body.id().value() + colon
        + body.displayName(lang.preference()) + " (" + Terms.bodyKind(body.kind(), language) + ")");
    for (Label label : body.labels()) {
      out.println("    " + label.language().code() + " " + Terms.labelKind(label.kind(), language) + colon
          + label.text());
    }
    String partOf = Terms.word(Word.PART_OF, language);
    dataset.ancestorsOf(body.id())
        .forEach(a -> out.println("    " + partOf + colon + a.displayName(lang.preference())));
    if (found.hasNoRole()) {
      out.println("    " + NoRoleNote.today(language));
    }
    printRoles(dataset, found.rolesIn(), "", out);
    printRoles(dataset, found.rolesHeld(), ", " + Terms.word(Word.HELD_BY_IT, language), out);
    printRoles(dataset, found.rolesHeldThrough(), ", " + Terms.word(Word.HELD_THROUGH_IT, language), out);
  }

  private void printRoles(Dataset dataset, List<Role> roles, String how, PrintWriter out) {
    Language language = lang.language;
    roles.forEach(r -> out.println("    " + Terms.record(RecordType.ROLE, language) + " " + r.id().value() + how
        + Terms.colon(language) + RoleExplainer.explain(dataset, r, language)));
  }

  private void printInstrument(LegalInstrument instrument, PrintWriter out) {
    Language language = lang.language;
    out.println("  " + Terms.record(RecordType.INSTRUMENT, language) + " " + instrument.id().value()
        + Terms.colon(language) + instrument.displayName(lang.preference())
        + " (" + Terms.instrumentKind(instrument.kind(), language) + ")"
        + instrument.celex().map(c -> ", CELEX " + c.value()).orElse("")
        + instrument.numac().map(n -> ", numac " + n.value()).orElse(""));
  }
}
