package io.github.ccbrelations.cli;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.Resolution;
import io.github.ccbrelations.data.Terms;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccb-relations explain [ROLE-OR-BODY...]}: one sentence per role, generated from the data in the chosen
 * language; with no argument every role, level by level.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = {
        "Explains the CCB's roles in one sentence each, with their legal bases, in fr, nl, en or de: every role level "
            + "by level, or those of the roles and bodies named (by id, name or acronym; a body's roles include its "
            + "sub-bodies').",
        "Exit status: 0 done, 1 a name matched no role or body (said on standard error)."
    })
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LanguageOption lang = new LanguageOption();
  @Mixin DataOption data = new DataOption();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "the day to answer for, such as 2020-06-01 (default: today in Brussels)")
  Optional<LocalDate> asOf = Optional.empty();

  @Parameters(arity = "0..*", paramLabel = "ROLE-OR-BODY", description = "role ids, or body ids, names or acronyms")
  List<String> names = List.of();

  @Override
  public Integer call() {
    Dataset loaded = data.load();
    Dataset day = asOf.map(loaded::asOf).orElse(loaded);
    PrintWriter out = spec.commandLine().getOut();
    int status = ExitStatus.OK;
    if (names.isEmpty()) {
      explainAll(day, out);
    }
    for (String name : names) {
      if (!explain(day, name, out)) {
        spec.commandLine().getErr().println("ccb-relations: no role or body \"" + name + "\"");
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
      roles.forEach(r -> out.println("- " + day.explain(r, lang.language)));
    }
  }

  /** Explains the role, or the roles in the bodies, that the name stands for; false when it stands for nothing. */
  private boolean explain(Dataset day, String name, PrintWriter out) {
    Optional<Role> role = day.resolveRole(name).map(Resolution::record);
    if (role.isPresent()) {
      out.println(day.explain(role.get(), lang.language));
      return true;
    }
    List<Body> bodies = day.resolveBody(name).map(r -> List.of(r.record())).orElseGet(() -> day.bodiesNamed(name));
    for (Body body : bodies) {
      out.println("== " + body.displayName(lang.preference()));
      List<Role> roles = day.rolesInAnyPartOf(body.id());
      if (roles.isEmpty()) {
        out.println("(no role of the CCB there on " + day.date().map(LocalDate::toString).orElse("any day") + ")");
      }
      roles.forEach(r -> out.println("- " + day.explain(r, lang.language)));
    }
    return !bodies.isEmpty();
  }
}
