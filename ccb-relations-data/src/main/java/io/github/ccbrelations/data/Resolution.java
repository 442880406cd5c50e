package io.github.ccbrelations.data;

import static java.util.Objects.requireNonNull;

import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.LegalInstrument;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.model.Source;
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

  /**
   * The id asked for, and when it was redirected, every id passed through to the live one:
   * {@code "older-group -> old-group -> new-group (redirected)"}.
   */
  @Override
  public String toString() {
    return redirected() ? String.join(" -> ", redirectPath) + " -> " + idOf(record) + " (redirected)" : requestedId;
  }

  /** The live id of a record of the dataset; a record of another type (made by a caller) as it prints itself. */
  private static String idOf(Object record) {
    if (record instanceof Body body) {
      return body.id().value();
    } else if (record instanceof Role role) {
      return role.id().value();
    } else if (record instanceof LegalInstrument instrument) {
      return instrument.id().value();
    } else if (record instanceof Source source) {
      return source.id().value();
    }
    return String.valueOf(record);
  }
}
