package io.github.ccbrelations.testing;

import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.data.Resolution;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Lifecycle;
import io.github.ccbrelations.model.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a project's own references (ids of bodies, legal instruments or roles it keeps in its records) against a
 * dataset: ids that do not exist, ids that were retired (with the id that replaced them) and ids of records that do
 * not hold on the dataset's day.
 *
 * <pre>{@code
 * ReferenceCheck check = ReferenceCheck.bodies(CcbRelations.bundled(), List.of("enisa", "old-id"));
 * check.problems().forEach(System.out::println);
 * }</pre>
 *
 * <p>As assertions: {@code assertThat(dataset).knowsBodies("enisa", "nis-cooperation-group")}, and likewise
 * {@code knowsInstruments(...)} and {@code knowsRoles(...)}; their negations, {@code doesNotKnowBodies(...)} and its
 * kin, pass when no id names a current record.
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
    return check(dataset, ids, Referent.BODY);
  }

  /**
   * Checks legal instrument ids against a dataset. "Current" means {@link Dataset#lifecycleOf(LegalInstrument)} is
   * active, that is the instrument is in force: today for a dataset as loaded, the view's day for
   * {@link Dataset#asOf(java.time.LocalDate)}.
   *
   * @param dataset the dataset
   * @param ids the ids, in the order to report them
   * @return the result; never null
   * @throws NullPointerException if the dataset, the collection or an id is null
   */
  public static ReferenceCheck instruments(Dataset dataset, Collection<String> ids) {
    return check(dataset, ids, Referent.INSTRUMENT);
  }

  /**
   * Checks role ids against a dataset. "Current" means {@link Dataset#lifecycleOf(Role)} is active, that is the role
   * is valid (a role with no recorded validity always is): today for a dataset as loaded, the view's day for
   * {@link Dataset#asOf(java.time.LocalDate)}.
   *
   * @param dataset the dataset
   * @param ids the ids, in the order to report them
   * @return the result; never null
   * @throws NullPointerException if the dataset, the collection or an id is null
   */
  public static ReferenceCheck roles(Dataset dataset, Collection<String> ids) {
    return check(dataset, ids, Referent.ROLE);
  }

  private static <T> ReferenceCheck check(Dataset dataset, Collection<String> ids, Referent<T> referent) {
    Objects.requireNonNull(dataset, "dataset");
    List<String> list = List.copyOf(ids);
    List<ReferenceProblem> problems = new ArrayList<>();
    for (String id : list) {
      Optional<Resolution<T>> found = referent.resolve().apply(dataset, id);
      if (found.isEmpty()) {
        problems.add(new ReferenceProblem(id, ReferenceProblem.Kind.UNKNOWN, Optional.empty(),
            "no " + referent.noun() + " has this id in " + dataset.info().sourceName()));
        continue;
      }
      T record = found.get().record();
      if (found.get().redirected()) {
        String to = referent.idOf().apply(record);
        problems.add(new ReferenceProblem(id, ReferenceProblem.Kind.RETIRED, Optional.of(to),
            "the id was retired (" + String.join(" -> ", found.get().redirectPath()) + " -> " + to + "); use '" + to
                + "'"));
        continue;
      }
      Lifecycle life = referent.lifecycleOf().apply(dataset, record);
      if (!life.isActive()) {
        problems.add(new ReferenceProblem(id, ReferenceProblem.Kind.NOT_CURRENT, life.successor(),
            "the " + referent.noun() + " " + referent.holds() + " " + Spans.of(life.start(), life.end()) + ", not on "
                + life.date() + life.successor().map(s -> "; its successor is '" + s + "'").orElse("")));
      }
    }
    return new ReferenceCheck(list, problems);
  }

  /**
   * What a reference names, and the dataset's own ways to find it and to tell whether it holds on the day.
   *
   * @param noun the record in words, as in "no body has this id"
   * @param holds what holding on a day is for such a record, as in "the body exists from 2001 to 2010"
   */
  private record Referent<T>(String noun, String holds, BiFunction<Dataset, String, Optional<Resolution<T>>> resolve,
      Function<T, String> idOf, BiFunction<Dataset, T, Lifecycle> lifecycleOf) {
    static final Referent<Body> BODY =
        new Referent<>("body", "exists", Dataset::resolveBody, b -> b.id().value(), Dataset::lifecycleOf);
    static final Referent<LegalInstrument> INSTRUMENT = new Referent<>("instrument", "is in force",
        Dataset::resolveInstrument, i -> i.id().value(), Dataset::lifecycleOf);
    static final Referent<Role> ROLE =
        new Referent<>("role", "is valid", Dataset::resolveRole, r -> r.id().value(), Dataset::lifecycleOf);
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

  /** The ids checked that name a current record, in the order given. */
  List<String> currentIds() {
    Set<String> withProblems = problems.stream().map(ReferenceProblem::id).collect(Collectors.toSet());
    return checked.stream().filter(id -> !withProblems.contains(id)).toList();
  }

  /** The ids that name a current record, in words: "1 of 3 references names a current record:" and the ids. */
  String describeCurrent() {
    List<String> current = currentIds();
    return references(current.size(), checked.size())
        + (current.size() == 1 ? " names a current record:\n" : " name current records:\n")
        + Problems.lines(current.stream().map(id -> "'" + id + "'").toList());
  }

  /**
   * The result as text, one problem per line.
   *
   * @return such as {@code "2 of 3 references have problems:\n  'x' UNKNOWN: ..."}, {@code "the one reference has a
   *     problem: ..."} or {@code "both references name current records"}; never null
   */
  @Override
  public String toString() {
    if (problems.isEmpty()) {
      return checked.isEmpty() ? "no reference was checked"
          : references(checked.size(), checked.size()) + (checked.size() == 1 ? " names a current record"
              : " name current records");
    }
    return references(problems.size(), checked.size())
        + (problems.size() == 1 ? " has a problem:\n" : " have problems:\n") + Problems.lines(problems);
  }

  /** Some of the references, in words: "the one reference", "both references", "all 3 references", "1 of 3 ...". */
  private static String references(int some, int of) {
    if (some < of) {
      return some + " of " + of + " references";
    }
    return switch (of) {
      case 1 -> "the one reference";
      case 2 -> "both references";
      default -> "all " + of + " references";
    };
  }
}
