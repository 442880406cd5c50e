package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The answer to a lookup by id that follows redirects.
 *
 * @param record the record found
 * @param requestedId the id that was asked for
 * @param redirectPath the retired ids passed through, from the one asked for to the last before the live id; empty
 *     when the id asked for is live
 * @param <T> the record type
 */
public record Resolution<T>(T record, String requestedId, List<String> redirectPath) {
  public Resolution {
    requireNonNull(record, "record");
    requireNonNull(requestedId, "requestedId");
    redirectPath = List.copyOf(requireNonNull(redirectPath, "redirectPath"));
  }

  /** Whether the id asked for was retired and the lookup followed at least one redirect. */
  public boolean redirected() {
    return !redirectPath.isEmpty();
  }

  @Override
  public String toString() {
    return redirected() ? requestedId + " (redirected through " + String.join(", ", redirectPath) + ")" : requestedId;
  }
}
