package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.text.RoleExplainer;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Label;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.search.Match;
import io.github.ccbrelations.search.NameSearch;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** {@code ccb-relations find NAME...}: bodies and instruments by any name or acronym, with the CCB's roles there. */
final class FindCommand {
  static final Usage USAGE = new Usage("find",
      "Looks up bodies and legal instruments by any name, acronym or id in fr, nl, en or de, ignoring case, accents "
          + "and punctuation (NAVO finds NATO), and shows their names, where they belong and what the CCB does there "
          + "today.",
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
    int status = ExitStatus.OK;
    // Made at the first name that finds nothing, then kept: a run that finds everything never builds it.
    NameSearch search = null;
    for (String name : names) {
      List<Body> bodies = dataset.bodiesNamed(name);
      List<LegalInstrument> instruments = dataset.instrumentsNamed(name);
      if (bodies.isEmpty() && instruments.isEmpty()) {
        if (search == null) {
          search = NameSearch.of(dataset);
        }
        List<Match> near = search.find(name, 3);
        err.println("ccb-relations: nothing found for \"" + name + "\""
            + (near.isEmpty() ? "" : "; did you mean "
                + near.stream().map(m -> m.label() + " (" + m.describe() + ")").collect(Collectors.joining(", "))
                + "?"));
        status = ExitStatus.FAILED;
        continue;
      }
      out.println("\"" + name + "\"");
      bodies.forEach(b -> printBody(dataset, b, out));
      instruments.forEach(i -> printInstrument(i, out));
    }
    out.flush();
    return status;
  }

  private void printBody(Dataset dataset, Body body, PrintWriter out) {
    out.println("  body " + body.id().value() + ": " + body.displayName(lang.preference()) + " (" + body.kind() + ")");
    for (Label label : body.labels()) {
      out.println("    " + label.language().code() + " " + label.kind() + ": " + label.text());
    }
    dataset.ancestorsOf(body.id())
        .forEach(a -> out.println("    part of: " + a.displayName(lang.preference())));
    List<Role> roles = dataset.rolesInAnyPartOf(body.id());
    if (roles.isEmpty()) {
      out.println("    no role of the CCB there today");
    }
    roles.forEach(r -> out.println("    role " + r.id().value() + ": " + RoleExplainer.explain(dataset, r, lang.language)));
  }

  private void printInstrument(LegalInstrument instrument, PrintWriter out) {
    out.println("  instrument " + instrument.id().value() + ": " + instrument.displayName(lang.preference())
        + " (" + instrument.kind() + ")"
        + instrument.celex().map(c -> ", CELEX " + c.value()).orElse("")
        + instrument.numac().map(n -> ", numac " + n.value()).orElse(""));
  }
}
