package io.github.ccbrelations.data.internal.query;

import io.github.ccbrelations.data.Resolution;
import io.github.ccbrelations.data.internal.index.Records;
import io.github.ccbrelations.model.RecordType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Finds a record by an id that may have been retired, following the file's redirects. */
public final class Resolver {
  private final Records records;

  public Resolver(Records records) {
    this.records = records;
  }

  /**
   * The record with the id, or the one its redirects lead to.
   *
   * @param type the type of record, whose redirects are followed
   * @param id the id asked for
   * @param find finds a live record by id; throws {@link IllegalArgumentException} for text that is not an id
   * @param make makes the answer from the record, the id asked for and the ids followed
   */
  public <T> Optional<Resolution<T>> resolve(RecordType type, String id, Function<String, Optional<T>> find,
      Made<T> make) {
    Objects.requireNonNull(id, "id");
    Map<String, String> moves = records.redirects.getOrDefault(type, Map.of());
    List<String> path = new ArrayList<>();
    String current = id;
    // The loader refuses redirect cycles; the bound only guards against a pathological chain.
    for (int hops = 0; hops <= moves.size(); hops++) {
      Optional<T> found;
      try {
        found = find.apply(current);
      } catch (IllegalArgumentException notAnId) {
        // Only the id asked for can be malformed (redirect ends are checked at load): it names nothing.
        return Optional.empty();
      }
      if (found.isPresent()) {
        return Optional.of(make.of(found.get(), id, path));
      }
      String next = moves.get(current);
      if (next == null) {
        return Optional.empty();
      }
      path.add(current);
      current = next;
    }
    return Optional.empty();
  }

  /** Makes a {@link Resolution}, whose constructor only the API package can call. */
  @FunctionalInterface
  public interface Made<T> {
    Resolution<T> of(T record, String requestedId, List<String> redirectPath);
  }
}
