package io.github.ccbrelations.data.internal.query;

import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.data.internal.index.View;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The walks up and down the body hierarchy: every {@code partOf} link the file records is followed, and the bodies
 * that exist on the view's day are kept.
 */
public final class BodyWalks {
  private final Records records;

  public BodyWalks(Records records) {
    this.records = records;
  }

  public Optional<Body> parentOf(View day, BodyId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(records.bodies.get(id))
        .flatMap(Body::partOf)
        .map(records.bodies::get)
        .filter(b -> existsOn(day, b));
  }

  public List<Body> childrenOf(View day, BodyId id) {
    Objects.requireNonNull(id, "id");
    return records.children.get(id).stream().filter(b -> existsOn(day, b)).toList();
  }

  /** Nearest first. */
  public List<Body> ancestorsOf(View day, BodyId id) {
    Objects.requireNonNull(id, "id");
    List<Body> out = new ArrayList<>();
    // The loader refuses cycles of partOf, so the walk ends.
    Optional<Body> next = Optional.ofNullable(records.bodies.get(id)).flatMap(Body::partOf).map(records.bodies::get);
    while (next.isPresent()) {
      Body parent = next.get();
      if (existsOn(day, parent)) {
        out.add(parent);
      }
      next = parent.partOf().map(records.bodies::get);
    }
    return List.copyOf(out);
  }

  /** Breadth first. */
  public List<Body> descendantsOf(View day, BodyId id) {
    Objects.requireNonNull(id, "id");
    return allDescendantsOf(id).stream().filter(b -> existsOn(day, b)).toList();
  }

  /** Every body part of the given one, at any depth, whatever the day, breadth first. */
  List<Body> allDescendantsOf(BodyId id) {
    List<Body> out = new ArrayList<>();
    Deque<BodyId> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      for (Body child : records.children.get(todo.removeFirst())) {
        out.add(child);
        todo.addLast(child.id());
      }
    }
    return out;
  }

  static boolean existsOn(View day, Body body) {
    return day.bodyIds.contains(body.id());
  }
}
