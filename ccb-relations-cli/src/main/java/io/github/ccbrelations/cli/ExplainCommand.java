package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.Resolution;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.search.NameLookup;
import io.github.ccbrelations.text.RoleExplainer;
import io.github.ccbrelations.text.Terms;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ccb-relations explain [ROLE-OR-BODY...]}: one sentence per role, generated from the data in the chosen
 * language; with no argument every role, level by level.
 */
final class ExplainCommand {
  private static final Option AS_OF = Option.of("--as-of", "DATE",
      "the day to answer for, such as 2020-06-01 (default: today in Brussels)");
  static final Usage USAGE = new Usage("explain",
      "Explains the CCB's roles in one sentence each, with their legal bases, in fr, nl, en or de: every role level "
          + "by level, or those of the roles and bodies named (by id, name or acronym; a body's roles include its "
          + "sub-bodies').",
      "Exit status: 0 done, 1 a name matched no role or body (said on standard error in the language of --lang) or "
          + "the --data file is not a valid dataset, 2 the --data file cannot be read or the command line is wrong.",
      List.of(new Positional("ROLE-OR-BODY", 0, Positional.MANY, "role ids, or body ids, names or acronyms")),
      List.of(AS_OF, DataOption.OPTION, LenientOption.OPTION, LanguageOption.OPTION));

  private final LanguageOption lang;
  private final DataOption data;
  private final Optional<LocalDate> asOf;
  private final List<String> names;

  ExplainCommand(Arguments arguments) {
    lang = new LanguageOption(arguments);
    data = new DataOption(arguments);
    asOf = arguments.value(AS_OF, ExplainCommand::day);
    names = arguments.names();
  }

  /**
   * The day of {@code --as-of}, in the command's words rather than java.time's ("Text ... could not be parsed at index
   * 0").
   *
   * @throws IllegalArgumentException for text that is not a day of the calendar written year-month-day
   */
  static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a date is a day of the calendar written year-month-day, such as 2020-06-01: '"
          + text + "'", e);
    }
  }

  int call(InputStream stdin, PrintWriter out, PrintWriter err) {
    Dataset loaded = data.load(stdin, err);
    Dataset day = asOf.map(loaded::asOf).orElse(loaded);
    int status = ExitStatus.OK;
    if (names.isEmpty()) {
      explainAll(day, out);
    }
    // Two names of one record ("hwpci gthqc") print it once, where it was first named.
    Set<Object> shown = new HashSet<>();
    for (String name : names) {
      if (!explain(day, name, shown, out)) {
        err.println("ccb-relations: " + NotFound.explain(name, NameLookup.of(day).lookUp(name), lang.language));
        status = ExitStatus.FAILED;
      }
    }
    out.flush();
    return status;
  }

  private void explainAll(Dataset day, PrintWriter out) {
    for (Level level : Level.values()) {
      List<Role> roles = day.rolesAt(level);
      if (roles.isEmpty()) {
        continue;
      }
      out.println("== " + Terms.level(level, lang.language));
      roles.forEach(r -> out.println("- " + RoleExplainer.explain(day, r, lang.language)));
    }
  }

  /**
   * Explains the role, or the roles in the bodies, that the name stands for, leaving out the role and bodies already
   * in {@code shown} and adding the rest to it; false when the name stands for nothing.
   */
  private boolean explain(Dataset day, String name, Set<Object> shown, PrintWriter out) {
    Optional<Role> role = day.resolveRole(name).map(Resolution::record);
    if (role.isPresent()) {
      if (shown.add(role.get().id())) {
        out.println(RoleExplainer.explain(day, role.get(), lang.language));
      }
      return true;
    }
    List<Body> bodies = day.resolveBody(name).map(r -> List.of(r.record())).orElseGet(() -> day.bodiesNamed(name));
    for (Body body : bodies.stream().filter(b -> shown.add(b.id())).toList()) {
      out.println("== " + body.displayName(lang.preference()));
      List<Role> roles = day.rolesInAnyPartOf(body.id());
      if (roles.isEmpty()) {
        out.println(NoRoleNote.of(day.date(), lang.language));
      }
      roles.forEach(r -> out.println("- " + RoleExplainer.explain(day, r, lang.language)));
    }
    return !bodies.isEmpty();
  }
}
