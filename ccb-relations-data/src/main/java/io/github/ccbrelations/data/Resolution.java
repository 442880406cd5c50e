package io.github.ccbrelations.data;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a lookup by id that follows redirects: the record found, the id asked for, and the ids passed
 * through on the way when the id was retired.
 *
 * @param <T> the record type
 */
public final class Resolution<T> {
  private final T record;
  private final String requestedId;
  private final List<String> redirectPath;

  Resolution(T record, String requestedId, List<String> redirectPath) {
    this.record = Objects.requireNonNull(record);
    this.requestedId = Objects.requireNonNull(requestedId);
    this.redirectPath = List.copyOf(redirectPath);
  }

  /**
   * The record found.
   *
   * @return the record; never null
   */
  public T record() {
    return record;
  }

  /**
   * The id that was asked for.
   *
   * @return the id; never null
   */
  public String requestedId() {
    return requestedId;
  }

  /**
   * Whether the id asked for was retired and the lookup followed a redirect.
   *
   * @return true when at least one redirect was followed
   */
  public boolean redirected() {
    return !redirectPath.isEmpty();
  }

  /**
   * The retired ids passed through, from the one asked for to the last before the live id.
   *
   * @return the path; empty when the id asked for is live
   */
  public List<String> redirectPath() {
    return redirectPath;
  }

  @Override
  public String toString() {
    return redirected() ? requestedId + " (redirected through " + String.join(", ", redirectPath) + ")" : requestedId;
  }
}
