package io.github.ccbrelations.examples;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.text.RoleExplainer;
import io.github.ccbrelations.text.Terms;
import java.io.PrintStream;
import java.util.List;

/**
 * A tour of all the CCB's international relations, level by level, one line per role in the chosen language.
 *
 * <pre>
 * mvn -q -Pexample package -DskipTests -Dexample.args="--lang fr"
 * </pre>
 */
public final class RelationsTour {
  private RelationsTour() {}

  /**
   * Prints the tour.
   *
   * @param args {@code --lang fr|nl|en|de} (default en)
   */
  public static void main(String... args) {
    run(System.out, args);
  }

  static void run(PrintStream out, String... args) {
    Options options = Options.parse(args);
    Dataset data = CcbRelations.bundled();
    out.println(SummaryLine.of(data.info(), options.language));
    for (Level level : Level.values()) {
      List<Role> roles = data.rolesAt(level);
      out.println();
      out.println("== " + Terms.level(level, options.language) + " (" + roles.size() + ")");
      for (Role role : roles) {
        out.println("- " + RoleExplainer.explain(data, role, options.language));
      }
    }
  }
}
