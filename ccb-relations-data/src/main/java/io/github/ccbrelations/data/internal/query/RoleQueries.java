package io.github.ccbrelations.data.internal.query;

import io.github.ccbrelations.data.internal.index.View;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Condition;
import io.github.ccbrelations.model.Level;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleFunction;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The roles of a view's day by holder, body, level, function, condition and party. */
public final class RoleQueries {
  private final BodyWalks bodies;

  public RoleQueries(BodyWalks bodies) {
    this.bodies = bodies;
  }

  /** Held by the body itself or through it. */
  public List<Role> rolesHeldBy(View day, BodyId holder) {
    Objects.requireNonNull(holder, "holder");
    return day.rolesByHolderOrVia.getOrDefault(holder, List.of());
  }

  public List<Role> rolesHeldByAnyPartOf(View day, BodyId holder) {
    Objects.requireNonNull(holder, "holder");
    return ofAnyPartOf(day, holder, id -> rolesHeldBy(day, id));
  }

  public List<Role> rolesIn(View day, BodyId body) {
    Objects.requireNonNull(body, "body");
    return day.rolesByBody.getOrDefault(body, List.of());
  }

  public List<Role> rolesInAnyPartOf(View day, BodyId body) {
    Objects.requireNonNull(body, "body");
    return ofAnyPartOf(day, body, id -> rolesIn(day, id));
  }

  /** The roles a query gives for the body and for every body part of it, at any depth, each once, in file order. */
  private List<Role> ofAnyPartOf(View day, BodyId body, Function<BodyId, List<Role>> query) {
    Set<Role> out = InFileOrder.identitySet();
    out.addAll(query.apply(body));
    bodies.allDescendantsOf(body).forEach(b -> out.addAll(query.apply(b.id())));
    return InFileOrder.of(day, out);
  }

  public List<Role> rolesAt(View day, Level level) {
    Objects.requireNonNull(level, "level");
    return day.rolesByLevel.getOrDefault(level, List.of());
  }

  public List<Role> rolesWith(View day, RoleFunction function) {
    Objects.requireNonNull(function, "function");
    return day.rolesByFunction.getOrDefault(function, List.of());
  }

  public List<Role> rolesWith(View day, Condition condition) {
    Objects.requireNonNull(condition, "condition");
    return day.rolesByCondition.getOrDefault(condition, List.of());
  }

  public List<Role> rolesOnBehalfOf(View day, BodyId party) {
    Objects.requireNonNull(party, "party");
    return day.rolesByParty.getOrDefault(party, List.of());
  }
}
