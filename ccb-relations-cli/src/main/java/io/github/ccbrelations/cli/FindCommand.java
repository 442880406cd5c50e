package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.search.FoundBody;
import io.github.ccbrelations.search.Lookup;
import io.github.ccbrelations.search.NameLookup;
import io.github.ccbrelations.text.RoleExplainer;
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
          + "where they belong and what the CCB does in, by or through them today.",
      "Exit status: 0 every name found something, 1 a name found nothing (said on standard error, with the closest "
          + "names for a typo).",
      List.of(new Positional("NAME", 1, Positional.MANY, "names, acronyms or ids, such as NAVO or gthqc")),
      List.of(DataOption.OPTION, LanguageOption.OPTION));

  private final LanguageOption lang;
  private final DataOption data;
  private final List<String> names;

  FindCommand(Arguments arguments) {
    lang = new LanguageOption(arguments);
    data = new DataOption(arguments);
    names = arguments.positionals();
  }

  int call(PrintWriter out, PrintWriter err) {
    Dataset dataset = data.load();
    NameLookup lookup = NameLookup.of(dataset);
    int status = ExitStatus.OK;
    for (String name : names) {
      Lookup found = lookup.lookUp(name);
      if (found.foundNothing()) {
        err.println("ccb-relations: nothing found for \"" + name + "\""
            + found.didYouMean().map(question -> "; " + question).orElse(""));
        status = ExitStatus.FAILED;
        continue;
      }
      out.println("\"" + name + "\"");
      found.bodies().forEach(b -> printBody(dataset, b, out));
      found.instruments().forEach(i -> printInstrument(i, out));
    }
    out.flush();
    return status;
  }

  private void printBody(Dataset dataset, FoundBody found, PrintWriter out) {
    Body body = found.body();
    out.println("  body " + body.id().value() + ": " + body.displayName(lang.preference()) + " (" + body.kind() + ")");
    for (Label label : body.labels()) {
      out.println("    " + label.language().code() + " " + label.kind() + ": " + label.text());
    }
    dataset.ancestorsOf(body.id())
        .forEach(a -> out.println("    part of: " + a.displayName(lang.preference())));
    if (found.hasNoRole()) {
      out.println("    no role of the CCB there today");
    }
    printRoles(dataset, found.rolesIn(), "", out);
    printRoles(dataset, found.rolesHeld(), ", held by it", out);
    printRoles(dataset, found.rolesHeldThrough(), ", held through it", out);
  }

  private void printRoles(Dataset dataset, List<Role> roles, String how, PrintWriter out) {
    roles.forEach(r -> out.println("    role " + r.id().value() + how + ": "
        + RoleExplainer.explain(dataset, r, lang.language)));
  }

  private void printInstrument(LegalInstrument instrument, PrintWriter out) {
    out.println("  instrument " + instrument.id().value() + ": " + instrument.displayName(lang.preference())
        + " (" + instrument.kind() + ")"
        + instrument.celex().map(c -> ", CELEX " + c.value()).orElse("")
        + instrument.numac().map(n -> ", numac " + n.value()).orElse(""));
  }
}
