package io.github.ccbrelations.data.internal.query;

import io.github.ccbrelations.data.internal.index.View;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.RoleId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers the roles a walk reaches, each once, and lists them in file order. */
final class InFileOrder {
  private InFileOrder() {}

  /**
   * A set of records compared by identity: a dataset holds one object per record (ids are unique), so identity is
   * equality here, where a record's value hash would read every field of it, a cache miss each on a large dataset.
   */
  static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  /** The roles in file order: each role's place is looked up once, not at every comparison of the sort. */
  static List<Role> of(View day, Collection<Role> some) {
    Map<RoleId, Integer> order = day.order;
    Role[] roles = some.toArray(new Role[0]);
    long[] keys = new long[roles.length];
    for (int i = 0; i < roles.length; i++) {
      // The place in the high half, the index in the low half: sorting the keys sorts the roles by place.
      keys[i] = ((long) order.getOrDefault(roles[i].id(), Integer.MAX_VALUE) << 32) | i;
    }
    Arrays.sort(keys);
    Role[] sorted = new Role[roles.length];
    for (int i = 0; i < keys.length; i++) {
      sorted[i] = roles[(int) keys[i]];
    }
    return List.of(sorted);
  }
}
