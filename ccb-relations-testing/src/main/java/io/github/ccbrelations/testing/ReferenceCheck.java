package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.Resolution;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.Lifecycle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a project's own references (ids of bodies it keeps in its records) against a dataset: ids that do not exist,
 * ids that were retired (with the id that replaced them) and ids of bodies that do not hold on the dataset's day.
 *
 * <pre>{@code
 * ReferenceCheck check = ReferenceCheck.bodies(CcbRelations.bundled(), List.of("enisa", "old-id"));
 * check.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>As an assertion: {@code assertThat(dataset).knowsBodies("enisa", "nis-cooperation-group")}.
 */
public final class ReferenceCheck {
  private final List<String> checked;
  private final List<ReferenceProblem> problems;

  private ReferenceCheck(List<String> checked, List<ReferenceProblem> problems) {
    this.checked = List.copyOf(checked);
    this.problems = List.copyOf(problems);
  }

  /**
   * Checks body ids against a dataset. "Current" means {@link Dataset#lifecycleOf(Body)} is active: today for a
   * dataset as loaded, the view's day for {@link Dataset#asOf(java.time.LocalDate)}.
   *
   * @param dataset the dataset
   * @param ids the ids, in the order to report them
   * @return the result; never null
   * @throws NullPointerException if the dataset, the collection or an id is null
   */
  public static ReferenceCheck bodies(Dataset dataset, Collection<String> ids) {
    Objects.requireNonNull(dataset, "dataset");
    List<String> list = List.copyOf(ids);
    List<ReferenceProblem> problems = new ArrayList<>();
    for (String id : list) {
      Optional<Resolution<Body>> found = dataset.resolveBody(id);
      if (found.isEmpty()) {
        problems.add(new ReferenceProblem(id, ReferenceProblem.Kind.UNKNOWN, Optional.empty(),
            "no body has this id in " + dataset.info().sourceName()));
        continue;
      }
      Body body = found.get().record();
      if (found.get().redirected()) {
        String to = body.id().value();
        problems.add(new ReferenceProblem(id, ReferenceProblem.Kind.RETIRED, Optional.of(to),
            "the id was retired (" + String.join(" -> ", found.get().redirectPath()) + " -> " + to + "); use '" + to
                + "'"));
        continue;
      }
      Lifecycle life = dataset.lifecycleOf(body);
      if (!life.isActive()) {
        problems.add(new ReferenceProblem(id, ReferenceProblem.Kind.NOT_CURRENT, life.successor(),
            "the body exists " + Spans.of(life.start(), life.end()) + ", not on " + life.date()
                + life.successor().map(s -> "; its successor is '" + s + "'").orElse("")));
      }
    }
    return new ReferenceCheck(list, problems);
  }

  /**
   * The ids checked.
   *
   * @return the ids in the order given; never null
   */
  public List<String> checked() {
    return checked;
  }

  /**
   * The references that are unknown, retired or not current.
   *
   * @return the problems in the order of the ids; empty when every id names a current record; never null
   */
  public List<ReferenceProblem> problems() {
    return problems;
  }

  /**
   * Whether every id names a current record.
   *
   * @return true when {@link #problems()} is empty
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * The result as text, one problem per line.
   *
   * @return such as {@code "2 of 3 references have problems:\n  'x' UNKNOWN: ..."}, or {@code "1 of 3 references
   *     has a problem: ..."}; never null
   */
  @Override
  public String toString() {
    if (problems.isEmpty()) {
      return checked.size() == 1 ? "the 1 reference names a current record"
          : "all " + checked.size() + " references name current records";
    }
    return problems.size() + " of " + checked.size()
        + (problems.size() == 1 ? " references has a problem:\n" : " references have problems:\n")
        + Problems.lines(problems);
  }
}
